import { moduleScripts, runsScriptsBeforePaint, withImports } from './module-imports';
import { cspHash } from '../security/inline-code';

/**
 * How each built page loads its scripts. They only enhance: every page reads, and every
 * note opens, without them. Yet a module a page names is fetched at high priority and runs
 * before the first paint when it can, and on a slow mobile link each such request puts a
 * round trip between the reader and the text (Lighthouse's mobile simulation: 1.1 s against
 * 0.93 s without the scripts, for the zh article page).
 *
 * So, after the build (step 1 of built-pages.ts), a page's <script type="module" src> tags
 * give way to one inline module that waits for the first contentful paint (unless the
 * reader comes from another page of the site) and then imports every module the page runs
 * and every chunk those import, all at once (no request waits for another), and marks
 * <html data-scripts="ready"> when they have run. Its hash joins the page's CSP
 * (and, through built-pages.ts, dist/_headers): no 'unsafe-inline'.
 *
 * A page whose script must act before the reader sees it (the root page's redirect to the
 * reader's language) marks an element `data-scripts-before-paint`; its scripts stay as
 * they are, each module named in the head as <link rel="modulepreload"> so that none waits
 * for another either.
 */

/** The page's head gets a <link rel="modulepreload"> for each module its scripts load, the chunks they import included. */
export function withModulePreloads(html: string, dist: string, file: string): string {
  const modules = [...withImports(dist, moduleScripts(html))];
  if (modules.length === 0) return html;
  const links = modules.map((src) => `<link rel="modulepreload" href="${src}">`).join('');
  // After the CSP meta tag: a policy in a meta tag governs only what comes after it.
  const anchor = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html) ?? /<meta charset="[^"]*">/i.exec(html);
  if (anchor === null) throw new Error(`${file}: no <meta charset> or CSP meta tag to put the module preloads after`);
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

/**
 * The inline module that imports `modules`. For a reader arriving from elsewhere: once the
 * browser has reported the first contentful paint (a frame drawn is not yet a frame shown),
 * or, where it reports no paints, two animation frames on; and after 3 s whatever happened,
 * since a page loaded in a background tab has no paint to report. For one moving within the site,
 * whose browser holds the modules already (they are cached for good) and whose language
 * switch must put them back at their sentence before the page shows: at once.
 */
export function afterPaintLoader(modules: string[]): string {
  const imports = modules.map((src) => `import(${JSON.stringify(src)})`).join(',');
  return [
    'let started=false',
    `const load=()=>{if(started)return;started=true;Promise.all([${imports}]).then(()=>{document.documentElement.dataset.scripts="ready"})}`,
    'if(document.referrer.startsWith(location.origin+"/"))load()',
    'else if(PerformanceObserver.supportedEntryTypes?.includes("paint"))new PerformanceObserver((list)=>{if(list.getEntriesByName("first-contentful-paint").length>0)load()}).observe({type:"paint",buffered:true})',
    'else requestAnimationFrame(()=>requestAnimationFrame(load))',
    'setTimeout(load,3000)',
  ].join(';');
}

/** The page with its module scripts loaded after its first paint, and the loader's hash in its CSP meta tag. */
export function withScriptsAfterFirstPaint(html: string, dist: string, file: string): string {
  const entries = moduleScripts(html);
  if (entries.length === 0) return html;
  const loader = afterPaintLoader([...withImports(dist, entries)]);
  const policy = /(<meta http-equiv="content-security-policy" content="[^"]*\bscript-src\b)([^;"]*)/i;
  if (!policy.test(html))
    throw new Error(`${file}: no script-src in a CSP meta tag to allow the script loader by its hash`);
  if (!html.includes('</body>')) throw new Error(`${file}: no </body> to put the script loader before`);
  return html
    .replace(/<script\b[^>]*\btype="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>/g, '')
    .replace(policy, (_, start: string, sources: string) => `${start}${sources} '${cspHash(loader)}'`)
    .replace('</body>', `<script type="module">${loader}</script></body>`);
}

/** How one page loads its scripts: after its first paint, unless it asks for them before. */
export function withPageScripts(html: string, dist: string, file: string): string {
  return runsScriptsBeforePaint(html)
    ? withModulePreloads(html, dist, file)
    : withScriptsAfterFirstPaint(html, dist, file);
}
