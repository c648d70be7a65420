/**
 * How many elements a browser builds from a built page (Lighthouse's "DOM size"), read
 * from the HTML without a browser: every start tag, head and SVG included, none inside a
 * comment, nor in what a script, style, template or title holds (text, or a template's
 * inert fragment). It trusts Astro's output to write every element it means (html, head,
 * body) and no stray "<" inside an attribute; a table without <tbody> would be one short.
 * Node built-ins only, like page-weight.ts, so tests and the bench load it as it is.
 */
export function elementCount(html: string): number {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|title|textarea)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
  return markup.match(/<[a-z][^\s/>]*/gi)?.length ?? 0;
}
