import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfInfo {
  pages: number;
  /** Page width and height in PostScript points (1/72 inch). */
  width: number;
  height: number;
}

/** Reads page count and size with poppler's pdfinfo, the same tool a reviewer uses by hand. */
export function pdfInfo(pdf: Buffer): PdfInfo {
  const file = join(mkdtempSync(join(tmpdir(), 'attune-pdf-')), 'page.pdf');
  writeFileSync(file, pdf);
  let out: string;
  try {
    out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdfinfo failed (install it with "apt-get install poppler-utils"): ${String(error)}`);
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}
