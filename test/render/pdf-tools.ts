import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool on the PDF bytes and returns its output. */
function poppler(tool: string, bytes: Uint8Array, args: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'ruqsat-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args.map((arg) => (arg === '{file}' ? file : arg))], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Returns the text of every page in reading order; pdftotext ends each page with a form feed. */
export function pageTexts(bytes: Uint8Array): string[] {
  return poppler('pdftotext', bytes, ['-layout', '{file}', '-']).split('\f').slice(0, -1);
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

/** Lists the fonts that `pdffonts` reports, with their embedded flag. */
export function pdfFonts(bytes: Uint8Array): FontRow[] {
  const lines = poppler('pdffonts', bytes, ['{file}']).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // Columns end with: emb sub uni object-id generation.
    return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
  });
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of poppler('pdfinfo', bytes, ['-isodates', '{file}']).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

/** Returns the words of a page with their boxes, from `pdftotext -bbox`, in points. */
export function wordBoxes(bytes: Uint8Array, page: number): { word: string; height: number; top: number }[] {
  const html = poppler('pdftotext', bytes, ['-bbox', '-f', String(page), '-l', String(page), '{file}', '-']);
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    word: match[3] ?? '',
    top: Number(match[1]),
    height: Number(match[2]) - Number(match[1]),
  }));
}
