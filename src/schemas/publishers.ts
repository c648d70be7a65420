import { z } from 'astro/zod';
import { kebabId } from './ids.ts';

/**
 * Who publishes the sources the notes cite (`content/publishers.yaml`). A source names
 * its publisher by id, and its URL must be on one of that publisher's domains, so a
 * mirror, scraper or repost cannot pass for the original.
 */

/** A host name such as `www.gov.cn`; it also covers its subdomains (english.www.gov.cn). */
const domain = z
  .string()
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/,
    'use a lower-case host name without scheme or path, e.g. www.gov.cn',
  )
  .describe('A host the publisher publishes on; its subdomains count too (gov.cn would cover every gov.cn site).');

/** A regular expression, written as a string; it must compile. */
const pattern = z
  .string()
  .min(1)
  .refine((text) => {
    try {
      new RegExp(text, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'write a JavaScript regular expression that compiles, e.g. ^/\\d{4}-\\d{2}/\\d{2}/content_\\d+\\.htm$');

function matchesPattern(source: string, path: string): boolean {
  try {
    return new RegExp(source, 'u').test(path);
  } catch {
    return false;
  }
}

/** The shape of one host's page addresses, so a slip in a cited URL fails the build. */
export const pagePathSchema = z
  .strictObject({
    host: domain.describe(
      'The exact host whose page paths have this shape (english.legalinfo.gov.cn), one of the domains or under one.',
    ),
    pattern: pattern.describe(
      "A regular expression every page path on the host matches (the URL's path, without query or fragment), anchored with ^ and $.",
    ),
    shape: z.string().trim().min(1).describe('The shape in words, for the error message: /YYYY-MM/DD/content_N.htm.'),
    example: z
      .string()
      .startsWith('/', 'give the path of a real page, starting with /')
      .describe('The path of a real page on the host, which must match the pattern; the error message offers it.'),
  })
  .refine((page) => matchesPattern(page.pattern, page.example), {
    message: 'the example does not match the pattern: fix one of them',
    path: ['example'],
  });

export const publisherSchema = z.strictObject({
  id: z
    .string()
    .regex(kebabId, 'use a kebab-case ASCII id, e.g. xinhua')
    .describe('Stable kebab-case id; a source in notes.yaml names its publisher by it.'),
  name: z
    .strictObject({
      zh: z.string().trim().min(1).describe('Name in Simplified Chinese, as the publisher names itself (新华社).'),
      en: z.string().trim().min(1).describe('Name in English, as the publisher names itself (Xinhua News Agency).'),
    })
    .describe('The name shown beside each source, in each language.'),
  domains: z
    .array(domain)
    .min(1)
    .describe(
      'Every host this publisher publishes on; a source URL on another host fails the build (a DOI at doi.org is accepted for any publisher).',
    ),
  pagePaths: z
    .array(pagePathSchema)
    .min(1)
    .optional()
    .describe(
      'Where known, the shape of page addresses on a host of this publisher: a cited URL on that host whose path has another shape fails the build (a typo such as .html for .htm, or 2017-07-07 for 2017-07/07).',
    ),
});

export const publishersSchema = z.array(publisherSchema).describe('Every publisher a note cites, one entry each.');

export type Publisher = z.infer<typeof publisherSchema>;

/** Whether `host` is one of `domains` or a subdomain of one. */
export function hostIsOn(host: string, domains: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return domains.some((domainName) => name === domainName || name.endsWith(`.${domainName}`));
}
