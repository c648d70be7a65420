import { describe, expect, it } from 'vitest';
import { benchReport, loadNote } from './report';

describe('the bench report (docs/bench.md)', () => {
  it('says the machine was loaded by other work when its load went above its cores', () => {
    expect(loadNote(2, [0.5, 1.8, 1.2])).not.toMatch(/loaded by other work/);
    const loaded = loadNote(2, [0.5, 11.4, 1.2]);
    expect(loaded).toMatch(/loaded by other work/);
    expect(loaded).toContain('at most 11.40 between Lighthouse rounds, on 2 cores');
  });

  it('names the command, the machine and every build it timed', () => {
    const report = benchReport({
      command: 'npm run bench -- --rounds=2',
      started: new Date('2026-12-08T03:04:00Z'),
      machine: 'Chromium 150; Test CPU × 2',
      cores: 2,
      loadSamples: [1],
      rounds: 2,
      weights: '| page |',
      builds: [
        ['this site', 7.25],
        ['10 articles (synthetic copies)', 12],
      ],
      lighthouse: '### Mobile preset',
    });
    expect(report).toContain('Written by `npm run bench -- --rounds=2` on 2026-12-08 03:04 UTC');
    expect(report).toContain('Chromium 150; Test CPU × 2.');
    expect(report).toContain('| this site | 7.3 |');
    expect(report).toContain('| 10 articles (synthetic copies) | 12.0 |');
    expect(report).toContain('## Lighthouse (2 interleaved rounds');
  });
});
