import { describe, expect, it } from 'vitest';
import { citedAddresses, pageText } from './page-weight';

describe('page weight', () => {
  const html =
    '<p lang="en">Caught <button aria-label="5,611 (explain)">5,611</button> &amp; more.<script>var x = 1;</script>' +
    '<a href="#fig-a">link</a> <a href="/zh/">中文</a> <a rel="external" href="https://example.org/a?b=1">source</a></p>';

  it('counts the words a reader reads, not markup, attributes or scripts', () => {
    expect(pageText(html)).toBe('Caught 5,611 & more. link 中文 source');
  });

  it('counts the addresses of cited sources, not links within the site', () => {
    expect(citedAddresses(html)).toBe('https://example.org/a?b=1');
  });
});
