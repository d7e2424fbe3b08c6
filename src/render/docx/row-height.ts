import { toPoints } from '../stylesheet/units.js';
import type { InlineNode, TableRow } from '../types.js';
import type { DocxContext } from './context.js';

/** Average advance of a Times-like glyph in Cyrillic or Latin text, as a fraction of the font size. */
const AVERAGE_CHARACTER_WIDTH_EM = 0.5;
/** Rows estimated taller than this share of the text block may split across pages. */
const UNSPLITTABLE_SHARE_OF_PAGE = 0.5;
const SINGLE_LINE_HEIGHT_EM = 1.15;

/**
 * Decides whether a row may be marked "can't split". Word never splits such a row, even when it is
 * taller than a page, and then cuts it off; so a row estimated to fill more than half of the
 * text block is left splittable.
 * NOTE: the height is an estimate from character counts, not a layout; a row of very wide glyphs
 * may still come out taller than estimated.
 */
export function fitsUnsplit(row: TableRow, cellWidths: number[], context: DocxContext): boolean {
  const limitPt = (context.textHeight / 20) * UNSPLITTABLE_SHARE_OF_PAGE;
  return estimateRowHeight(row, cellWidths, context) <= limitPt;
}

/** Estimated height in points of the tallest single-row cell; `cellWidths` are in twips. */
function estimateRowHeight(row: TableRow, cellWidths: number[], context: DocxContext): number {
  const table = context.style.table;
  const sizePt = toPoints(table.size);
  const paddingPt = 2 * toPoints(table.cellPadding.vertical);
  const lineHeightPt = sizePt * SINGLE_LINE_HEIGHT_EM * table.lineSpacing;

  let tallest = 0;
  row.cells.forEach((cell, index) => {
    if (cell.rowspan > 1) return;
    const widthPt = (cellWidths[index] ?? 0) / 20 - 2 * toPoints(table.cellPadding.horizontal);
    const charactersPerLine = Math.max(1, Math.floor(widthPt / (sizePt * AVERAGE_CHARACTER_WIDTH_EM)));
    const lines = cell.blocks.reduce((total, paragraph) => total + countLines(paragraph.children, charactersPerLine), 0);
    tallest = Math.max(tallest, lines * lineHeightPt + paddingPt);
  });
  return tallest;
}

function countLines(nodes: InlineNode[], charactersPerLine: number): number {
  const segments = [0];
  collectSegments(nodes, segments);
  return segments.reduce((total, length) => total + Math.max(1, Math.ceil(length / charactersPerLine)), 0);
}

/** Adds text lengths to the last segment; a line break starts a new one. */
function collectSegments(nodes: InlineNode[], segments: number[]): void {
  for (const node of nodes) {
    if (node.type === 'text') segments[segments.length - 1] = (segments[segments.length - 1] ?? 0) + node.text.length;
    else if (node.type === 'break') segments.push(0);
    else collectSegments(node.children, segments);
  }
}
