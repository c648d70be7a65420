import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontsFor, type CardFonts } from './font';
import { cardSize } from './size';

export { cardSize };

/** What a preview image shows. */
export interface CardText {
  /** BCP 47 tag of the text, so CJK glyph variants follow the language. */
  lang: string;
  /** The small line above the title: the source publication and its column. */
  kicker: string;
  /** The headline, or a section's title. */
  title: string;
  /** Under the title: for a section, the article it belongs to; for a translation or conversion, which edition it is. */
  subtitle?: string | undefined;
  /** The publication date, as the page prints it. */
  date: string;
  /** The site's name, bottom right. */
  site: string;
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: (Node | string)[] | string };
}

const el = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style, children },
});

/** Width of a text in ems, roughly: a CJK character is one em, a Latin letter about half. */
function ems(text: string): number {
  return [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.55), 0);
}

/** The largest title size that keeps the title within three lines of the card. */
function titleSize(title: string): number {
  const lineWidth = cardSize.width - 24 - 2 * 72;
  for (const size of [72, 64, 56, 48]) {
    if (ems(title) * size <= lineWidth * 2.6) return size;
  }
  return 44;
}

/** Every character a card draws: its texts, and the ellipsis satori puts where it clamps one. */
export function cardCharacters(text: CardText): string {
  return [text.kicker, text.title, text.subtitle ?? '', text.date, text.site, '…'].join('');
}

/**
 * A 1200×630 PNG naming the article or section, in the text's own script. `fonts` must
 * cover the card's characters; pass the same object for many cards, and satori parses
 * it once.
 */
export async function renderCard(
  text: CardText,
  { fonts, fontFamily }: CardFonts = fontsFor(cardCharacters(text), [400, 700], text.lang),
): Promise<Uint8Array<ArrayBuffer>> {
  const colors = { background: '#fbf9f4', ink: '#1d1b18', muted: '#5c574f', accent: '#8b1e1e', rule: '#d9d3c7' };
  const size = titleSize(text.title);
  const content = el(
    {
      flexGrow: 1,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '60px 72px 52px',
    },
    [
      el({ fontSize: 30, color: colors.accent, fontWeight: 700 }, text.kicker),
      el({ display: 'flex', flexDirection: 'column' }, [
        el({ fontSize: size, fontWeight: 700, lineHeight: 1.25, display: 'block', lineClamp: 4 }, text.title),
        ...(text.subtitle === undefined
          ? []
          : [
              el(
                { fontSize: 30, color: colors.muted, marginTop: 24, lineHeight: 1.35, display: 'block', lineClamp: 2 },
                text.subtitle,
              ),
            ]),
      ]),
      el(
        {
          display: 'flex',
          justifyContent: 'space-between',
          borderTop: `2px solid ${colors.rule}`,
          paddingTop: 22,
          fontSize: 28,
          color: colors.muted,
        },
        [el({}, text.date), el({}, text.site)],
      ),
    ],
  );
  const tree = el(
    {
      width: cardSize.width,
      height: cardSize.height,
      display: 'flex',
      backgroundColor: colors.background,
      color: colors.ink,
      fontFamily,
    },
    [el({ width: 24, flexShrink: 0, backgroundColor: colors.accent }, []), content],
  );
  tree.props.lang = text.lang;
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...cardSize, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Uint8Array(png);
}
