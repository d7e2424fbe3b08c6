import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { docxText } from '../../src/bundle/text.js';

/** Extracts the text of a PDF with poppler's pdftotext in content-stream order. */
export function pdfText(bytes: Buffer): string {
  return pdfRawText(bytes).replace(/-\n/g, '-');
}

/** Runs pdftotext; a word broken after a hyphen at a line end is joined back by pdfText. */
function pdfRawText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ruqsat-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lists the fonts of a PDF with pdffonts: name and whether it is embedded. */
export function pdfFonts(bytes: Buffer): { name: string; embedded: boolean }[] {
  const dir = mkdtempSync(join(tmpdir(), 'ruqsat-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    return lines.map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Collapses all whitespace so that text from different layouts can be compared. pdftotext may put
 * a space after an opening bracket on a justified line, so that space is dropped too.
 */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\( /g, '(').trim();
}

/** Provenance lines (engine version, hashes, page numbers) are left out of sample comparisons. */
export function withoutProvenance(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^ruqsat \d/.test(line.trim()) && !/^(Страница \d+ из \d+|Бет \d+ \/ \d+)$/.test(line.trim()))
    .join('\n');
}
