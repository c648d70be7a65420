/** citation-js ships no type declarations: the part of it the tests use. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The items read, as CSL-JSON. */
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
