/**
 * What to change for a YAML syntax error, from js-yaml's message: the editor sees the
 * fix for this mistake, not a list of all the ways YAML can go wrong.
 */
export function yamlFix(message: string): string {
  if (/tab characters/.test(message)) return 'indent with spaces, not tabs';
  if (/bad indentation|end of the stream or a document separator/.test(message))
    return 'indent the keys of one entry by the same number of spaces, two more than the "- " or key above them';
  if (/duplicated mapping key/.test(message)) return 'give each key once per entry: remove or rename the repeat';
  return 'quote text that contains ": " or starts with a quote, and close every [ { and quote you open';
}
