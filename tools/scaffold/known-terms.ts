import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { notesFileName } from '../../src/model/layout.ts';

/**
 * The terms the site has already explained, for the scaffolder to find in a new text.
 * Today they are read from every article's notes.yaml under the content root; when the
 * site-wide glossary (content/terms/) exists, this module reads it instead and nothing
 * else changes: the scaffolder only sees `KnownTerm`s.
 */
export interface KnownTerm {
  id: string;
  /** The wordings that find it in a text, each with the English the article then uses. */
  headwords: { zh: string; en: string }[];
  /** Where its explanation is written (project-relative file and line). */
  file: string;
  line: number;
  /** The written note, as its notes file holds it, to copy into the new article's notes. */
  note: Record<string, unknown>;
}

export interface KnownTerms {
  terms: KnownTerm[];
  /** Notes files that could not be read: `file:line: problem`, for the tool to warn about. */
  warnings: string[];
}

/**
 * A name with parts the article highlights separately (公安部、省公安厅 / Ministry of Public
 * Security; Sichuan Provincial Public Security Department; “7·30”“2·12”) gives one headword
 * per part; any other name is one headword.
 */
function headwordsOf(zh: string, en: string): { zh: string; en: string }[] {
  const english = en.split('; ');
  if (english.length === 1) return [{ zh, en }];
  const quoted = [...zh.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');
  const parts = quoted.length === english.length ? quoted : zh.split('、');
  if (parts.length !== english.length) return [{ zh, en }];
  return parts.map((part, index) => ({ zh: part, en: english[index] ?? '' }));
}

/**
 * Every term written in `contentRoot`/articles/*\/notes.yaml (not those still holding a
 * placeholder); the first note of an id wins.
 */
export function knownTerms(contentRoot: string): KnownTerms {
  const articles = join(contentRoot, 'articles');
  const terms = new Map<string, KnownTerm>();
  const warnings: string[] = [];
  if (!existsSync(articles)) return { terms: [], warnings };
  for (const slug of readdirSync(articles).sort()) {
    const file = join(articles, slug, notesFileName);
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    let notes: unknown;
    try {
      notes = yaml.load(source);
    } catch (error) {
      const line = ((error as { mark?: { line?: number } }).mark?.line ?? 0) + 1;
      warnings.push(`${file}:${line}: not valid YAML, so its terms are not proposed — fix it (npm run check:content)`);
      continue;
    }
    const list = (notes as { terms?: unknown } | null)?.terms;
    if (!Array.isArray(list)) continue;
    const lines = source.split('\n');
    for (const entry of list as Record<string, unknown>[]) {
      const id = entry.id;
      const name = entry.name as { zh?: unknown; en?: unknown } | undefined;
      if (typeof id !== 'string' || typeof name?.zh !== 'string' || typeof name.en !== 'string') continue;
      // A stub still to be written (a draft's term-1) explains nothing yet.
      if (terms.has(id) || JSON.stringify(entry).includes('[[TODO')) continue;
      const line = lines.findIndex((text) => new RegExp(`^\\s*- id: ${id}\\s*$`).test(text)) + 1;
      terms.set(id, { id, headwords: headwordsOf(name.zh, name.en), file, line, note: entry });
    }
  }
  return { terms: [...terms.values()], warnings };
}
