import { contentLocales, languageTag, profileOf, type Locale } from './languages';

/** The tag foreign text of a script is marked with: that of the first written language in it. */
function tagOfScript(script: 'han' | 'latin'): string {
  const written = contentLocales.find((locale) => profileOf(locale).script === script);
  if (written === undefined) throw new Error(`no written language is in the ${script} script`);
  return languageTag[written];
}

/** A stretch of text, with its language where it differs from the page's. */
export interface LanguageRun {
  text: string;
  lang?: string;
}

// Chinese: a run holding at least one Han character, with the CJK punctuation and the
// digits around it ("(公安部令第135号)"). English: words of Latin letters, the spaces
// between them included ("auxiliary police officers").
const cjk = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’·—…\d`;
const hanRun = new RegExp(`[${cjk}]*\\p{Script=Han}[${cjk}]*`, 'gu');
const latinRun = /[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)*/g;

/**
 * Splits note text into runs and marks the ones in the other language, so a screen reader
 * switches voice and a browser picks the right glyphs: Chinese quoted in an English note
 * ("'Public security' (公安) …"), English names in a Chinese one. A single Latin letter
 * (a list marker, a unit) stays unmarked.
 */
export function languageRuns(text: string, locale: Locale): LanguageRun[] {
  const script = profileOf(locale).script;
  const foreign = script === 'latin' ? hanRun : latinRun;
  const lang = tagOfScript(script === 'latin' ? 'han' : 'latin');
  const runs: LanguageRun[] = [];
  let last = 0;
  for (const match of text.matchAll(foreign)) {
    if (foreign === latinRun && match[0].replace(/[^A-Za-z]/g, '').length < 2) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], lang });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** The language of a whole title (a source's), if it is not the page's. */
export function titleLanguage(title: string, locale: Locale): string | undefined {
  const script = /\p{Script=Han}/u.test(title) ? 'han' : 'latin';
  return script === profileOf(locale).script ? undefined : tagOfScript(script);
}
