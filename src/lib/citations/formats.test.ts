import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { personName, type Citation } from './citation';
import { bibtex, cslJson, ris } from './formats';
import { headTags } from './head-tags';

/** Citations as the fixture article gives them: the original, and its translation. */
const original: Citation = {
  key: 'county-report-zh',
  title: '守护一方平安——2019年清溪县公安工作回顾',
  author: { literal: '李明' },
  newspaper: '清溪日报',
  section: '法治视点',
  date: '2020-01-15',
  language: 'zh-Hans',
  url: 'https://example.org/zh/county-report/',
  translation: undefined,
};
const translation: Citation = {
  key: 'county-report-en',
  title: 'Keeping the County Safe — Qingxi County Police in 2019',
  author: personName('Li Ming'),
  newspaper: 'Qingxi Daily',
  section: 'Rule of Law',
  date: '2020-01-15',
  language: 'en',
  url: 'https://example.org/en/county-report/',
  translation: {
    translator: 'Fixture translator',
    originalTitle: original.title,
    originalLanguage: 'zh-Hans',
    originalUrl: original.url,
  },
};

/** What a parser made of one format: citation-js reads each into CSL-JSON. */
interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
interface CslItem {
  type?: string;
  genre?: string;
  title?: string;
  author?: CslName[];
  reporter?: string;
  translator?: CslName[];
  'container-title'?: string;
  'original-title'?: string;
  issued?: { 'date-parts'?: number[][] };
  URL?: string;
}

function parsed(text: string): CslItem[] {
  return new Cite(text).data as CslItem[];
}

/** The name as a reference manager shows it, whichever way the parser stored it. */
const nameOf = (name: CslName | undefined) => name?.literal ?? [name?.family, name?.given].filter(Boolean).join(', ');
/** The reporter as each fixture citation names them. */
const reporterOf = (citation: Citation) => (citation.translation === undefined ? '李明' : 'Li, Ming');

/**
 * Each format as citation-js reads it, which is how its own specification reads it:
 * biblatex's newspaper form is an article-journal of genre newspaper; RIS's NEWS record
 * names its AU the reporter and its year by PY (the full date is in DA, as Zotero writes
 * and reads it).
 */
const formats = [
  {
    name: 'BibTeX (biblatex)',
    write: bibtex,
    read: (item: CslItem, citation: Citation) => {
      expect(item.type).toBe('article-journal');
      expect(item.genre).toBe('newspaper');
      expect(nameOf(item.author?.[0])).toBe(reporterOf(citation));
      expect(item.issued?.['date-parts']?.[0]).toEqual([2020, 1, 15]);
      if (citation.translation !== undefined) {
        expect(nameOf(item.translator?.[0])).toBe(citation.translation.translator);
        expect(item['original-title']).toBe(citation.translation.originalTitle);
      }
    },
  },
  {
    name: 'RIS',
    write: ris,
    read: (item: CslItem, citation: Citation) => {
      expect(item.type).toBe('article-newspaper');
      expect(item.reporter).toBe(reporterOf(citation));
      expect(item.issued?.['date-parts']?.[0]).toEqual([2020]);
    },
  },
  {
    name: 'CSL-JSON',
    write: cslJson,
    read: (item: CslItem, citation: Citation) => {
      expect(item.type).toBe('article-newspaper');
      expect(nameOf(item.author?.[0])).toBe(reporterOf(citation));
      expect(item.issued?.['date-parts']?.[0]).toEqual([2020, 1, 15]);
      if (citation.translation !== undefined) {
        expect(nameOf(item.translator?.[0])).toBe(citation.translation.translator);
        expect(item['original-title']).toBe(citation.translation.originalTitle);
      }
    },
  },
];

describe.each(formats)('$name', ({ write, read }) => {
  for (const citation of [original, translation]) {
    it(`parses as one item with the ${citation.translation === undefined ? 'original' : 'translation'}'s facts`, () => {
      const items = parsed(write(citation));
      expect(items).toHaveLength(1);
      const [item] = items;
      if (item === undefined) return;
      expect(item.title).toBe(citation.title);
      expect(item['container-title']).toBe(citation.newspaper);
      expect(item.URL).toBe(citation.url);
      read(item, citation);
    });
  }
});

describe('the citations as a citation processor formats them (citeproc, APA)', () => {
  it('name the reporter, the date, the newspaper, the translator and the address', () => {
    const text = new Cite(cslJson(translation)).format('bibliography', { template: 'apa', lang: 'en-US' }) as string;
    expect(text).toContain('Li, M. (2020, January 15).');
    expect(text).toContain(translation.title);
    expect(text).toContain('Qingxi Daily');
    expect(text).toContain('Fixture translator');
    expect(text).toContain(translation.url);
  });
});

describe('BibTeX', () => {
  it('keeps TeX special characters in a title as text', () => {
    const title = 'Costs fell 5% & cases {rose}: a_b #1 ~ ^ \\';
    const [item] = parsed(bibtex({ ...translation, title }));
    expect(item?.title).toBe(title);
  });

  it('writes the biblatex newspaper form: @article with entrysubtype newspaper', () => {
    expect(bibtex(original)).toMatch(/^@article\{county-report-zh,\n/);
    expect(bibtex(original)).toContain('  entrysubtype = {newspaper},\n');
  });
});

describe('RIS', () => {
  it('is a NEWS record with CR LF line ends and a closing ER', () => {
    const text = ris(original);
    expect(text.startsWith('TY  - NEWS\r\n')).toBe(true);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('personName', () => {
  it('reads pinyin family name first, and keeps a name in characters whole', () => {
    expect(personName('Zhang Lei')).toEqual({ family: 'Zhang', given: 'Lei' });
    expect(personName('Ouyang Xiaoming')).toEqual({ family: 'Ouyang', given: 'Xiaoming' });
    expect(personName('张磊')).toEqual({ literal: '张磊' });
  });
});

describe('head tags', () => {
  const names = (citation: Citation) => headTags(citation).map((tag) => tag.name);

  it('give what Zotero’s Embedded Metadata reads, and no citation_journal_title (it would file a journal article)', () => {
    expect(names(translation)).toEqual(
      expect.arrayContaining([
        'citation_title',
        'citation_author',
        'citation_publication_date',
        'citation_language',
        'DC.type',
        'DC.publisher',
        'DC.language',
        'prism.publicationName',
      ]),
    );
    expect(names(translation)).not.toContain('citation_journal_title');
  });

  it('name a translation’s translator and source, and an original neither', () => {
    const content = (citation: Citation, name: string) => headTags(citation).find((tag) => tag.name === name)?.content;
    expect(content(translation, 'DC.contributor')).toBe('Fixture translator');
    expect(content(translation, 'DC.source')).toBe(original.url);
    expect(content(translation, 'citation_author')).toBe('Li, Ming');
    expect(content(original, 'citation_author')).toBe('李明');
    expect(names(original)).not.toContain('DC.contributor');
  });

  it('leave out the author where the byline names none', () => {
    expect(names({ ...original, author: undefined })).not.toContain('citation_author');
  });
});
