import { describe, expect, it } from 'vitest';
import type { Figure } from '../../schemas/notes';
import { csvField, figuresCsv, figuresJson, type FigureRow } from './figures-export';

const figure: Figure = {
  id: 'fugitives-caught',
  kind: 'count',
  values: [5611],
  label: { zh: '抓获在逃人员', en: 'Fugitives caught' },
  unit: { zh: '名', en: 'people' },
  counts: { zh: '抓获的在逃人员', en: 'Fugitives caught, "at large"' },
  explanation: { zh: '说明，含逗号', en: 'Line one\nline two' },
  sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'example-press', supports: 'x' }],
};
const publishers = new Map([['example-press', 'Example Press']]);
const rows: FigureRow[] = [{ figure, wording: '5,611', anchorId: 'fig-fugitives-caught', sentenceId: 's-1' }];

describe('figures CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(undefined)).toBe('');
  });

  it('writes a header and one record per figure, in the chosen language, with absolute links', () => {
    const csv = figuresCsv(rows, 'en', 'https://site.example/en/a/', publishers);
    expect(csv.startsWith('\uFEFFid,kind,label,wording,values,')).toBe(true);
    const records = csv.slice(1).split('\r\n');
    expect(records).toHaveLength(3); // header, one record, final empty string
    expect(records[1]).toContain('fugitives-caught,count,Fugitives caught,"5,611",5611,people');
    expect(records[1]).toContain('"Fugitives caught, ""at large"""');
    expect(records[1]).toContain('https://site.example/en/a/#fig-fugitives-caught');
  });

  it('names the publisher with each source', () => {
    const csv = figuresCsv(rows, 'en', 'https://site.example/en/a/', publishers);
    expect(csv).toContain(',Example Press https://example.org/a,');
  });
});

describe('figures JSON', () => {
  it('gives each source its publisher’s name', () => {
    const json = JSON.parse(figuresJson(rows, 'en', 'https://site.example/en/a/', publishers)) as {
      figures: { sources: { url: string; publisherName: string }[] }[];
    };
    expect(json.figures[0]?.sources[0]).toMatchObject({ url: 'https://example.org/a', publisherName: 'Example Press' });
  });
});
