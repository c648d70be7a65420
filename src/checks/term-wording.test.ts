import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles, checkWith, messages, minimal } from './fixtures/minimal';
import { allowedWordings, normalizeWording } from './term-wording';

/** The minimal article whose English words its term otherwise than the note names it. */
const drifted = readFileSync(fileURLToPath(new URL('./fixtures/term-drift/en.mdx', import.meta.url)), 'utf8');

/** notes.yaml of the minimal article with lines added after the term's rendering line. */
const notesWith = (lines: string) =>
  minimal['notes.yaml'].replace('    rendering: standard\n', `    rendering: standard\n${lines}`);

describe('term wording check', () => {
  it('accepts a term worded as its note names it, whatever the case', () => {
    // The fixture's note says "Four Consciousnesses", the article "four consciousnesses".
    expect(messages(checkFiles())).toBe('');
  });

  it('rejects a term the English words otherwise than its note, naming file and line', () => {
    expect(messages(checkFiles({ 'en.mdx': drifted }))).toContain(
      'content/articles/minimal/en.mdx:25: term "four-consciousnesses" reads "four kinds of awareness" here, but its note names it "Four Consciousnesses"',
    );
  });

  it('rejects a note renamed without the article', () => {
    const problems = checkWith('notes.yaml', 'en: Four Consciousnesses', 'en: Four Awarenesses');
    expect(messages(problems)).toContain('its note names it "Four Awarenesses"');
  });

  it('accepts a different wording the note lists with its reason', () => {
    const notes = notesWith(
      '    articleWording:\n      - text: four kinds of awareness\n        reason: Test of a listed wording.\n',
    );
    expect(messages(checkFiles({ 'en.mdx': drifted, 'notes.yaml': notes }))).toBe('');
  });

  it('rejects a listed wording the article no longer uses, pointing at its line', () => {
    const notes = notesWith('    articleWording:\n      - text: four awarenesses\n        reason: Stale.\n');
    expect(messages(checkFiles({ 'notes.yaml': notes }))).toMatch(
      /notes\.yaml:42: term "four-consciousnesses" lists the article wording "four awarenesses", which no <Term id="four-consciousnesses"> in .*en\.mdx uses/,
    );
  });

  it('rejects a listed wording that is the name already', () => {
    const notes = notesWith(
      '    articleWording:\n      - text: the four consciousnesses\n        reason: Redundant.\n',
    );
    expect(messages(checkFiles({ 'notes.yaml': notes }))).toContain('which is its name already');
  });

  it('accepts one part of a name with several', () => {
    const problems = checkWith('notes.yaml', 'en: Four Consciousnesses', 'en: Two Upholds; Four Consciousnesses');
    expect(messages(problems)).toBe('');
  });

  it('leaves the Chinese original unchecked', () => {
    const problems = checkWith('zh.mdx', '>四个意识<', '>四种意识<');
    expect(messages(problems)).toBe('');
  });
});

describe('normalizeWording', () => {
  it.each([
    ['“Cloud Sword” operation', "'Cloud Sword' operation"],
    ['the Fengqiao Experience', 'Fengqiao experience'],
    ['Fengqiao-style police stations', "'Fengqiao-style' police station"],
    ["people's  war on drugs.", 'people’s war on drugs'],
    ['strongest Party branches', "'strongest Party branch'"],
    ['rural policies', 'rural policy'],
    ['boxes', 'box'],
  ])('treats %j as %j', (a, b) => {
    expect(normalizeWording(a)).toBe(normalizeWording(b));
  });

  it.each([
    ['caring for police officers', 'care for police officers'],
    ['organised crime', 'organized crime'],
    ['four sentences, sixteen characters', 'four phrases, sixteen characters'],
    ['children', 'child'],
  ])('tells %j from %j', (a, b) => {
    expect(normalizeWording(a)).not.toBe(normalizeWording(b));
  });

  it('keeps a final -ss', () => {
    expect(normalizeWording('progress')).toBe('progress');
  });
});

describe('allowedWordings', () => {
  it('offers the whole name and each part of a name with several', () => {
    expect(allowedWordings('Ministry of Public Security; Sichuan Provincial Public Security Department')).toEqual([
      'Ministry of Public Security; Sichuan Provincial Public Security Department',
      'Ministry of Public Security',
      'Sichuan Provincial Public Security Department',
    ]);
    expect(allowedWordings('Belt and Road Initiative')).toEqual(['Belt and Road Initiative']);
  });
});
