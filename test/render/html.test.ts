import { describe, expect, it } from 'vitest';
import { parseMarkup, toHtml } from '../../src/render/index.js';
import { footerTemplate, pageLabelHtml } from '../../src/render/html/footer.js';
import { KAZAKH_LETTERS, loadStyle, sampleDocument, sampleMeta, TABLE_ROWS } from './fixtures.js';

const style = loadStyle();
const meta = sampleMeta();
const html = toHtml(sampleDocument(), style, meta);

describe('toHtml', () => {
  it('is a standalone page in the document language', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<title>${meta.title}</title>`);
  });

  it('references nothing outside itself', () => {
    const urls = [...html.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url.startsWith('data:font/ttf;base64,'))).toBe(true);
    expect(html).not.toMatch(/\s(?:src|href)=/);
    expect(html).not.toContain('<script');
  });

  it('inlines only the font faces the document uses', () => {
    const faces = [...html.matchAll(/@font-face\{font-family:"Liberation Serif";font-weight:(\d+);font-style:(\w+);/g)].map((match) => `${match[1]} ${match[2]}`);
    expect(faces.sort()).toEqual(['400 normal', '700 italic', '700 normal']);
  });

  it('sets A4 page and house margins', () => {
    expect(html).toContain('@page{size:A4;margin:20mm 15mm 20mm 30mm;}');
  });

  it('sets type sizes from stylesheet', () => {
    expect(html).toContain('font-size:14pt;');
    expect(html).toContain('text-indent:1.25cm;');
    expect(html).toMatch(/table\.grid\{[^}]*font-size:12pt;/);
    expect(html).toContain('p.small{font-size:10pt;}');
  });

  it('puts only the header row into thead and keeps rows from breaking', () => {
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
    expect(head.match(/<tr>/g)).toHaveLength(1);
    expect(head).toContain('Наименование документа');
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
    expect(body.match(/<tr>/g)).toHaveLength(TABLE_ROWS);
    expect(html).toContain('table.grid thead{display:table-header-group;}');
    expect(html).toContain('table.grid tr{break-inside:avoid;}');
    expect(html).toContain('<colgroup><col style="width:8%"><col style="width:62%"><col style="width:30%"></colgroup>');
  });

  it('escapes text and writes line breaks as <br>', () => {
    expect(html).toContain('Адрес: г. Алматы<br>ул. Абая, 1, кв. 5');
    expect(html).toContain('знаки &lt;&gt; \'кавычки\' = `.');
    expect(html).toContain('&quot;Қазақ Құрылыс&quot; («Қазақ Құрылыс»)');
    expect(html).toContain(KAZAKH_LETTERS);
  });

  it('writes two ordered lists and a bullet list', () => {
    expect(html.match(/<ol>/g)).toHaveLength(2);
    expect(html.match(/<ul>/g)).toHaveLength(1);
    expect(html).toContain('ul{list-style-type:"–\u00a0";}');
  });

  it('writes signature as three cells', () => {
    expect(html).toContain('<td class="role">Руководитель управления</td><td class="rule"></td><td class="name">Ә. Ғ. Қасымов</td>');
  });

  it('writes stamp label per language', () => {
    expect(html).toContain('<p class="stamp">М.П.</p>');
    expect(toHtml(sampleDocument(), style, sampleMeta('kk'))).toContain('<p class="stamp">М.О.</p>');
  });

  it('writes page break', () => {
    expect(html).toContain('<div class="page-break"></div>');
  });

  it('shows the provenance line on screen and hides it in print', () => {
    expect(html).toContain(`<footer class="provenance">${meta.footer}</footer>`);
    expect(html).toContain('@media print{.provenance{display:none;}}');
  });

  it('renders an empty paragraph as an empty line', () => {
    const { document } = parseMarkup('<document><p></p></document>');
    expect(toHtml(document!, style, meta)).toContain('<p><br></p>');
  });
});

describe('footerTemplate', () => {
  const footer = footerTemplate(style, meta);

  it('carries its own font, inlined', () => {
    expect(footer).toMatch(/@font-face\{font-family:"Liberation Serif";font-weight:400;font-style:normal;src:url\(data:font\/ttf;base64,/);
    expect(footer).toContain('font-family:"Liberation Serif"');
  });

  it('sets the page number and the provenance line at 8 pt or more', () => {
    expect(footer).toContain('.page-number{font-size:10pt;');
    expect(footer).toContain('.provenance{font-size:8pt;');
    expect(footer).toContain(`<div class="provenance">${meta.footer}</div>`);
  });

  it('turns {page} and {pages} into the spans Chromium fills', () => {
    expect(pageLabelHtml('Страница {page} из {pages}')).toBe('Страница <span class="pageNumber"></span> из <span class="totalPages"></span>');
    expect(pageLabelHtml('Бет {page} / {pages}')).toBe('Бет <span class="pageNumber"></span> / <span class="totalPages"></span>');
    expect(pageLabelHtml('<b>{page}')).toBe('&lt;b&gt;<span class="pageNumber"></span>');
  });
});
