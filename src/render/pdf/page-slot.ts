import type { Browser, HTTPRequest, Page } from 'puppeteer-core';

/** A Chromium page kept open between renders, with the URLs it was stopped from loading. */
export interface PageSlot {
  page: Page;
  blockedUrls: string[];
}

const LOCAL_URL = /^(?:data|file|about):/i;

/** Opens a page with JavaScript off and every non-local request aborted and recorded. */
export async function openSlot(browser: Browser): Promise<PageSlot> {
  const page = await browser.newPage();
  const slot: PageSlot = { page, blockedUrls: [] };
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => resolveRequest(request, slot));
  return slot;
}

function resolveRequest(request: HTTPRequest, slot: PageSlot): void {
  if (request.isInterceptResolutionHandled()) return;
  const url = request.url();
  // A request can outlive its page when a render times out; the rejection then only says the
  // page is gone, which the render has already reported.
  if (LOCAL_URL.test(url)) {
    request.continue().catch(() => undefined);
    return;
  }
  slot.blockedUrls.push(url);
  request.abort('blockedbyclient').catch(() => undefined);
}
