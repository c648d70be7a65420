import { expect, test } from './support/test';
import { report } from './support/fixtures';
import { builtPages } from './support/site';

/** hreflang → path of each <xhtml:link>/<link rel="alternate"> in a piece of markup. */
function alternates(markup: string): Record<string, string> {
  const links = [...markup.matchAll(/<(?:xhtml:)?link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
  return Object.fromEntries(links.map(([, lang = '', href = '']) => [lang, new URL(href).pathname]));
}

test.describe('A search engine', () => {
  test('finds the sitemap from robots.txt and from every page', async ({ page, request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
    const index = await (await request.get('/sitemap-index.xml')).text();
    expect(index).toMatch(/<loc>[^<]+\/sitemap-0\.xml<\/loc>/);
    await page.goto(`/zh/${report.slug}/`);
    await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', '/sitemap-index.xml');
  });

  test('gets every page a reader can land on from the sitemap, with the alternates the page itself names', async ({
    request,
  }) => {
    const xml = await (await request.get('/sitemap-0.xml')).text();
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc = '', links = '']) => ({
      path: new URL(loc).pathname,
      links: alternates(links),
    }));
    // Not-found pages and the section preview pages (which send readers on) are left out.
    const landing = builtPages().filter((url) => !url.endsWith('404.html') && !/\/s\/[^/]+\/$/.test(url));
    expect(entries.map((entry) => entry.path).sort()).toEqual(landing);
    for (const entry of entries) {
      const html = await (await request.get(entry.path)).text();
      expect(entry.links, entry.path).toEqual(alternates(html));
      expect(Object.keys(entry.links), entry.path).toEqual(
        expect.arrayContaining(['zh-Hans', 'zh-Hant', 'en', 'x-default']),
      );
    }
  });
});
