import { defineMiddleware } from 'astro:middleware';
import { translations } from './i18n';
import { defaultLocale, isLocale } from './i18n/languages';
import type { Edition } from './model/articles';
import { urlsIn } from './model/urls';

/**
 * The page's context, set once for every page and endpoint (Starlight's pattern): its
 * language from the URL's first segment (the root and root 404 pages, which have none,
 * speak the default locale), that language's UI strings and addresses, and the edition
 * its route gives it. Components read `Astro.locals` instead of taking a locale prop.
 */
export const onRequest = defineMiddleware((context, next) => {
  const { lang } = context.params;
  const locale = isLocale(lang) ? lang : defaultLocale;
  const props: { edition?: Edition } = context.props;
  context.locals.locale = locale;
  context.locals.t = translations[locale];
  context.locals.urls = urlsIn(locale);
  context.locals.edition = props.edition;
  return next();
});
