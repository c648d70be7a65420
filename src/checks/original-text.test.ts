import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { articleSchema } from '../schemas/article';
import { allBlocks, blockSentences, readArticleStructure } from '../model/structure';

/**
 * Where an article folder keeps the source text it was made from (original.txt),
 * the Chinese MDX must hold every paragraph of it character for character.
 */
const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
const articles = readdirSync(articlesDir).filter((slug) => {
  try {
    readFileSync(`${articlesDir}${slug}/original.txt`);
    return true;
  } catch {
    return false;
  }
});

describe.each(articles)('%s: the Chinese text', (slug) => {
  const original = readFileSync(`${articlesDir}${slug}/original.txt`, 'utf8');
  const originalLines = original
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const { structure } = readArticleStructure(readFileSync(`${articlesDir}${slug}/zh.mdx`, 'utf8'), 'zh.mdx');
  if (structure === undefined) throw new Error('zh.mdx does not parse');
  const paragraphs = allBlocks(structure).map((block) =>
    blockSentences(block)
      .map((s) => s.text)
      .join(''),
  );

  it('holds every paragraph of the original verbatim and in order', () => {
    const found = paragraphs.map((paragraph) => originalLines.indexOf(paragraph));
    expect(found.every((index) => index >= 0)).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  it('keeps every section heading verbatim', () => {
    for (const section of structure.sections) expect(originalLines).toContain(section.title);
  });

  it('leaves out nothing: every other line of the original is kept as metadata', () => {
    const data = yaml.load(readFileSync(`${articlesDir}${slug}/zh.mdx`, 'utf8').split('---')[1] ?? '');
    const { title, published, source, reporter, photo } = articleSchema.parse(data);
    const [date, time] = published.slice(0, 19).split('T');
    const metadataLines = [
      `您的位置:首页 > ${source.column}`,
      title,
      `${date ?? ''} ${time ?? ''} 来源:${source.name}`,
      photo?.caption,
      reporter === undefined ? undefined : `${reporter.role} ${reporter.name} ${reporter.credit}`,
    ];
    for (const line of originalLines) {
      const kept =
        paragraphs.includes(line) || structure.sections.some((s) => s.title === line) || metadataLines.includes(line);
      expect(kept, line).toBe(true);
    }
  });
});
