import { readFileSync } from 'node:fs';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * A content file's text, or the line of its first character that is not UTF-8. Read leniently, such a file would
 * build and show replacement characters (�) to readers; a byte-order mark is dropped, as editors add one unasked.
 */
export function readContentText(path: string): { text: string } | { badLine: number } {
  const bytes = readFileSync(path);
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    return { badLine: text.slice(0, text.indexOf('\uFFFD')).split('\n').length };
  }
}
