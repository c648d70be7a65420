import { useTranslations } from '../i18n';
import { languageTag } from '../i18n/languages';
import { forLocale } from '../i18n/traditional';
import { formatDate } from '../lib/dates';
import { getArticleVersions, previewImagePath, termsPath, type ArticleVersion } from '../lib/articles';
import { cardCharacters, renderCard, type CardText } from './card';
import { fontsFor, type CardFonts } from './font';

/**
 * What the link card of an article, or of one of its sections, says: in the edition's
 * language and script, naming the source, its column and the date. A translation says
 * it is one, so a card never passes English off as the original.
 */
export function cardText(version: ArticleVersion, sectionId?: string): CardText {
  const { locale, entry, structure } = version;
  const { data } = entry;
  const t = useTranslations(locale);
  const text = (value: string) => forLocale(locale, value);
  const headline = text(data.title);
  const section = structure.sections.find((candidate) => candidate.id === sectionId);
  if (sectionId !== undefined && section === undefined) {
    throw new Error(`${entry.filePath ?? entry.id}: no section "${sectionId}" for its preview image`);
  }
  const edition =
    locale === 'zh' ? undefined : t(locale === 'en' ? 'preview.imageTranslation' : 'preview.imageConverted');
  return {
    lang: languageTag[locale],
    kicker: `${text(data.source.name)} · ${text(data.source.column)}`,
    title: section === undefined ? headline : text(section.title),
    subtitle: section === undefined ? edition : headline,
    date: formatDate(data.published, locale),
    site: t('site.name'),
  };
}

/** What the key-terms page's link card says: its own title, over the article's headline. */
export function termsCardText(version: ArticleVersion): CardText {
  const t = useTranslations(version.locale);
  return {
    ...cardText(version),
    title: t('terms.title'),
    subtitle: forLocale(version.locale, version.entry.data.title),
  };
}

/** The link-card image of an article or section, as a page's meta tags name it. */
export function cardImage(version: ArticleVersion, sectionId?: string): { path: string; alt: string } {
  const text = cardText(version, sectionId);
  const t = useTranslations(version.locale);
  return {
    path: previewImagePath(version.locale, version.slug, sectionId),
    alt: t('preview.imageAlt', { title: text.title, source: text.kicker, date: text.date }),
  };
}

/** The key-terms page's link-card image, as its meta tags name it. */
export function termsCardImage(version: ArticleVersion): { path: string; alt: string } {
  const text = termsCardText(version);
  const t = useTranslations(version.locale);
  return {
    path: `${termsPath(version.locale, version.slug)}preview.png`,
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
  fontsByLanguage ??= getArticleVersions().then((versions) => {
    const characters = new Map<string, string>();
    for (const version of versions) {
      const texts = [
        termsCardText(version),
        ...[undefined, ...version.structure.sections.map((section) => section.id)].map((id) => cardText(version, id)),
      ];
      for (const text of texts) characters.set(text.lang, (characters.get(text.lang) ?? '') + cardCharacters(text));
    }
    return new Map([...characters].map(([lang, all]) => [lang, fontsFor(all, [400, 700], lang)]));
  });
  return fontsByLanguage;
}

/** The link-card PNG of an article or one of its sections. */
export async function renderArticleCard(version: ArticleVersion, sectionId?: string): Promise<Uint8Array<ArrayBuffer>> {
  const text = cardText(version, sectionId);
  return renderCard(text, (await buildFonts()).get(text.lang));
}

/** The key-terms page's link-card PNG. */
export async function renderTermsCard(version: ArticleVersion): Promise<Uint8Array<ArrayBuffer>> {
  const text = termsCardText(version);
  return renderCard(text, (await buildFonts()).get(text.lang));
}
