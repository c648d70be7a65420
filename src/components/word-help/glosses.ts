import { toneMarks, type Dictionary, type DictionaryEntry } from './cedict.ts';

/** How many glosses a popover shows, and how long they may get together: the first sense, kept short. */
export const glossesShown = 2;
export const glossLength = 48;

/** A reference to another headword inside a gloss: 無可厚非|无可厚非[wu2 ke3 hou4 fei1] or 逼格[bi1 ge2]. */
const reference = /(?:[^\s|[\]/;,()]+\|)?([^\s|[\]/;,()]+)\[([^\]]+)\]/gu;

/** A gloss that only sends the reader to another headword (see X, variant of X): followed. */
const redirect =
  /^(?:see|same as|also written|(?:old |archaic |ancient |erroneous |Japanese |euphemistic )?variant of)\s+(\S+\[[^\]]+\]|\S+)$/u;

/** Notes about the word that are not glosses of its meaning. */
const notAGloss = /^(?:CL:|see also |Taiwan pr\.|also pr\.|pr\. |\(Tw\) also pr\.)/u;

/** A gloss as a reader reads it: references by their simplified form (戰國七雄|战国七雄 → 战国七雄), without their numbered pinyin. */
function readable(gloss: string): string {
  return gloss
    .replace(reference, (_whole, simplified: string) => simplified)
    .replace(/[^\s|[\]/;,()]+\|([^\s|[\]/;,()]+)/gu, (_whole, simplified: string) => simplified);
}

/** The entry a reference names: its simplified headword, read as the reference says. */
function referenced(text: string, dictionary: Pick<Dictionary, 'lookUp'>): DictionaryEntry | undefined {
  const match = new RegExp(reference.source, 'u').exec(text);
  const simplified = match?.[1] ?? text;
  const entries = dictionary.lookUp(simplified);
  const reading = match?.[2];
  return entries.find((entry) => reading !== undefined && entry.numbered === reading) ?? entries[0];
}

/**
 * The short English gloss of a dictionary entry: its first glosses in order (at most
 * `glossesShown`), with cross-references followed ("see 未可厚非" gives 未可厚非's glosses)
 * and classifier and pronunciation notes left out.
 */
export function shortGloss(entry: DictionaryEntry, dictionary: Pick<Dictionary, 'lookUp'>, depth = 0): string {
  const glosses: string[] = [];
  for (const gloss of entry.senses.flat()) {
    if (glosses.length >= glossesShown) break;
    if (gloss === '' || notAGloss.test(gloss)) continue;
    // A second gloss only where it keeps the whole short.
    if (glosses.length > 0 && [...glosses, gloss].join('; ').length > glossLength) break;
    const target = redirect.exec(gloss)?.[1];
    const followed = target === undefined || depth >= 3 ? undefined : referenced(target, dictionary);
    if (followed !== undefined && followed !== entry) {
      for (const more of shortGloss(followed, dictionary, depth + 1).split('; ')) {
        if (more !== '' && glosses.length < glossesShown && !glosses.includes(more)) glosses.push(more);
      }
      continue;
    }
    glosses.push(readable(gloss));
  }
  return glosses.join('; ');
}

/**
 * The gloss of a word as read: from the entry with that reading (common words before
 * proper names), else the first entry; '' for a word the dictionary does not have.
 */
export function glossFor(word: string, reading: string, dictionary: Pick<Dictionary, 'lookUp'>): string {
  const entries = dictionary.lookUp(word);
  const sameReading = entries.filter((entry) => toneMarks(entry.numbered).toLowerCase() === reading.toLowerCase());
  // Common words before proper names, and a meaning before a pointer to another form (从: variant of 從).
  const rank = (entry: DictionaryEntry) =>
    (/^[A-Z]/.test(entry.numbered) ? 2 : 0) + (redirect.test(entry.senses[0]?.[0] ?? '') ? 1 : 0);
  const chosen = [...sameReading].sort((a, b) => rank(a) - rank(b))[0] ?? entries[0];
  return chosen === undefined ? '' : shortGloss(chosen, dictionary);
}
