/**
 * Text in the wrong language's element, read from built HTML (no browser): text with
 * Chinese characters must sit in a zh-* element; text with English words and no Chinese
 * must not sit in one (a screen reader would read it in the wrong voice). Mixed text is
 * judged by the element around it. Only the body counts; scripts and styles are skipped.
 */
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function mislabelledInHtml(html: string): string[] {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[0] ?? '';
  const found: string[] = [];
  // The open elements and the lang each sets (undefined: inherits).
  const stack: { tag: string; lang: string | undefined }[] = [
    { tag: 'html', lang: /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] },
  ];
  const langHere = () => stack.findLast((element) => element.lang !== undefined)?.lang ?? '';
  const tokens = body.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g);
  let skipping: string | undefined;
  for (const [, closing, name, attributes = '', text] of tokens) {
    if (text !== undefined) {
      const words = text.replace(/&[a-z#0-9]+;/gi, ' ').trim();
      if (skipping !== undefined || words === '') continue;
      const lang = langHere();
      const chinese = /\p{Script=Han}/u.test(words);
      if (chinese && !lang.startsWith('zh')) found.push(`${lang}: ${words}`);
      if (!chinese && /[A-Za-z]{2,}/.test(words) && lang.startsWith('zh')) found.push(`${lang}: ${words}`);
      continue;
    }
    const tag = (name ?? '').toLowerCase();
    if (closing === '/') {
      if (skipping === tag) skipping = undefined;
      const index = stack.findLastIndex((element) => element.tag === tag);
      if (index > 0) stack.length = index;
      continue;
    }
    if (tag === 'script' || tag === 'style') skipping = tag;
    if (voidElements.has(tag) || attributes.trimEnd().endsWith('/')) continue;
    stack.push({ tag, lang: /\slang="([^"]*)"/.exec(attributes)?.[1] });
  }
  return found;
}
