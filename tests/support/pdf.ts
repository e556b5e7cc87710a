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

/** Runs one of poppler's tools on `pdf`, the same tools a reviewer uses by hand. */
function poppler(tool: string, pdf: Buffer, args: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'attune-pdf-')), 'page.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync(tool, [...args, file, ...(tool === 'pdfinfo' ? [] : ['-'])], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${tool} failed (install it with "apt-get install poppler-utils"): ${String(error)}`);
  }
}

/** Reads page count and size with pdfinfo. */
export function pdfInfo(pdf: Buffer): PdfInfo {
  const out = poppler('pdfinfo', pdf);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of the printed pages (or of one, counted from 1), in the order it was laid down, white space made one space. */
export function pdfText(pdf: Buffer, page?: number): string {
  const only = page ? ['-f', String(page), '-l', String(page)] : [];
  return poppler('pdftotext', pdf, ['-raw', ...only]).replace(/\s+/g, ' ');
}

/** The height in points of every word on the pages, as pdftotext boxes them: how large the type printed. */
export function pdfWordHeights(pdf: Buffer): number[] {
  return [...poppler('pdftotext', pdf, ['-bbox']).matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(
    ([, top, bottom]) => Number(bottom) - Number(top),
  );
}
