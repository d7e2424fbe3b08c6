import type { Stylesheet } from '../stylesheet/types.js';
import { A4, toTwips } from '../stylesheet/units.js';
import type { DocumentMeta } from '../types.js';
import { NumberingCollector } from './numbering.js';

/** State shared by the block converters of one document. */
export interface DocxContext {
  style: Stylesheet;
  meta: DocumentMeta;
  numbering: NumberingCollector;
  /** Width of the text block between the left and right margins, in twips. */
  textWidth: number;
  /** Height of the text block between the top and bottom margins, in twips. */
  textHeight: number;
  /** Set by `<pagebreak/>`; the next block starts a new page. */
  pageBreakPending: boolean;
}

const TWIPS_PER_MM = 1440 / 25.4;

export function createContext(style: Stylesheet, meta: DocumentMeta): DocxContext {
  const { top, right, bottom, left } = style.page.margins;
  return {
    style,
    meta,
    numbering: new NumberingCollector(style),
    textWidth: Math.round(A4.widthMm * TWIPS_PER_MM) - toTwips(left) - toTwips(right),
    textHeight: Math.round(A4.heightMm * TWIPS_PER_MM) - toTwips(top) - toTwips(bottom),
    pageBreakPending: false,
  };
}

/** Reads and clears the pending page break, so that only the first block after it gets it. */
export function takePageBreak(context: DocxContext): boolean {
  const pending = context.pageBreakPending;
  context.pageBreakPending = false;
  return pending;
}
