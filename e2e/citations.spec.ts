import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationFiles } from '../src/model/urls';
import { expect, test } from './support/test';
import { articlePages, distFile, fixtureSite, realSite } from './support/site';

/** Read from the built files: what a reference manager saving the page, or the downloads, finds. */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (text: string) => text.replace(/&(#?\w+);/g, (all, name: string) => entities[name] ?? all);

/** The <meta name content> tags of a page's head, in order. */
function metaTags(html: string): [string, string][] {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<meta name="([^"]+)" content="([^"]*)"/g)].map((match) => [
    match[1] ?? '',
    decode(match[2] ?? ''),
  ]);
}

interface NewsArticle {
  headline: string;
  datePublished: string;
  inLanguage: string;
  url: string;
  author?: { name: string };
  publisher: { name: string };
  translator?: { name: string };
  isBasedOn?: { url: string };
}

function jsonLd(html: string): NewsArticle {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  return JSON.parse(json) as NewsArticle;
}

for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  for (const url of articlePages(dist)) {
    test(`${name} site ${url}: the head's citation tags agree with its JSON-LD, and its downloads parse`, () => {
      const html = readFileSync(distFile(url, dist), 'utf8');
      const tags = metaTags(html);
      const one = (tag: string) => {
        const values = tags.filter(([key]) => key === tag).map(([, value]) => value);
        expect(values, tag).toHaveLength(1);
        return values[0] ?? '';
      };
      const article = jsonLd(html);
      const date = article.datePublished.slice(0, 10);
      expect(one('citation_title')).toBe(article.headline);
      expect(one('DC.title')).toBe(article.headline);
      expect(one('citation_publication_date')).toBe(date.replace(/-/g, '/'));
      expect(one('DC.date')).toBe(date);
      expect(one('citation_language')).toBe(article.inLanguage);
      expect(one('DC.language')).toBe(article.inLanguage);
      expect(one('citation_public_url')).toBe(article.url);
      expect(one('DC.publisher')).toBe(article.publisher.name);
      expect(one('prism.publicationName')).toBe(article.publisher.name);
      expect(one('DC.type')).toBe('News Item');
      // Zotero files a page with citation_journal_title as a journal article.
      expect(tags.map(([key]) => key)).not.toContain('citation_journal_title');
      if (article.author === undefined) expect(tags.map(([key]) => key)).not.toContain('citation_author');
      else expect(one('citation_author').replace(', ', ' ')).toBe(article.author.name);
      if (article.translator !== undefined) {
        expect(one('DC.contributor')).toBe(article.translator.name);
        expect(one('DC.source')).toBe(article.isBasedOn?.url);
      }
      expect(html).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');

      for (const file of citationFiles) {
        const items = new Cite(readFileSync(join(distFile(url, dist), '..', file), 'utf8')).data as {
          type: string;
          genre?: string;
          title: string;
          URL: string;
          'container-title': string;
        }[];
        expect(items, file).toHaveLength(1);
        expect(items[0], file).toMatchObject({
          title: article.headline,
          URL: article.url,
          'container-title': article.publisher.name,
        });
        // biblatex's newspaper form reads as an article of genre newspaper.
        expect([items[0]?.type, items[0]?.genre], file).toContain(
          file.endsWith('.bib') ? 'newspaper' : 'article-newspaper',
        );
      }
    });
  }
}
