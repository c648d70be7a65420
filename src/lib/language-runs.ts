import { languageTag, textLocale, type Locale } from '../i18n/languages';

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
  const foreign = textLocale(locale) === 'en' ? hanRun : latinRun;
  const lang = textLocale(locale) === 'en' ? languageTag.zh : languageTag.en;
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
  const isChinese = /\p{Script=Han}/u.test(title);
  const pageIsChinese = textLocale(locale) === 'zh';
  if (isChinese === pageIsChinese) return undefined;
  return isChinese ? languageTag.zh : languageTag.en;
}
