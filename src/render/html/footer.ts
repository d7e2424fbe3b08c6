import type { Stylesheet } from '../stylesheet/types.js';
import type { DocumentMeta } from '../types.js';
import { cssString, escapeHtml } from './escape.js';
import { fontFaceRules } from './fonts.js';

/**
 * Builds Chromium's footer template. The template is a separate document that does not see the
 * page's styles, so it carries its own font (inlined) and sizes; Chromium fills the `pageNumber`
 * and `totalPages` spans. It is drawn inside the bottom margin, aligned with the text block.
 */
export function footerTemplate(style: Stylesheet, meta: DocumentMeta): string {
  const { left, right } = style.page.margins;
  const family = cssString(style.fonts.pdf.family);
  return `<style>
${fontFaceRules(style, ['regular'])}
html,body{margin:0;padding:0;}
.footer{width:100%;box-sizing:border-box;padding:0 ${right} 0 ${left};font-family:${family};color:#000;line-height:1.2;-webkit-print-color-adjust:exact;}
.page-number{font-size:${style.footer.pageNumberSize};text-align:center;}
.provenance{font-size:${style.footer.size};text-align:left;}
</style>
<div class="footer"><div class="page-number">${pageLabelHtml(meta.pageLabel)}</div><div class="provenance">${escapeHtml(meta.footer)}</div></div>`;
}

/** Replaces `{page}` and `{pages}` in the localized label with the spans Chromium fills. */
export function pageLabelHtml(label: string): string {
  return label
    .split(/(\{page\}|\{pages\})/)
    .map((part) => {
      if (part === '{page}') return '<span class="pageNumber"></span>';
      if (part === '{pages}') return '<span class="totalPages"></span>';
      return escapeHtml(part);
    })
    .join('');
}
