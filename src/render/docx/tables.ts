import {
  BorderStyle,
  Paragraph as DocxParagraph,
  PageBreak,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ITableBordersOptions,
} from 'docx';
import { toPoints, toTwips } from '../stylesheet/units.js';
import type { Signature, Table, TableRow } from '../types.js';
import { takePageBreak, type DocxContext } from './context.js';
import { ALIGNMENTS, bodyRunStyle, cellParagraph, lineSpacing } from './paragraphs.js';
import { fitsUnsplit } from './row-height.js';
import { textRun } from './runs.js';

/** Border widths in DOCX are eighths of a point. */
function eighthsOfPoint(length: string): number {
  return Math.max(2, Math.round(toPoints(length) * 8));
}

/**
 * Converts a table. Header rows are marked `tableHeader` so Word repeats them. Body rows are not,
 * because a table whose every row is a header row is moved whole to the next page. Rows are
 * `cantSplit` unless they may be taller than a page.
 */
export function convertTable(table: Table, context: DocxContext): (DocxParagraph | DocxTable)[] {
  const columnWidths = columnTwips(table, context.textWidth);
  const cellWidths = cellWidthsByRow(table, columnWidths);
  const rows = table.rows.map((row, rowIndex) => convertRow(row, cellWidths[rowIndex] ?? [], context));
  const docxTable = new DocxTable({
    rows,
    width: { size: context.textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(table.border, context),
    margins: cellMargins(context),
  });
  const { spaceBefore, spaceAfter } = context.style.table;
  return [...pageBreakParagraph(context), spacer(toTwips(spaceBefore)), docxTable, spacer(toTwips(spaceAfter))];
}

function columnTwips(table: Table, textWidth: number): number[] {
  const columns = table.rows[0]?.cells.reduce((total, cell) => total + cell.colspan, 0) ?? 1;
  const percents = table.widths ?? Array.from({ length: columns }, () => 100 / columns);
  const widths = percents.map((percent) => Math.floor((textWidth * percent) / 100));
  const rest = textWidth - widths.reduce((total, width) => total + width, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/**
 * Returns the widths in twips of the cells of every row, placing the cells on the grid as the
 * parser did: a cell starts at the first column that no rowspan from a row above covers.
 */
function cellWidthsByRow(table: Table, columnWidths: number[]): number[][] {
  const covered: Set<number>[] = table.rows.map(() => new Set<number>());
  return table.rows.map((row, rowIndex) => {
    const widths: number[] = [];
    let column = 0;
    for (const cell of row.cells) {
      while (covered[rowIndex]?.has(column)) column++;
      widths.push(columnWidths.slice(column, column + cell.colspan).reduce((total, width) => total + width, 0));
      for (let below = rowIndex + 1; below < Math.min(rowIndex + cell.rowspan, table.rows.length); below++) {
        for (let offset = 0; offset < cell.colspan; offset++) covered[below]?.add(column + offset);
      }
      column += cell.colspan;
    }
    return widths;
  });
}

function convertRow(row: TableRow, cellWidths: number[], context: DocxContext): DocxTableRow {
  const cells = row.cells.map(
    (cell, index) =>
      new DocxTableCell({
        width: { size: cellWidths[index] ?? 0, type: WidthType.DXA },
        ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
        ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
        children: cell.blocks.map((paragraph) => cellParagraph(paragraph, cell.align, context)),
      }),
  );
  // Body rows get no `tblHeader` element at all, not an explicit "off".
  return new DocxTableRow({
    children: cells,
    ...(row.header ? { tableHeader: true } : {}),
    ...(fitsUnsplit(row, cellWidths, context) ? { cantSplit: true } : {}),
  });
}

function tableBorders(border: 'all' | 'none', context: DocxContext): ITableBordersOptions {
  const line =
    border === 'all'
      ? { style: BorderStyle.SINGLE, size: eighthsOfPoint(context.style.table.borderWidth), color: '000000' }
      : { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}

function cellMargins(context: DocxContext): { top: number; bottom: number; left: number; right: number } {
  const { vertical, horizontal } = context.style.table.cellPadding;
  return { top: toTwips(vertical), bottom: toTwips(vertical), left: toTwips(horizontal), right: toTwips(horizontal) };
}

/**
 * Turns a pending `<pagebreak/>` into a paragraph with a page break, because a table cannot carry
 * "page break before". The paragraph's line is 1 pt high, so its mark, which Word moves to the
 * new page, takes no room.
 */
function pageBreakParagraph(context: DocxContext): DocxParagraph[] {
  if (!takePageBreak(context)) return [];
  return [new DocxParagraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, run: { size: 2 }, children: [new PageBreak()] })];
}

/**
 * Builds an empty paragraph exactly `height` twips high (at least 1 pt). Tables have no spacing of
 * their own, and two tables in a row would merge into one. So a spacer goes before and after each
 * table, as the HTML margins do.
 */
function spacer(height: number): DocxParagraph {
  return new DocxParagraph({ spacing: { before: 0, after: 0, line: Math.max(height, 20), lineRule: 'exact' }, run: { size: 2 }, children: [] });
}

/** Converts a signature line: role on the left, a rule to sign on, the name on the right, and no other borders. */
export function convertSignature(signature: Signature, context: DocxContext): (DocxParagraph | DocxTable)[] {
  const style = context.style;
  const widths = columnTwips({ type: 'table', border: 'none', rows: [], widths: style.signature.widths }, context.textWidth);
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const runStyle = bodyRunStyle(context);
  const spacing = { before: toTwips(style.signature.spaceBefore), after: 0, ...lineSpacing(style.body.lineSpacing) };

  const cell = (index: number, text: string, align: 'left' | 'right', bottom: IBorderOptions): DocxTableCell =>
    new DocxTableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.BOTTOM,
      borders: { top: none, left: none, right: none, bottom },
      children: [new DocxParagraph({ alignment: ALIGNMENTS[align], spacing, children: text === '' ? [] : [textRun(text, runStyle)] })],
    });

  const table = new DocxTable({
    rows: [new DocxTableRow({ cantSplit: true, children: [cell(0, signature.role, 'left', none), cell(1, '', 'left', rule), cell(2, signature.name, 'right', none)] })],
    width: { size: context.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders('none', context),
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
  return [...pageBreakParagraph(context), table, spacer(0)];
}
