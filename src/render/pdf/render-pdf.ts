import { footerTemplate } from '../html/footer.js';
import { toHtml } from '../html/page.js';
import type { Stylesheet } from '../stylesheet/types.js';
import type { DocumentMeta, MarkupDocument } from '../types.js';
import type { BrowserPool } from './browser-pool.js';
import { stampPdf } from './stamp.js';

/**
 * Renders the document to PDF: the HTML of `toHtml` printed by Chromium with the page label and
 * provenance in the footer, then stamped with the document information. Two calls with the same
 * input return identical bytes.
 */
export async function renderPdf(pool: BrowserPool, document: MarkupDocument, style: Stylesheet, meta: DocumentMeta): Promise<Buffer> {
  const html = toHtml(document, style, meta);
  const printed = await pool.pdf(html, { margin: style.page.margins, footerTemplate: footerTemplate(style, meta) });
  return Buffer.from(await stampPdf(printed, meta));
}
