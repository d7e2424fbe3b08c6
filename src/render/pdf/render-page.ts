import type { PDFOptions } from 'puppeteer-core';
import { RenderError } from './errors.js';
import type { PageSlot } from './page-slot.js';

/** Page margins as CSS lengths, e.g. `"20mm"`. */
export interface PdfMargins {
  top: string;
  right: string;
  bottom: string;
  left: string;
}

export interface PdfPageOptions {
  margin: PdfMargins;
  /** Chromium footer template; `pageNumber` and `totalPages` spans are filled per page. */
  footerTemplate?: string;
}

/**
 * Prints `html` to an A4 PDF on a prepared page. `setContent` waits for the load event only, by
 * which time images have loaded or failed. A network-idle wait would cost seconds and never settle
 * without a network. Fonts are awaited through `document.fonts.ready`. Any request the page tried
 * to make fails the render, because a document must not depend on anything outside itself.
 */
export async function printPage(slot: PageSlot, html: string, options: PdfPageOptions, timeoutMs: number): Promise<Uint8Array> {
  slot.blockedUrls.length = 0;
  await slot.page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  rejectExternalRequests(slot);
  await waitForFonts(slot);

  const pdf = await slot.page.pdf(pdfOptions(options, timeoutMs));
  rejectExternalRequests(slot);
  return pdf;
}

function pdfOptions(options: PdfPageOptions, timeoutMs: number): PDFOptions {
  const withFooter = options.footerTemplate !== undefined;
  return {
    format: 'A4',
    margin: options.margin,
    printBackground: true,
    preferCSSPageSize: false,
    displayHeaderFooter: withFooter,
    headerTemplate: '<span></span>',
    footerTemplate: options.footerTemplate ?? '<span></span>',
    timeout: timeoutMs,
  };
}

function rejectExternalRequests(slot: PageSlot): void {
  const [url] = slot.blockedUrls;
  if (url !== undefined) throw new RenderError('render.external-request', { url, count: slot.blockedUrls.length });
}

/**
 * Waits until every font the page uses has loaded. `page.evaluate` runs through the DevTools
 * protocol, so it works with the page's JavaScript disabled. Callbacks passed to page APIs do not
 * run then ("no longer runnable"), so the faces are read with an iterator instead of `forEach`.
 */
async function waitForFonts(slot: PageSlot): Promise<void> {
  const failed = await slot.page.evaluate(async () => {
    await document.fonts.ready;
    const faces = (document.fonts as unknown as { values(): IterableIterator<FontFace> }).values();
    const families: string[] = [];
    for (const face of faces) if (face.status === 'error') families.push(face.family);
    return families;
  });
  const [family] = failed;
  if (family !== undefined) throw new RenderError('render.font-failed', { family });
}
