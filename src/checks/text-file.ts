import { readFileSync, statSync } from 'node:fs';

/**
 * Reads a text file an editor gave (an original, an edition, a notes file) and says, with
 * its line, why it cannot be text: too large, binary, or not UTF-8. A byte-order mark is
 * dropped and CRLF/CR line ends become LF, so every tool reads lines alike.
 */
export interface TextFileProblem {
  line: number;
  message: string;
  fix: string;
}

/** An original or an edition is one document: far below this. */
export const maxTextBytes = 2 * 1024 * 1024;

const lineAt = (bytes: Uint8Array, offset: number) =>
  bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;

/** The text of `bytes`, or the problem that keeps it from being one. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: TextFileProblem } {
  if (bytes.length > maxTextBytes) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      problem: {
        line: 1,
        message: `the file is ${megabytes} MB, more than one document's text (at most ${maxTextBytes / 1024 / 1024} MB)`,
        fix: 'give the text of one document; split a collection into one file per document',
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: {
        line: lineAt(bytes, nul),
        message: 'a binary file, not text (it holds a NUL byte)',
        fix: 'give the plain text: copy the text out of the document, or save it as .txt (UTF-8)',
      },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    // The first offset at which decoding fails: decode ever longer prefixes of whole lines.
    let good = 0;
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at + 1));
        good = at + 1;
      } catch {
        break;
      }
    }
    return {
      problem: {
        line: lineAt(bytes, good),
        message: 'not UTF-8 text',
        fix: 'save the file as UTF-8 (a GBK or GB18030 text: iconv -f GB18030 -t UTF-8 file > file.utf8.txt)',
      },
    };
  }
}

/** `decodeText` of a file on disk; a folder is a problem too. */
export function readTextFile(path: string): { text: string } | { problem: TextFileProblem } {
  if (statSync(path).isDirectory())
    return { problem: { line: 1, message: 'a folder, not a file', fix: 'give the path of the text file' } };
  return decodeText(readFileSync(path));
}
