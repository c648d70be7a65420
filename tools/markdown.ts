import { format, resolveConfig } from 'prettier';

/** Markdown a command writes into docs/, laid out by Prettier as `npm run lint` checks it. */
export async function formattedMarkdown(text: string, file: string): Promise<string> {
  return format(text, { ...(await resolveConfig(file)), filepath: file });
}
