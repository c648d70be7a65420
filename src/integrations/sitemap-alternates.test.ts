import { describe, expect, it } from 'vitest';
import { withPageAlternates } from './sitemap-alternates';

const site = 'https://news.example';
const item = (path: string, links: [string, string][]) => ({
  url: `${site}${path}`,
  links: links.map(([lang, url]) => ({ lang, url: `${site}${url}` })),
});

describe('sitemap alternates', () => {
  it("never call the language-choosing root an English page, and make it the lists' x-default", () => {
    const list = withPageAlternates(
      item('/zh/', [
        ['en', '/'],
        ['en', '/en/'],
        ['zh-Hans', '/zh/'],
      ]),
    );
    expect(list.links).toEqual([
      { lang: 'en', url: `${site}/en/` },
      { lang: 'zh-Hans', url: `${site}/zh/` },
      { lang: 'x-default', url: `${site}/` },
    ]);
  });

  it("make an article's English version its x-default", () => {
    const article = withPageAlternates(
      item('/zh/a/', [
        ['en', '/en/a/'],
        ['zh-Hans', '/zh/a/'],
      ]),
    );
    expect(article.links?.at(-1)).toEqual({ lang: 'x-default', url: `${site}/en/a/` });
  });

  it('leave a page without alternates alone', () => {
    expect(withPageAlternates({ url: `${site}/x/` })).toEqual({ url: `${site}/x/` });
  });
});
