/** Codes of PDF rendering failures; their messages are in the locale files under the same code. */
export type RenderErrorCode =
  | 'render.timeout'
  | 'render.external-request'
  | 'render.font-failed'
  | 'render.queue-full'
  | 'render.pool-closed'
  | 'render.browser-launch-failed'
  | 'render.browser-crashed'
  | 'render.page-crashed';

/**
 * A PDF render that failed for a reason the caller can act on. `code` and `params` are data for a
 * localized message; the English `message` is for logs. `render.queue-full` means "try again
 * later" (an HTTP service answers 503).
 */
export class RenderError extends Error {
  readonly code: RenderErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: RenderErrorCode, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(englishMessage(code, params), options);
    this.name = 'RenderError';
    this.code = code;
    this.params = params;
  }
}

function englishMessage(code: RenderErrorCode, params: Record<string, string | number>): string {
  switch (code) {
    case 'render.timeout':
      return `PDF render timed out after ${params.timeoutMs} ms; the page was closed`;
    case 'render.external-request':
      return `The page requested ${params.url}; documents may load only data: and file: resources, so the render was stopped`;
    case 'render.font-failed':
      return `Font "${params.family}" failed to load in Chromium; check the font files of the stylesheet`;
    case 'render.queue-full':
      return `Too many PDF renders are waiting (${params.waiting}); try again later`;
    case 'render.pool-closed':
      return 'The browser pool is closed';
    case 'render.browser-launch-failed':
      return `Chromium failed to start from ${params.executablePath}: ${params.reason}`;
    case 'render.browser-crashed':
      return `Chromium exited during the render: ${params.reason}`;
    case 'render.page-crashed':
      return `The Chromium page crashed during the render: ${params.reason}`;
  }
}
