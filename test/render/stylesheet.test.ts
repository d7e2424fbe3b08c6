import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStylesheet } from '../../src/render/index.js';
import { STYLESHEET_FILE } from './fixtures.js';

const folder = mkdtempSync(join(tmpdir(), 'ruqsat-style-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const original = JSON.parse(readFileSync(STYLESHEET_FILE, 'utf8')) as Record<string, any>;

function writeStyle(name: string, data: unknown): string {
  const file = join(folder, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
}

function variant(change: (style: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(original);
  change(copy);
  return copy;
}

/**
 * Builds a TrueType file that contains only a `cmap` table (format 4) for the given BMP
 * characters. The coverage check reads nothing else, so this is enough to test it.
 */
function fontWith(characters: string): Buffer {
  const codes = [...new Set([...characters].map((character) => character.codePointAt(0)!))].sort((a, b) => a - b);
  const segments = [...codes.map((code) => ({ start: code, end: code, delta: (1 - code) & 0xffff })), { start: 0xffff, end: 0xffff, delta: 1 }];
  const count = segments.length;
  const subtable = Buffer.alloc(16 + count * 8);
  subtable.writeUInt16BE(4, 0);
  subtable.writeUInt16BE(subtable.length, 2);
  subtable.writeUInt16BE(count * 2, 6);
  segments.forEach((segment, index) => {
    subtable.writeUInt16BE(segment.end, 14 + index * 2);
    subtable.writeUInt16BE(segment.start, 16 + count * 2 + index * 2);
    subtable.writeUInt16BE(segment.delta, 16 + count * 4 + index * 2);
    subtable.writeUInt16BE(0, 16 + count * 6 + index * 2);
  });
  const cmap = Buffer.concat([Buffer.from([0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12]), subtable]);
  const header = Buffer.alloc(12 + 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(1, 4);
  header.write('cmap', 12, 'latin1');
  header.writeUInt32BE(header.length, 20);
  header.writeUInt32BE(cmap.length, 24);
  return Buffer.concat([header, cmap]);
}

describe('templates/style.json', () => {
  const { value, problems, hash } = loadStylesheet(STYLESHEET_FILE);

  it('loads without problems', () => {
    expect(problems).toEqual([]);
    expect(value).toBeDefined();
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('sets the house page and type sizes', () => {
    expect(value?.page).toEqual({ size: 'A4', margins: { top: '20mm', right: '15mm', bottom: '20mm', left: '30mm' } });
    expect(value?.body).toMatchObject({ size: '14pt', firstLineIndent: '1.25cm', lineSpacing: 1 });
    expect(value?.table.size).toBe('12pt');
    expect(value?.small.size).toBe('10pt');
    expect(value?.footer.size).toBe('8pt');
  });

  it('uses Times New Roman for DOCX and Liberation Serif 2 for PDF', () => {
    expect(value?.fonts.docx).toBe('Times New Roman');
    expect(value?.fonts.pdf.family).toBe('Liberation Serif');
    for (const file of Object.values(value?.fonts.pdf.faces ?? {})) expect(file).toMatch(/\/liberation2\/LiberationSerif-\w+\.ttf$/);
  });
});

describe('loadStylesheet problems', () => {
  it('reports a missing file', () => {
    const result = loadStylesheet(join(folder, 'absent.json'));
    expect(result.value).toBeUndefined();
    expect(result.problems).toMatchObject([{ severity: 'error', code: 'stylesheet.file-not-found' }]);
  });

  it('reports broken JSON with its line', () => {
    const result = loadStylesheet(writeStyle('broken.json', '{\n  "page": {\n    "size": "A4",\n  }\n}'));
    expect(result.problems).toMatchObject([{ code: 'stylesheet.invalid-json', line: 4 }]);
  });

  it('reports schema violations with their JSON Pointers', () => {
    const data = variant((style) => {
      style.page.margins.left = '30 mm';
      style.body.colour = 'black';
      delete style.table.size;
      style.body.align = 'middle';
      style.body.lineSpacing = '1';
    });
    const result = loadStylesheet(writeStyle('schema.json', data));
    const found = result.problems.map((problem) => [problem.code, problem.pointer]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['stylesheet.invalid-format', '/page/margins/left'],
        ['stylesheet.unknown-property', '/body'],
        ['stylesheet.missing-property', '/table'],
        ['stylesheet.invalid-value', '/body/align'],
        ['stylesheet.invalid-type', '/body/lineSpacing'],
      ]),
    );
    expect(result.value).toBeUndefined();
  });

  it('rejects a footer under 8 pt', () => {
    const result = loadStylesheet(writeStyle('footer.json', variant((style) => (style.footer.size = '6pt'))));
    expect(result.problems).toMatchObject([{ code: 'stylesheet.footer-too-small', pointer: '/footer/size', params: { size: '6pt', minimum: '8pt' } }]);
  });

  it('rejects a bottom margin with no room for the footer', () => {
    const result = loadStylesheet(writeStyle('bottom.json', variant((style) => (style.page.margins.bottom = '5mm'))));
    expect(result.problems).toMatchObject([{ code: 'stylesheet.footer-does-not-fit', pointer: '/page/margins/bottom' }]);
  });

  it('rejects margins that leave no room for text', () => {
    const result = loadStylesheet(writeStyle('margins.json', variant((style) => (style.page.margins.left = '150mm'))));
    expect(result.problems).toMatchObject([{ code: 'stylesheet.margins-too-large', pointer: '/page/margins' }]);
  });

  it('rejects signature widths that do not sum to 100', () => {
    const result = loadStylesheet(writeStyle('signature.json', variant((style) => (style.signature.widths = [40, 40, 40]))));
    expect(result.problems).toMatchObject([{ code: 'stylesheet.widths-sum', params: { sum: 120 } }]);
  });

  it('reports a font file that does not exist', () => {
    const result = loadStylesheet(writeStyle('nofont.json', variant((style) => (style.fonts.pdf.faces.bold = '/nonexistent/Serif-Bold.ttf'))));
    expect(result.problems).toMatchObject([{ code: 'stylesheet.font-unreadable', pointer: '/fonts/pdf/faces/bold' }]);
  });

  it('rejects a font without the Kazakh letters, as fonts-liberation 1.07 is', () => {
    writeFileSync(join(folder, 'cyrillic-only.ttf'), fontWith('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяІі«»№'));
    const result = loadStylesheet(writeStyle('kazakh.json', variant((style) => (style.fonts.pdf.faces.italic = 'cyrillic-only.ttf'))));
    expect(result.problems).toMatchObject([
      {
        code: 'stylesheet.font-missing-characters',
        pointer: '/fonts/pdf/faces/italic',
        params: { path: join(folder, 'cyrillic-only.ttf'), characters: 'Ә Ғ Қ Ң Ө Ұ Ү Һ ә ғ қ ң ө ұ ү һ' },
      },
    ]);
  });

  it('accepts a font with every required letter, found relative to the stylesheet', () => {
    writeFileSync(join(folder, 'full.ttf'), fontWith('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘҒҚҢӨҰҮҺІәғқңөұүһі«»№'));
    const result = loadStylesheet(writeStyle('relative.json', variant((style) => (style.fonts.pdf.faces.italic = 'full.ttf'))));
    expect(result.problems).toEqual([]);
    expect(result.value?.fonts.pdf.faces.italic).toBe(join(folder, 'full.ttf'));
  });
});
