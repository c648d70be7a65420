import { describe, expect, it } from 'vitest';
import { lcpTable, type PageRuns, type Run } from './lighthouse';

const runs = (...lcps: number[]): Run[] =>
  lcps.map((lcp) => ({
    performance: 100,
    lcp,
    fcp: lcp,
    tbt: 0,
    dom: 100,
    bytes: 1024,
    chainDepth: 1,
    renderBlocking: 0,
  }));

describe('the LCP table', () => {
  it("puts each page's simulated and applied LCP side by side, each divided by its control's median", () => {
    const simulated: PageRuns[] = [
      { name: 'control (zh)', runs: runs(700, 800, 900) },
      { name: 'article (zh)', control: 'control (zh)', runs: runs(900, 1000, 1100) },
    ];
    const applied: PageRuns[] = [
      { name: 'control (zh)', runs: runs(700, 700) },
      { name: 'article (zh)', control: 'control (zh)', runs: runs(720, 750) },
    ];
    const rows = lcpTable(simulated, applied).split('\n');
    expect(rows[2]).toBe('| control (zh) | 800 (700–900) | — | 700 | — |');
    expect(rows[3]).toBe('| article (zh) | 1000 (900–1100) | 1.25 | 735 (720–750) | 1.05 |');
  });

  it('says which page has no applied runs', () => {
    expect(() => lcpTable([{ name: 'article (en)', runs: runs(1) }], [])).toThrow(
      /no applied-throttling runs of article \(en\)/,
    );
  });
});
