import { expect, test } from './support/test';
import { existsSync, readFileSync } from 'node:fs';
import { builtPages, distFile, fixtureSite, realSite } from './support/site';
import { child, childrenNamed, parseXml, type XmlElement } from './support/xml';

/**
 * The feeds, read from the built files of both sites (no browser): each is well-formed
 * RSS 2.0 with Atom's self link, in its language, listing pages that exist; every page
 * offers its language's feed.
 */

const atom = 'http://www.w3.org/2005/Atom';
const dublinCore = 'http://purl.org/dc/elements/1.1/';

/** RFC 822 date-time (with RFC 1123's four-digit year), as RSS 2.0 requires. */
const rfc822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (0[1-9]|[12]\d|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d (GMT|UT|[+-]\d{4})$/;

const decodeHtml = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The attributes of each <link> in a page's head. */
function links(html: string): Record<string, string>[] {
  return [...html.matchAll(/<link\s[^>]*>/g)].map(([tag]) =>
    Object.fromEntries(
      [...tag.matchAll(/([a-z:-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, decodeHtml(value)]),
    ),
  );
}

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
/** The text of an element's one child without a namespace (RSS 2.0's own elements). */
const rssText = (element: XmlElement, local: string) => child(element, '', local).text;

for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  const pages = builtPages(dist);
  const htmlOf = (path: string) => readFileSync(distFile(path, dist), 'utf8');
  /** The article lists, one per language: /zh/, /zh-hant/, /en/. */
  const lists = pages.filter((url) => /^\/[a-z-]+\/$/.test(url));
  const origin = new URL(links(htmlOf('/')).find((link) => link.rel === 'canonical')?.href ?? '').origin;

  const feedOf = (list: string) => {
    const href = links(htmlOf(list)).find((link) => link.type === 'application/rss+xml')?.href ?? '';
    return new URL(href).pathname;
  };
  const readFeed = (path: string) => parseXml(readFileSync(distFile(path, dist), 'utf8'), path);

  test(`the ${name} site has one valid RSS 2.0 feed per language, listing its articles newest first`, () => {
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const list of lists) {
      const listHtml = htmlOf(list);
      const language = htmlLang(listHtml);
      const feedPath = feedOf(list);
      const rss = readFeed(feedPath);
      expect([rss.uri, rss.local, rss.attributes.version], feedPath).toEqual(['', 'rss', '2.0']);
      const channel = child(rss, '', 'channel');
      // RSS 2.0's required channel elements.
      for (const element of ['title', 'link', 'description'])
        expect(rssText(channel, element), `${feedPath} <${element}>`).not.toBe('');
      expect(rssText(channel, 'link'), feedPath).toBe(`${origin}${list}`);
      expect(rssText(channel, 'language'), `${feedPath}: the language of ${list}`).toBe(language);
      const self = childrenNamed(channel, atom, 'link').find((link) => link.attributes.rel === 'self');
      expect(self?.attributes, `${feedPath}: Atom's self link, at its own address`).toEqual({
        href: `${origin}${feedPath}`,
        rel: 'self',
        type: 'application/rss+xml',
      });

      const items = childrenNamed(channel, '', 'item');
      // The same articles as the list page, in its order.
      const listed = [
        ...listHtml.matchAll(
          /<li><h2 class="article-list-title"><a href="([^"]+)">[\s\S]*?<p class="article-list-summary">([^<]*)<\/p>/g,
        ),
      ];
      const summaryOn = new Map(listed.map(([, href = '', summary = '']) => [href, decodeHtml(summary)]));
      expect(listed.length, list).toBeGreaterThan(0);
      expect(items.map((item) => new URL(rssText(item, 'link')).pathname)).toEqual(listed.map(([, href]) => href));
      for (const item of items) {
        const link = rssText(item, 'link');
        const where = `${feedPath} item ${link}`;
        expect(new URL(link).origin, where).toBe(origin);
        const path = new URL(link).pathname;
        expect(pages, `${where}: a built page`).toContain(path);
        expect(rssText(item, 'guid'), where).toBe(link);
        const page = htmlOf(path);
        expect(htmlLang(page), `${where}: the page's language`).toBe(language);
        expect(child(item, dublinCore, 'language').text, where).toBe(language);
        expect(rssText(item, 'title'), where).toBe(decodeHtml(/<h1>([^<]*)<\/h1>/.exec(page)?.[1] ?? ''));
        expect(rssText(item, 'description'), `${where}: the summary the list shows`).toBe(summaryOn.get(path));
        expect(rssText(item, 'description'), where).not.toBe('');
        const pubDate = rssText(item, 'pubDate');
        expect(pubDate, `${where}: RFC 822 date`).toMatch(rfc822);
        expect(new Date(pubDate).toUTCString(), `${where}: the weekday fits the date`).toBe(pubDate);
        const published = /<time datetime="([^"]+)"/.exec(page)?.[1] ?? '';
        expect(Date.parse(pubDate), `${where}: the date the page shows`).toBe(Date.parse(published));
      }
      const times = items.map((item) => Date.parse(rssText(item, 'pubDate')));
      expect(times, `${feedPath}: newest first`).toEqual([...times].sort((a, b) => b - a));
    }
  });

  const titles = new Map<string, string>();
  const feedTitle = (path: string) => {
    if (!titles.has(path)) {
      titles.set(path, rssText(child(readFeed(path), '', 'channel'), 'title'));
    }
    return titles.get(path);
  };

  test(`every page of the ${name} site links its language's feed (the root and 404 page every language's)`, () => {
    const feeds = new Map(lists.map((list) => [feedOf(list), htmlLang(htmlOf(list))]));
    expect(feeds.size).toBe(lists.length);
    for (const url of pages) {
      const offered = links(htmlOf(url)).filter(
        (link) => link.rel === 'alternate' && link.type === 'application/rss+xml',
      );
      const paths = offered.map((link) => new URL(link.href ?? '').pathname);
      const list = lists.find((prefix) => url.startsWith(prefix));
      expect(paths.toSorted(), url).toEqual(list === undefined ? [...feeds.keys()].sort() : [feedOf(list)]);
      for (const link of offered) {
        const path = new URL(link.href ?? '').pathname;
        expect(existsSync(distFile(path, dist)), `${url}: ${path} exists`).toBe(true);
        expect(link.hreflang, `${url}: ${path}`).toBe(feeds.get(path));
        expect(link.title, `${url}: named as the feed names itself`).toBe(feedTitle(path));
      }
    }
  });

  test(`the ${name} site's sitemap lists pages, not feeds`, () => {
    const sitemap = readFileSync(distFile('/sitemap-0.xml', dist), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
    expect(locs.length).toBeGreaterThan(0);
    for (const list of lists) expect(locs).not.toContain(feedOf(list));
    expect(locs.filter((loc) => loc.endsWith('.xml'))).toEqual([]);
  });
}
