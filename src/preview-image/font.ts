import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts preview images are drawn with, from @fontsource: Noto Sans SC for Chinese and
 * Noto Sans for English. A CJK font's Latin punctuation is full-width (’ takes a whole
 * em), so English text is set in Noto Sans first, with Noto Sans SC behind it for any
 * Chinese it quotes. Noto Sans SC covers the Traditional characters of the zh-hant
 * edition too (with mainland glyph shapes). A character no font has fails the build
 * rather than drawing an empty box.
 *
 * @fontsource ships each font cut into unicode-range subsets (about a hundred for Noto
 * Sans SC), and a card loads only the subsets its text needs. Each subset is registered
 * under its own name and the card's font-family lists them in order of preference,
 * because satori picks one font per family and weight and would not look in a sibling.
 */
type FontPackage = 'noto-sans' | 'noto-sans-sc';

/** The weights the cards use. */
export type FontWeight = 400 | 700;

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

/** The fonts for a card and the font-family list that names them. */
export interface CardFonts {
  fonts: CardFont[];
  fontFamily: string;
}

interface Subset {
  font: FontPackage;
  /** The subset's key in unicode.json and its file names: "latin", "[104]" → "104". */
  key: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const packageDir = (font: FontPackage) => dirname(require.resolve(`@fontsource/${font}/package.json`));
const subsets = new Map<FontPackage, Subset[]>();

/** A font's subsets and their code-point ranges, from the package's unicode.json. */
function subsetsOf(font: FontPackage): Subset[] {
  let list = subsets.get(font);
  if (list === undefined) {
    const unicode = JSON.parse(readFileSync(join(packageDir(font), 'unicode.json'), 'utf8')) as Record<string, string>;
    list = Object.entries(unicode).map(([key, ranges]) => ({
      font,
      key: key.replace(/^\[(\d+)\]$/, '$1'),
      ranges: ranges.split(',').map((range) => {
        const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
        return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
      }),
    }));
    subsets.set(font, list);
  }
  return list;
}

/** Where to look for each character, in order: the text's own script first. */
function preference(lang: string): Subset[] {
  const cjk = subsetsOf('noto-sans-sc');
  // The numbered subsets are the Chinese ones; the named ones (latin, …) come after.
  const chineseFirst = [...cjk.filter((s) => /^\d+$/.test(s.key)), ...cjk.filter((s) => !/^\d+$/.test(s.key))];
  return lang.toLowerCase().startsWith('zh') ? chineseFirst : [...subsetsOf('noto-sans'), ...chineseFirst];
}

const loaded = new Map<string, Buffer>();

/**
 * The fonts that draw `text` (in language `lang`) in the given weights: for each of its
 * characters the first subset, in order of preference, that has it. Throws, naming the
 * characters, when no font can draw some of them.
 */
export function fontsFor(text: string, weights: readonly FontWeight[], lang: string): CardFonts {
  const ordered = preference(lang);
  const codePoints = new Set([...text].map((char) => char.codePointAt(0) ?? 0).filter((cp) => cp > 0x20));
  const needed = new Set<Subset>();
  const missing: string[] = [];
  for (const cp of codePoints) {
    const subset = ordered.find(({ ranges }) => ranges.some(([from, to]) => cp >= from && cp <= to));
    if (subset === undefined) missing.push(String.fromCodePoint(cp));
    else needed.add(subset);
  }
  if (missing.length > 0) {
    throw new Error(
      `Preview image: no font has a glyph for ${missing.map((char) => `"${char}"`).join(', ')}. ` +
        'Rephrase the title, or add a font that covers these characters in src/preview-image/font.ts.',
    );
  }
  const used = ordered.filter((subset) => needed.has(subset));
  const name = (subset: Subset) => `${subset.font} ${subset.key}`;
  const fonts = weights.flatMap((weight) =>
    used.map((subset) => {
      const file = join(packageDir(subset.font), 'files', `${subset.font}-${subset.key}-${weight}-normal.woff`);
      let data = loaded.get(file);
      if (data === undefined) {
        data = readFileSync(file);
        loaded.set(file, data);
      }
      return { name: name(subset), data, weight, style: 'normal' as const };
    }),
  );
  return { fonts, fontFamily: used.map((subset) => `"${name(subset)}"`).join(', ') };
}
