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
});

export const publishersSchema = z.array(publisherSchema).describe('Every publisher a note cites, one entry each.');

export type Publisher = z.infer<typeof publisherSchema>;

/** Whether `host` is one of `domains` or a subdomain of one. */
export function hostIsOn(host: string, domains: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return domains.some((domainName) => name === domainName || name.endsWith(`.${domainName}`));
}
