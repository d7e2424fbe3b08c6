import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkup, toDocx, type MarkupDocument } from '../../src/render/index.js';
import { bodyParagraphs, elements, textOf, unpackDocx, wellFormednessFault, type UnpackedDocx } from './docx-xml.js';
import { KAZAKH_LETTERS, loadStyle, sampleDocument, sampleMeta, TABLE_ROWS } from './fixtures.js';

const style = loadStyle();
const meta = sampleMeta();

let bytes: Buffer;
let docx: UnpackedDocx;
let documentXml: string;

beforeAll(async () => {
  bytes = await toDocx(sampleDocument(), style, meta);
  docx = await unpackDocx(bytes);
  documentXml = await docx.part('word/document.xml');
});

function parse(markup: string): MarkupDocument {
  const { document, problems } = parseMarkup(markup);
  if (document === undefined) throw new Error(JSON.stringify(problems));
  return document;
}

describe('toDocx content', () => {
  it('keeps Russian and Kazakh text with «», № and every Kazakh letter', () => {
    const text = textOf(documentXml);
    expect(text).toContain(`Буквы: ${KAZAKH_LETTERS}`);
    expect(text).toContain('РАЗРЕШЕНИЕ № 17-0042');
    expect(text).toContain('Выдано ТОО "Қазақ Құрылыс" («Қазақ Құрылыс»), БИН 170340012345.');
    expect(text).toContain('Әбілқасымова Ғалия Нұрланқызы');
    expect(text).toContain(`знаки <> 'кавычки' = \`.`);
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#x27);/);
  });

  it('writes a line break as w:br inside one paragraph', () => {
    const address = bodyParagraphs(documentXml).find((paragraph) => paragraph.text.startsWith('Адрес'));
    expect(address?.text).toBe('Адрес: г. Алматы\nул. Абая, 1, кв. 5');
    expect(address?.xml).toMatch(/г\. Алматы<\/w:t><\/w:r><w:r><w:rPr>.*?<\/w:rPr><w:br\/><\/w:r><w:r>.*?ул\. Абая/);
  });

  it('keeps the blocks in markup order', () => {
    const text = textOf(documentXml);
    const anchors = ['РАЗРЕШЕНИЕ', 'Адрес', 'Перечень документов', 'Заявление', 'Основания отказа', 'Неполный пакет', 'Первый пункт', 'Наименование документа', `Документ ${TABLE_ROWS} конец`, 'Левая колонка', 'Руководитель управления', 'Ә. Ғ. Қасымов', 'М.П.', 'Последняя страница'];
    const positions = anchors.map((anchor) => text.indexOf(anchor));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sets Times New Roman in all four font slots of every run', () => {
    const runs = elements(documentXml.slice(documentXml.indexOf('<w:body>')), 'w:r');
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) {
      expect(run).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>');
    }
  });

  it('sets the default fonts, size and language in styles.xml', async () => {
    const styles = await docx.part('word/styles.xml');
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('w:cs="Times New Roman"');
    expect(defaults).toContain('w:eastAsia="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="ru-RU"/>');
  });

  it('writes first-line indent of 1.25 cm', () => {
    const first = bodyParagraphs(documentXml).find((paragraph) => paragraph.text.startsWith('Выдано'));
    expect(first?.xml).toContain('<w:ind w:firstLine="709"/>');
  });

  it('writes A4 page with house margins', () => {
    const section = documentXml.slice(documentXml.lastIndexOf('<w:sectPr'));
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(section).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('restarts numbering at 1 in every <ol>', async () => {
    const numbering = await docx.part('word/numbering.xml');
    const listIds = [...documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]);
    const [first, second, bullets] = [...new Set(listIds)];
    expect(listIds).toEqual([first, first, first, second, second, bullets, bullets]);

    const abstractOf = (numId: string | undefined): string => new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1] ?? '';
    expect(abstractOf(first)).not.toBe(abstractOf(second));
    for (const numId of [first, second]) {
      const abstract = elements(numbering, 'w:abstractNum').find((xml) => xml.includes(`w:abstractNumId="${abstractOf(numId)}"`)) ?? '';
      expect(abstract).toContain('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>');
      expect(numbering).toContain(`<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractOf(numId)}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`);
    }
    const bulletAbstract = elements(numbering, 'w:abstractNum').find((xml) => xml.includes(`w:abstractNumId="${abstractOf(bullets)}"`)) ?? '';
    expect(bulletAbstract).toContain('<w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>');
  });

  it('marks only first row as header', () => {
    const [table] = elements(documentXml, 'w:tbl');
    const rows = elements(table ?? '', 'w:tr');
    expect(rows).toHaveLength(TABLE_ROWS + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('tblHeader'))).toBe(false);
    expect(documentXml.match(/<w:tblHeader/g)).toHaveLength(1);
  });

  it('keeps table rows whole', () => {
    const [table] = elements(documentXml, 'w:tbl');
    const rows = elements(table ?? '', 'w:tr');
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('writes column widths from percent', () => {
    const [table] = elements(documentXml, 'w:tbl');
    expect(table).toContain('<w:gridCol w:w="748"/><w:gridCol w:w="5800"/><w:gridCol w:w="2807"/>');
  });

  it('writes colspan as a grid span', () => {
    const [, second] = elements(documentXml, 'w:tbl');
    expect(second).toContain('<w:gridSpan w:val="2"/>');
  });

  it('puts the page label fields and the provenance line in the footer', async () => {
    const footer = await docx.part('word/footer1.xml');
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
    expect(textOf(footer)).toBe(`Страница  из ${meta.footer}`);
    expect(footer).toContain('<w:sz w:val="16"/>');
  });

  it('writes the Kazakh page label and stamp label for a Kazakh document', async () => {
    const kazakh = await unpackDocx(await toDocx(sampleDocument(), style, sampleMeta('kk')));
    expect(textOf(await kazakh.part('word/footer1.xml'))).toContain('Бет  / ');
    expect(textOf(await kazakh.part('word/document.xml'))).toContain('М.О.');
  });
});

describe('toDocx properties and determinism', () => {
  it('writes title, creator and fixed dates into core.xml', async () => {
    const core = await docx.part('docProps/core.xml');
    expect(core).toContain(`<dc:title>${meta.title}</dc:title>`);
    expect(core).toContain('<dc:creator>ruqsat</dc:creator>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2017-03-14T04:15:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2017-03-14T04:15:00Z</dcterms:modified>');
  });

  it('writes the provenance as custom properties', async () => {
    const custom = await docx.part('docProps/custom.xml');
    for (const [name, value] of Object.entries({
      engineVersion: meta.engineVersion,
      packId: meta.packId,
      packHash: meta.packHash,
      templateHash: meta.templateHash,
      caseId: meta.caseId,
    })) {
      expect(custom).toMatch(new RegExp(`name="${name}"><vt:lpwstr>${value}</vt:lpwstr>`));
    }
  });

  it('dates every zip entry at createdAt and writes no folder entries', () => {
    const entries = Object.values(docx.zip.files);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(entry.dir).toBe(false);
      // DOS time has a two-second resolution and no zone; jszip reads and writes it as UTC.
      expect(entry.date.toISOString()).toBe('2017-03-14T04:15:00.000Z');
    }
  });

  it('gives identical bytes for two renders', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await toDocx(sampleDocument(), style, meta);
    expect(again.equals(bytes)).toBe(true);
  });

  it('restarts numbering in a second document rendered by the same process', async () => {
    const markup = '<document><ol><li>a</li><li>b</li></ol></document>';
    const first = await toDocx(parse(markup), style, meta);
    const second = await toDocx(parse(markup), style, meta);
    expect(second.equals(first)).toBe(true);
  });

  it('times one DOCX render', async () => {
    const document = sampleDocument();
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const started = performance.now();
      await toDocx(document, style, meta);
      times.push(performance.now() - started);
    }
    const median = times.sort((a, b) => a - b)[7] ?? 0;
    console.log(`toDocx: median ${median.toFixed(1)} ms over 15 renders of the sample (${TABLE_ROWS}-row table)`);
    expect(median).toBeLessThan(2000);
  });
});

describe('toDocx edge cases', () => {
  const long = 'Қазақстан Республикасының заңнамасына сәйкес шетелдік жұмыс күшін тарту. '.repeat(21).slice(0, 1500);

  async function tableRowsOf(widths: string): Promise<string[]> {
    const rows = Array.from({ length: 45 }, (_, index) => `<tr><td>${index + 1}</td><td>${index === 20 ? long : 'қысқа'}</td><td>иә</td></tr>`).join('');
    const header = '<tr header="true"><td>№</td><td>Құжат</td><td>Белгі</td></tr>';
    const document = parse(`<document><table widths="${widths}">${header}${rows}</table></document>`);
    const xml = await (await unpackDocx(await toDocx(document, style, meta))).part('word/document.xml');
    return elements(elements(xml, 'w:tbl')[0] ?? '', 'w:tr');
  }

  it('leaves a row that may not fit on a page splittable', async () => {
    // 1 500 characters in a column 30 % wide make about 70 lines at 12 pt: more than a page.
    const rows = await tableRowsOf('10,30,60');
    expect(rows[21]).not.toContain('cantSplit');
    expect(rows.filter((row) => row.includes('<w:cantSplit/>'))).toHaveLength(45);
    expect(rows.filter((row) => row.includes('tblHeader'))).toHaveLength(1);
  });

  it('keeps short row in wide column whole', async () => {
    const rows = await tableRowsOf('5,90,5');
    expect(rows[21]).toContain('<w:cantSplit/>');
  });

  it('writes rowspan as a vertical merge', async () => {
    const document = parse('<document><table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table></document>');
    const xml = await (await unpackDocx(await toDocx(document, style, meta))).part('word/document.xml');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
  });

  it('starts the block after <pagebreak/> on a new page', () => {
    const paragraph = bodyParagraphs(documentXml).find((candidate) => candidate.text.startsWith('Последняя страница'));
    expect(paragraph?.xml).toContain('<w:pageBreakBefore/>');
  });

  it('has a well-formedness check that catches broken XML', () => {
    expect(wellFormednessFault('<a><b></a>')).toBe('</a> closes <b>');
    expect(wellFormednessFault('<a>x & y</a>')).toMatch(/^bare &/);
    expect(wellFormednessFault('<a/><b/>')).toBe('2 root elements');
  });

  it('writes well-formed XML in every part', async () => {
    const names = Object.keys(docx.zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(names).toContain('word/document.xml');
    for (const name of names) expect(wellFormednessFault(await docx.part(name)), name).toBeUndefined();
  });

  it('writes no character that XML forbids', async () => {
    const document = parse('<document><p>a\u0001b\u000Bc</p><signature role="x\u0002" name="y"/></document>');
    const unpacked = await unpackDocx(await toDocx(document, style, meta));
    for (const name of Object.keys(unpacked.zip.files).filter((entry) => entry.endsWith('.xml'))) {
      expect(await unpacked.part(name), name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
  });
});

const hasLibreOffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim() !== '';

describe('LibreOffice round trip', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ruqsat-docx-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.skipIf(!hasLibreOffice)('converts the DOCX to PDF headless (skipped when LibreOffice is not installed)', () => {
    const input = join(folder, 'permit.docx');
    writeFileSync(input, bytes);
    execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, input], { timeout: 120_000 });
    expect(readdirSync(folder)).toContain('permit.pdf');
  });

});
