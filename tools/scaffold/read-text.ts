import { readTextFile } from '../../src/checks/text-file.ts';

/** A file the scaffolder cannot read as text, with file:line and the fix. */
export class TextFileError extends Error {
  constructor(file: string, line: number, message: string, fix: string) {
    super(`${file}:${line}: ${message}\n    fix: ${fix}`);
    this.name = 'TextFileError';
  }
}

/** The text of an original, or a TextFileError saying why it is not one. */
export function readText(file: string): string {
  const read = readTextFile(file);
  if ('problem' in read) throw new TextFileError(file, read.problem.line, read.problem.message, read.problem.fix);
  return read.text;
}
