/**
 * The renderers: markup parsing, the stylesheet, and output as HTML, DOCX and PDF.
 * Every format is made from the same parsed tree, so their content cannot drift apart.
 */
export { parseMarkup } from './markup/parse.js';
export { loadStylesheet, type StylesheetResult } from './stylesheet/load.js';
export type { FontFaces, HeadingStyle, Length, Stylesheet } from './stylesheet/types.js';
export { toHtml } from './html/page.js';
export { toDocx } from './docx/document.js';
export { BrowserPool, type BrowserPoolOptions } from './pdf/browser-pool.js';
export type { PdfMargins, PdfPageOptions } from './pdf/render-page.js';
export { RenderError, type RenderErrorCode } from './pdf/errors.js';
export type { PoolLogger } from './pdf/logger.js';
export { renderPdf } from './pdf/render-pdf.js';
export type {
  Align,
  Block,
  DocumentMeta,
  Heading,
  InlineNode,
  List,
  MarkupDocument,
  MarkupProblem,
  Paragraph,
  Signature,
  Table,
  TableCell,
  TableRow,
} from './types.js';
