import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkup, type Block, type InlineNode, type MarkupProblem } from '../../src/render/index.js';
import { KAZAKH_LETTERS, sampleDocument, sampleMarkup, TABLE_ROWS } from './fixtures.js';

function problemsOf(markup: string): MarkupProblem[] {
  const result = parseMarkup(markup);
  expect(result.document).toBeUndefined();
  return result.problems;
}

function onlyBlock(markup: string): Block {
  const { document, problems } = parseMarkup(`<document>${markup}</document>`);
  expect(problems).toEqual([]);
  expect(document?.blocks).toHaveLength(1);
  return document!.blocks[0]!;
}

function inlineOf(markup: string): InlineNode[] {
  const block = onlyBlock(`<p>${markup}</p>`);
  if (block.type !== 'paragraph') throw new Error(`expected a paragraph, got ${block.type}`);
  return block.children;
}

describe('parseMarkup on valid markup', () => {
  it('parses the sample permit without problems', () => {
    const { document, problems } = parseMarkup(sampleMarkup());
    expect(problems).toEqual([]);
    expect(document?.blocks.map((block) => block.type)).toEqual([
      'heading', 'heading', 'heading',
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph',
      'heading', 'list', 'paragraph', 'list', 'list',
      'table', 'table', 'signature', 'stamp', 'pagebreak', 'paragraph',
    ]);
  });

  it('keeps the rows, header flag and widths of a table', () => {
    const table = sampleDocument().blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(TABLE_ROWS + 1);
    expect(table.rows.map((row) => row.header).filter(Boolean)).toHaveLength(1);
    expect(table.rows[0]?.header).toBe(true);
    expect(table.widths).toEqual([8, 62, 30]);
    expect(table.border).toBe('all');
    expect(table.rows[1]?.cells[0]).toMatchObject({ colspan: 1, rowspan: 1, align: 'center' });
  });

  it('turns <br/> into a break between two texts', () => {
    expect(inlineOf('г. Алматы<br/>ул. Абая, 1')).toEqual([
      { type: 'text', text: 'г. Алматы' },
      { type: 'break' },
      { type: 'text', text: 'ул. Абая, 1' },
    ]);
  });

  it('accepts <br> and <br /> as well', () => {
    expect(inlineOf('a<br>b<br />c').filter((node) => node.type === 'break')).toHaveLength(2);
  });

  it('collapses whitespace as HTML does, across emphasis', () => {
    expect(inlineOf('\n    Выдано   ТОО\t<b> «Құрылыс» </b>  <i>\n</i> сегодня  \n')).toEqual([
      { type: 'text', text: 'Выдано ТОО ' },
      { type: 'bold', children: [{ type: 'text', text: '«Құрылыс» ' }] },
      { type: 'text', text: 'сегодня' },
    ]);
  });

  it('drops spaces around a line break and keeps non-breaking spaces', () => {
    expect(inlineOf('a  <br/>  b&nbsp;c')).toEqual([
      { type: 'text', text: 'a' },
      { type: 'break' },
      { type: 'text', text: 'b\u00a0c' },
    ]);
  });

  it('decodes the entities Handlebars writes', () => {
    expect(inlineOf('&lt;&gt;&amp;&quot;&#x27;&#x3D;&#x60;&apos;&#1178;&#x4D8;')).toEqual([{ type: 'text', text: `<>&"'=\`'ҚӘ` }]);
  });

  it('removes characters XML does not allow, without a problem', () => {
    const text = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\uD800i\uFFFEj&#1;k\tl';
    expect(inlineOf(text)).toEqual([{ type: 'text', text: 'abcdefghijk l' }]);
  });

  it('removes control characters from attribute values too', () => {
    const block = onlyBlock('<signature role="Руководитель\u000B" name="Ә.\u0001 Қасымов"/>');
    expect(block).toEqual({ type: 'signature', role: 'Руководитель', name: 'Ә. Қасымов' });
  });

  it('keeps characters beyond the BMP', () => {
    expect(inlineOf('₸ 😀')).toEqual([{ type: 'text', text: '₸ 😀' }]);
  });

  it('wraps inline cell content in one paragraph', () => {
    const block = onlyBlock('<table><tr><td align="right">1 <b>2</b></td></tr></table>');
    if (block.type !== 'table') throw new Error('no table');
    expect(block.rows[0]?.cells[0]?.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '1 ' }, { type: 'bold', children: [{ type: 'text', text: '2' }] }] },
    ]);
  });

  it('accepts colspan and rowspan that fill the grid', () => {
    const block = onlyBlock(`<table widths="20,30,50">
      <tr header="true"><td rowspan="2">a</td><td colspan="2">b</td></tr>
      <tr header="true"><td>c</td><td>d</td></tr>
      <tr><td>e</td><td rowspan="2">f</td><td>g</td></tr>
      <tr><td>h</td><td>i</td></tr>
    </table>`);
    expect(block.type).toBe('table');
  });

  it('accepts widths with decimals that sum to 100', () => {
    const block = onlyBlock('<table widths="33.33, 33.33, 33.34"><tr><td>a</td><td>b</td><td>c</td></tr></table>');
    expect(block).toMatchObject({ widths: [33.33, 33.33, 33.34] });
  });

  it('reads every paragraph attribute', () => {
    expect(onlyBlock('<p align="center" indent="none" size="small" keep="next">x</p>')).toEqual({
      type: 'paragraph',
      align: 'center',
      indent: 'none',
      size: 'small',
      keepWithNext: true,
      children: [{ type: 'text', text: 'x' }],
    });
  });

  it('keeps every Kazakh letter', () => {
    expect(inlineOf(KAZAKH_LETTERS)).toEqual([{ type: 'text', text: KAZAKH_LETTERS }]);
  });
});

interface ProblemCase {
  name: string;
  markup: string;
  expected: Partial<MarkupProblem>[];
}

const PROBLEM_CASES: ProblemCase[] = [
  {
    name: 'unknown element',
    markup: '<document>\n  <blink>x</blink>\n</document>',
    expected: [{ code: 'markup.unknown-element', line: 2, column: 3, params: expect.objectContaining({ element: 'blink' }) as never }],
  },
  {
    name: 'upper-case element name',
    markup: '<document><P>x</P></document>',
    expected: [{ code: 'markup.unknown-element', line: 1, column: 11 }],
  },
  {
    name: 'unknown attribute',
    markup: '<document>\n<p colour="red">x</p>\n</document>',
    expected: [{ code: 'markup.unknown-attribute', line: 2, column: 4, params: { element: 'p', attribute: 'colour', allowed: 'align, indent, size, keep' } }],
  },
  {
    name: 'invalid attribute value',
    markup: '<document><h1 align="middle">x</h1></document>',
    expected: [{ code: 'markup.invalid-attribute-value', line: 1, column: 15, params: { element: 'h1', attribute: 'align', value: 'middle', allowed: 'left, center, right, justify' } }],
  },
  {
    name: 'colspan that is not a number',
    markup: '<document><table><tr><td colspan="two">x</td></tr></table></document>',
    expected: [{ code: 'markup.invalid-attribute-value', line: 1, column: 26 }],
  },
  {
    name: 'unclosed element',
    markup: '<document>\n<p>text\n</document>',
    expected: [{ code: 'markup.unclosed-element', line: 2, column: 1, params: { element: 'p' } }],
  },
  {
    name: 'mismatched closing tag',
    markup: '<document><p><b>x</i></b></p></document>',
    expected: [{ code: 'markup.mismatched-closing-tag', line: 1, column: 18, params: { element: 'i', expected: 'b' } }],
  },
  {
    name: 'closing tag with nothing open',
    markup: '</p><document></document>',
    expected: [{ code: 'markup.unexpected-closing-tag', line: 1, column: 1, params: { element: 'p' } }],
  },
  {
    name: 'text outside a block',
    markup: '<document>\n  Hello\n</document>',
    expected: [{ code: 'markup.text-outside-block', line: 2, column: 3, params: { parent: 'document', text: 'Hello' } }],
  },
  {
    name: 'text outside the document',
    markup: 'Привет<document></document>',
    expected: [{ code: 'markup.text-outside-document', line: 1, column: 1 }],
  },
  {
    name: 'td outside tr',
    markup: '<document><table>\n<td>x</td></table></document>',
    expected: [{ code: 'markup.misplaced-element', line: 2, column: 1, params: { element: 'td', parent: 'table', allowedParents: 'tr' } }],
  },
  {
    name: 'li outside a list',
    markup: '<document><li>x</li></document>',
    expected: [{ code: 'markup.misplaced-element', line: 1, column: 11, params: { element: 'li', parent: 'document', allowedParents: 'ol, ul' } }],
  },
  {
    name: 'paragraph inside a paragraph',
    markup: '<document><p>a<p>b</p></p></document>',
    expected: [{ code: 'markup.misplaced-element', line: 1, column: 15 }],
  },
  {
    name: 'table inside a cell',
    markup: '<document><table><tr><td><table><tr><td>x</td></tr></table></td></tr></table></document>',
    expected: [{ code: 'markup.misplaced-element', line: 1, column: 26 }],
  },
  {
    name: 'fewer widths than columns',
    markup: '<document><table widths="50,50"><tr><td>a</td><td>b</td><td>c</td></tr></table></document>',
    expected: [{ code: 'markup.widths-count', line: 1, column: 18, params: { count: 2, columns: 3 } }],
  },
  {
    name: 'widths that do not sum to 100',
    markup: '<document><table widths="30,60"><tr><td>a</td><td>b</td></tr></table></document>',
    expected: [{ code: 'markup.widths-sum', line: 1, column: 18, params: { value: '30,60', sum: 90 } }],
  },
  {
    name: 'widths that are not numbers',
    markup: '<document><table widths="30%,70%"><tr><td>a</td><td>b</td></tr></table></document>',
    expected: [{ code: 'markup.invalid-widths', line: 1, column: 18 }],
  },
  {
    name: 'row narrower than the first',
    markup: '<document><table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td></tr>\n</table></document>',
    expected: [{ code: 'markup.row-width-mismatch', line: 3, column: 1, params: { row: 2, width: 1, columns: 2 } }],
  },
  {
    name: 'rowspan past the last row',
    markup: '<document><table><tr><td rowspan="3">a</td><td>b</td></tr><tr><td>c</td></tr></table></document>',
    expected: [{ code: 'markup.rowspan-overflow', line: 1, column: 22, params: { rowspan: 3, rows: 2 } }],
  },
  {
    name: 'rowspan from header into body',
    markup: '<document><table><tr header="true"><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table></document>',
    expected: [{ code: 'markup.rowspan-crosses-header', line: 1, column: 36 }],
  },
  {
    name: 'header row after a body row',
    markup: '<document><table><tr><td>a</td></tr>\n<tr header="true"><td>b</td></tr></table></document>',
    expected: [{ code: 'markup.header-row-position', line: 2, column: 1 }],
  },
  {
    name: 'empty table and empty row',
    markup: '<document><table></table><table><tr></tr></table></document>',
    expected: [
      { code: 'markup.empty-element', line: 1, column: 11, params: { element: 'table' } },
      { code: 'markup.empty-element', line: 1, column: 33, params: { element: 'tr' } },
    ],
  },
  {
    name: 'cell mixing paragraphs and text',
    markup: '<document><table><tr><td>a<p>b</p></td></tr></table></document>',
    expected: [{ code: 'markup.mixed-cell-content', line: 1, column: 26 }],
  },
  {
    name: 'unknown named entity',
    markup: '<document><p>a &mdash; b</p></document>',
    expected: [{ code: 'markup.unknown-entity', line: 1, column: 16, params: { entity: '&mdash;' } }],
  },
  {
    name: 'bare ampersand',
    markup: '<document><p>ТОО A & B</p></document>',
    expected: [{ code: 'markup.invalid-entity', line: 1, column: 20 }],
  },
  {
    name: 'numeric reference to a surrogate',
    markup: '<document><p>&#xD800;</p></document>',
    expected: [{ code: 'markup.invalid-entity', line: 1, column: 14 }],
  },
  {
    name: 'less-than sign that starts no tag',
    markup: '<document><p>1 < 2</p></document>',
    expected: [{ code: 'markup.invalid-tag', line: 1, column: 16 }],
  },
  {
    name: 'missing document',
    markup: '',
    expected: [{ code: 'markup.missing-document', line: 1, column: 1 }],
  },
  {
    name: 'two documents',
    markup: '<document></document>\n<document></document>',
    expected: [{ code: 'markup.duplicate-document', line: 2, column: 1 }],
  },
  {
    name: 'element outside the document',
    markup: '<p>x</p><document></document>',
    expected: [{ code: 'markup.outside-document', line: 1, column: 1 }],
  },
  {
    name: 'signature without name',
    markup: '<document><signature role="Директор"/></document>',
    expected: [{ code: 'markup.missing-attribute', line: 1, column: 11, params: { element: 'signature', attribute: 'name' } }],
  },
  {
    name: 'unquoted attribute value',
    markup: '<document><p align=center>x</p></document>',
    expected: [{ code: 'markup.unquoted-attribute-value', line: 1, column: 20 }],
  },
  {
    name: 'attribute without a value',
    markup: '<document><p keep>x</p></document>',
    expected: [{ code: 'markup.attribute-without-value', line: 1, column: 14 }],
  },
  {
    name: 'duplicate attribute',
    markup: '<document><p align="left" align="right">x</p></document>',
    expected: [{ code: 'markup.duplicate-attribute', line: 1, column: 27 }],
  },
  {
    name: 'attribute value without closing quote',
    markup: '<document><p align="left>x</p></document>',
    expected: [{ code: 'markup.unterminated-attribute-value', line: 1, column: 20 }],
  },
  {
    name: 'self-closed paragraph',
    markup: '<document><p/></document>',
    expected: [{ code: 'markup.self-closing-element', line: 1, column: 11 }],
  },
  {
    name: 'closing tag of a void element',
    markup: '<document><p>a<br></br>b</p></document>',
    expected: [{ code: 'markup.mismatched-closing-tag', line: 1, column: 19, params: { element: 'br', expected: 'p' } }],
  },
  {
    name: 'column counted in code points after Kazakh letters, CRLF lines and an emoji',
    markup: '<document>\r\n<p>Қазақ 😀 <x/></p>\r\n</document>',
    expected: [{ code: 'markup.unknown-element', line: 2, column: 12 }],
  },
];

describe('parseMarkup problems', () => {
  it.each(PROBLEM_CASES)('$name', ({ markup, expected }) => {
    const problems = problemsOf(markup);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((problem, index) => expect(problems[index]).toMatchObject(problem));
  });

  it('reports every problem of a markup, sorted by position', () => {
    const problems = problemsOf('<document>\n<blink/>\n<p align="up">x</p>\n<table widths="10"><tr><td>a</td><td>b</td></tr></table>\n</document>');
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['markup.unknown-element', 2],
      ['markup.invalid-attribute-value', 3],
      ['markup.widths-count', 4],
      ['markup.widths-sum', 4],
    ]);
  });
});

describe('markup messages', () => {
  const languages = ['ru', 'kk', 'en'] as const;
  const catalogues = Object.fromEntries(
    languages.map((lang) => [lang, JSON.parse(readFileSync(new URL(`../../locales/${lang}/markup.json`, import.meta.url), 'utf8')) as Record<string, string>]),
  );

  it.each(PROBLEM_CASES.flatMap((testCase) => testCase.expected.map((problem) => problem.code!)))('%s has a message in every language', (code) => {
    for (const lang of languages) expect(catalogues[lang]?.[code], `${lang}: ${code}`).toBeTypeOf('string');
  });

  it('names the same placeholders in every language', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
    for (const [code, text] of Object.entries(catalogues.ru!)) {
      expect(placeholders(catalogues.kk?.[code] ?? ''), `kk: ${code}`).toEqual(placeholders(text));
      expect(placeholders(catalogues.en?.[code] ?? ''), `en: ${code}`).toEqual(placeholders(text));
    }
  });
});

describe('parseMarkup speed', () => {
  it('parses a 1 MB markup in well under a second', () => {
    const row = '<tr><td align="center">1</td><td>Копия паспорта &quot;Қазақ&quot; <b>№ 1</b><br/>вторая строка</td><td>Құжат қабылданды</td></tr>\n';
    const markup = `<document><table widths="10,60,30">\n${row.repeat(Math.ceil(1_000_000 / row.length))}</table></document>`;
    const started = performance.now();
    const { problems } = parseMarkup(markup);
    const elapsed = performance.now() - started;
    expect(problems).toEqual([]);
    console.log(`parseMarkup: ${(markup.length / 1e6).toFixed(2)} MB in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
  });
});
