import type { Stylesheet } from '../stylesheet/types.js';
import type { Block, DocumentMeta, InlineNode, List, Paragraph, Signature, Table, TableCell } from '../types.js';
import { escapeHtml } from './escape.js';

const INLINE_TAGS = { bold: 'b', italic: 'i', underline: 'u' } as const;

export function inlineHtml(nodes: InlineNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') html += escapeHtml(node.text);
    else if (node.type === 'break') html += '<br>';
    else html += `<${INLINE_TAGS[node.type]}>${inlineHtml(node.children)}</${INLINE_TAGS[node.type]}>`;
  }
  return html;
}

export function blockHtml(block: Block, style: Stylesheet, meta: DocumentMeta): string {
  switch (block.type) {
    case 'heading': {
      const align = block.align === undefined ? '' : ` class="align-${block.align}"`;
      return `<h${block.level}${align}>${inlineHtml(block.children)}</h${block.level}>`;
    }
    case 'paragraph':
      return paragraphHtml(block);
    case 'table':
      return tableHtml(block);
    case 'list':
      return listHtml(block);
    case 'signature':
      return signatureHtml(block);
    case 'stamp':
      return `<p class="stamp">${escapeHtml(style.stamp.label[meta.lang])}</p>`;
    case 'pagebreak':
      return '<div class="page-break"></div>';
  }
}

function paragraphHtml(paragraph: Paragraph): string {
  const classes: string[] = [];
  if (paragraph.indent !== undefined) classes.push(`indent-${paragraph.indent}`);
  if (paragraph.size === 'small') classes.push('small');
  if (paragraph.keepWithNext === true) classes.push('keep-next');
  if (paragraph.align !== undefined) classes.push(`align-${paragraph.align}`);
  const classAttribute = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  // An empty paragraph keeps its line, as an empty paragraph does in Word.
  const content = paragraph.children.length > 0 ? inlineHtml(paragraph.children) : '<br>';
  return `<p${classAttribute}>${content}</p>`;
}

/** Header rows form the `thead`, which the parser guarantees are the leading rows. */
function tableHtml(table: Table): string {
  const columns = table.widths === undefined ? '' : `<colgroup>${table.widths.map((width) => `<col style="width:${width}%">`).join('')}</colgroup>`;
  const header = table.rows.filter((row) => row.header);
  const body = table.rows.filter((row) => !row.header);
  const rowsHtml = (rows: typeof table.rows): string => rows.map((row) => `<tr>${row.cells.map(cellHtml).join('')}</tr>`).join('\n');

  const parts = [`<table class="grid border-${table.border}">`, columns];
  if (header.length > 0) parts.push(`<thead>\n${rowsHtml(header)}\n</thead>`);
  if (body.length > 0) parts.push(`<tbody>\n${rowsHtml(body)}\n</tbody>`);
  parts.push('</table>');
  return parts.join('\n');
}

function cellHtml(cell: TableCell): string {
  const attributes: string[] = [];
  if (cell.colspan > 1) attributes.push(`colspan="${cell.colspan}"`);
  if (cell.rowspan > 1) attributes.push(`rowspan="${cell.rowspan}"`);
  if (cell.align !== undefined) attributes.push(`class="align-${cell.align}"`);
  const attributeText = attributes.length > 0 ? ` ${attributes.join(' ')}` : '';
  return `<td${attributeText}>${cell.blocks.map(paragraphHtml).join('')}</td>`;
}

function listHtml(list: List): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const items = list.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n');
  return `<${tag}>\n${items}\n</${tag}>`;
}

function signatureHtml(signature: Signature): string {
  return `<table class="signature"><tr><td class="role">${escapeHtml(signature.role)}</td><td class="rule"></td><td class="name">${escapeHtml(signature.name)}</td></tr></table>`;
}
