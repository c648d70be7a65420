import { describe, expect, it } from 'vitest';
import { elementCount } from './dom-size';

describe('elementCount', () => {
  it('counts every element of a page, head and void elements included', () => {
    // html, head, meta, title, body, p, button, span, b, br: 10.
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>A &lt;b&gt; title</title></head>' +
      '<body><p>One <button type="button">5,611</button><span popover><b>Label:</b> text<br></span></p></body></html>';
    expect(elementCount(page)).toBe(10);
  });

  it('leaves out comments and what scripts, styles and templates hold', () => {
    // script, style, template, p: 4.
    const page =
      '<!-- <div></div> --><script type="module">if (a<b) document.body.append("<i>")</script>' +
      '<style>a<b{}</style><template><span></span><span></span></template><p>a < b</p>';
    expect(elementCount(page)).toBe(4);
  });

  it('counts SVG and custom elements like any other', () => {
    expect(elementCount('<share-link><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></share-link>')).toBe(3);
  });
});
