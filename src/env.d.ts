declare namespace App {
  /** The page context the middleware (src/middleware.ts) sets for every page. */
  interface Locals {
    /** The page's language: its URL prefix, or the default locale on the root pages. */
    locale: import('./i18n/languages').Locale;
    /** The UI strings in that language. */
    t: import('./i18n').Translate;
    /** Every address of the site in that language. */
    urls: import('./model/urls').LocaleUrls;
    /** The edition the page shows, on an article's pages; undefined on the others. */
    edition: import('./model/articles').Edition | undefined;
  }
}
