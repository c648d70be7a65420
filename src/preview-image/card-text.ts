import { translations } from '../i18n';
import { isConverted, languageTag, sourceLocale } from '../i18n/languages';
import { formatDate } from '../i18n/dates';
import { getEditions, shown, type Edition } from '../model/articles';
import { previewImagePath, termsPath } from '../model/urls';
import { cardCharacters, renderCard, type CardText } from './card';
import { fontsFor, type CardFonts } from './font';

/**
 * What the link card of an article, or of one of its sections, says: in the edition's
 * language and script, naming the source, its column and the date. A translation says
 * it is one, so a card never passes English off as the original.
 */
export function cardText(edition: Edition, sectionId?: string): CardText {
  const { locale, entry, structure, data } = edition;
  const t = translations[locale];
  const text = (value: string) => shown(edition, value);
  const headline = text(data.title);
  const section = structure.sections.find((candidate) => candidate.id === sectionId);
  if (sectionId !== undefined && section === undefined) {
    throw new Error(`${entry.filePath ?? entry.id}: no section "${sectionId}" for its preview image`);
  }
  const kind =
    locale === sourceLocale
      ? undefined
      : t(isConverted(locale) ? 'preview.imageConverted' : 'preview.imageTranslation');
  return {
    lang: languageTag[locale],
    kicker: [data.source.name, data.source.column]
      .filter((part) => part !== undefined)
      .map(text)
      .join(' · '),
    title: section === undefined ? headline : text(section.title),
    subtitle: section === undefined ? kind : headline,
    date: formatDate(data.published, locale),
    site: t('site.name'),
  };
}

/** What the key-terms page's link card says: its own title, over the article's headline. */
export function termsCardText(edition: Edition): CardText {
  const t = translations[edition.locale];
  return {
    ...cardText(edition),
    title: t('terms.title'),
    subtitle: shown(edition, edition.data.title),
  };
}

/** The link-card image of an article or section, as a page's meta tags name it. */
export function cardImage(edition: Edition, sectionId?: string): { path: string; alt: string } {
  const text = cardText(edition, sectionId);
  const t = translations[edition.locale];
  return {
    path: previewImagePath(edition.locale, edition.slug, sectionId),
    alt: t('preview.imageAlt', { title: text.title, source: text.kicker, date: text.date }),
  };
}

/** The key-terms page's link-card image, as its meta tags name it. */
export function termsCardImage(edition: Edition): { path: string; alt: string } {
  const text = termsCardText(edition);
  const t = translations[edition.locale];
  return {
    path: termsPath(edition.locale, edition.slug, 'preview.png'),
    alt: t('preview.imageAlt', { title: text.title, source: text.kicker, date: text.date }),
  };
}

let fontsByLanguage: Promise<Map<string, CardFonts>> | undefined;

/**
 * One font set per language for all the build's cards, covering every character any of
 * them draws: satori keeps a parsed font set by identity, so each is parsed once per
 * build instead of once per card.
 */
function buildFonts(): Promise<Map<string, CardFonts>> {
  fontsByLanguage ??= getEditions().then((editions) => {
    const characters = new Map<string, string>();
    for (const edition of editions) {
      const texts = [
        termsCardText(edition),
        ...[undefined, ...edition.structure.sections.map((section) => section.id)].map((id) => cardText(edition, id)),
      ];
      for (const text of texts) characters.set(text.lang, (characters.get(text.lang) ?? '') + cardCharacters(text));
    }
    return new Map([...characters].map(([lang, all]) => [lang, fontsFor(all, [400, 700], lang)]));
  });
  return fontsByLanguage;
}

/** The link-card PNG of an article or one of its sections. */
export async function renderArticleCard(edition: Edition, sectionId?: string): Promise<Uint8Array<ArrayBuffer>> {
  const text = cardText(edition, sectionId);
  return renderCard(text, (await buildFonts()).get(text.lang));
}

/** The key-terms page's link-card PNG. */
export async function renderTermsCard(edition: Edition): Promise<Uint8Array<ArrayBuffer>> {
  const text = termsCardText(edition);
  return renderCard(text, (await buildFonts()).get(text.lang));
}
