import { getRssString } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/languages';
import { feedOptions } from '../../lib/feeds/feed';
import type { Edition } from '../../model/articles';
import { listRoutes } from '../../model/routes';

export const getStaticPaths = listRoutes;

/** /<lang>/feed.xml: the same articles as the list page beside it. */
export const GET: APIRoute<{ locale: Locale; editions: Edition[] }> = async ({ props, site }) => {
  // Feed readers need absolute links: the site's origin comes from astro.config.mjs.
  if (site === undefined) throw new Error('astro.config.mjs: set `site`, the origin feed links are built from');
  return new Response(await getRssString(feedOptions(props.locale, props.editions, site)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
