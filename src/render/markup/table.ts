import type { Align, Paragraph, Table, TableCell, TableRow } from '../types.js';
import { readAttributes } from './attributes.js';
import { isBlank, reportStrayText, reportUnexpectedElement } from './context.js';
import { convertInline } from './inline.js';
import { convertParagraph } from './paragraph.js';
import type { ProblemSink } from './text.js';
import type { ElementNode } from './tree.js';

/** Allowed difference between the sum of `widths` and 100, so that `33.33,33.33,33.34` passes. */
const WIDTH_SUM_TOLERANCE = 0.01;

interface PlacedRow {
  row: TableRow;
  node: ElementNode;
}

export function convertTable(node: ElementNode, report: ProblemSink): Table {
  const attributes = readAttributes(node, report);
  const rows = convertRows(node, report);
  if (!hasElementChild(node)) report('markup.empty-element', node.offset, { element: 'table' });

  checkHeaderRowsFirst(rows, report);
  const columns = checkGrid(rows, report);
  const table: Table = {
    type: 'table',
    border: attributes.get('border') === 'none' ? 'none' : 'all',
    rows: rows.map((placed) => placed.row),
  };

  const widths = attributes.get('widths');
  const widthsOffset = node.attributes.find((attribute) => attribute.name === 'widths')?.offset ?? node.offset;
  if (widths !== undefined) {
    const parsed = checkWidths(widths, columns, widthsOffset, report);
    if (parsed !== undefined) table.widths = parsed;
  }
  return table;
}

/**
 * Returns whether the element has a child element. An element whose children were all misplaced
 * was already reported for them, so it is not reported as empty as well.
 */
function hasElementChild(node: ElementNode): boolean {
  return node.children.some((child) => child.kind === 'element');
}

function convertRows(table: ElementNode, report: ProblemSink): PlacedRow[] {
  const rows: PlacedRow[] = [];
  for (const child of table.children) {
    if (child.kind === 'text') {
      if (!isBlank(child)) reportStrayText(child, 'table', report);
    } else if (child.name === 'tr') {
      rows.push({ row: convertRow(child, report), node: child });
    } else {
      reportUnexpectedElement(child, 'table', report);
    }
  }
  return rows;
}

function convertRow(node: ElementNode, report: ProblemSink): TableRow {
  const attributes = readAttributes(node, report);
  const cells: TableCell[] = [];
  for (const child of node.children) {
    if (child.kind === 'text') {
      if (!isBlank(child)) reportStrayText(child, 'tr', report);
    } else if (child.name === 'td') {
      cells.push(convertCell(child, report));
    } else {
      reportUnexpectedElement(child, 'tr', report);
    }
  }
  if (!hasElementChild(node)) report('markup.empty-element', node.offset, { element: 'tr' });
  return { header: attributes.get('header') === 'true', cells };
}

/** Converts a cell. It contains either inline content, wrapped in one paragraph, or `<p>` children, never both. */
function convertCell(node: ElementNode, report: ProblemSink): TableCell {
  const attributes = readAttributes(node, report);
  const cell: TableCell = {
    colspan: Number(attributes.get('colspan') ?? 1),
    rowspan: Number(attributes.get('rowspan') ?? 1),
    blocks: convertCellBlocks(node, report),
  };
  const align = attributes.get('align');
  if (align !== undefined) cell.align = align as Align;
  return cell;
}

function convertCellBlocks(node: ElementNode, report: ProblemSink): Paragraph[] {
  const hasParagraphs = node.children.some((child) => child.kind === 'element' && child.name === 'p');
  if (!hasParagraphs) return [{ type: 'paragraph', children: convertInline(node.children, 'td', report) }];

  const blocks: Paragraph[] = [];
  for (const child of node.children) {
    if (child.kind === 'element' && child.name === 'p') {
      blocks.push(convertParagraph(child, report));
    } else if (child.kind === 'element' || !isBlank(child)) {
      report('markup.mixed-cell-content', child.offset, {});
    }
  }
  return blocks;
}

function checkHeaderRowsFirst(rows: PlacedRow[], report: ProblemSink): void {
  let bodyStarted = false;
  for (const { row, node } of rows) {
    if (!row.header) bodyStarted = true;
    else if (bodyStarted) report('markup.header-row-position', node.offset, {});
  }
}

/**
 * Places every cell on the table grid, honouring colspan and rowspan, and reports rows whose
 * width differs from the first row and spans that run past the last row or out of the header.
 * Returns the number of columns (the width of the first row).
 */
function checkGrid(rows: PlacedRow[], report: ProblemSink): number {
  const occupied: boolean[][] = rows.map(() => []);
  const headerRows = rows.filter((placed) => placed.row.header).length;
  let columns = 0;

  rows.forEach(({ row, node }, rowIndex) => {
    const line = occupied[rowIndex] ?? [];
    const offsets = cellOffsets(node);
    let column = 0;
    row.cells.forEach((cell, cellIndex) => {
      while (line[column]) column++;
      const cellOffset = offsets[cellIndex] ?? node.offset;
      checkRowspan(cell, rowIndex, rows.length, headerRows, cellOffset, report);
      occupy(occupied, rowIndex, column, cell);
      column += cell.colspan;
    });

    const width = line.length;
    if (rowIndex === 0) columns = width;
    else if (width !== columns) report('markup.row-width-mismatch', node.offset, { row: rowIndex + 1, width, columns });
  });
  return columns;
}

function checkRowspan(
  cell: TableCell,
  rowIndex: number,
  rowCount: number,
  headerRows: number,
  offset: number,
  report: ProblemSink,
): void {
  const lastRow = rowIndex + cell.rowspan - 1;
  if (lastRow >= rowCount) {
    report('markup.rowspan-overflow', offset, { rowspan: cell.rowspan, rows: rowCount - rowIndex });
  } else if (rowIndex < headerRows && lastRow >= headerRows) {
    report('markup.rowspan-crosses-header', offset, { rowspan: cell.rowspan });
  }
}

function occupy(occupied: boolean[][], rowIndex: number, column: number, cell: TableCell): void {
  const lastRow = Math.min(rowIndex + cell.rowspan, occupied.length);
  for (let row = rowIndex; row < lastRow; row++) {
    const line = occupied[row] ?? [];
    for (let offset = 0; offset < cell.colspan; offset++) line[column + offset] = true;
  }
}

function cellOffsets(row: ElementNode): number[] {
  return row.children.filter((child) => child.kind === 'element' && child.name === 'td').map((child) => child.offset);
}

function checkWidths(value: string, columns: number, offset: number, report: ProblemSink): number[] | undefined {
  const widths = value.split(',').map((part) => Number(part.trim()));
  let valid = true;
  if (widths.some((width) => width <= 0)) {
    report('markup.invalid-widths', offset, { value });
    valid = false;
  }
  if (columns > 0 && widths.length !== columns) {
    report('markup.widths-count', offset, { count: widths.length, columns });
    valid = false;
  }
  const sum = widths.reduce((total, width) => total + width, 0);
  if (Math.abs(sum - 100) > WIDTH_SUM_TOLERANCE) {
    report('markup.widths-sum', offset, { value, sum: Math.round(sum * 100) / 100 });
    valid = false;
  }
  return valid ? widths : undefined;
}
