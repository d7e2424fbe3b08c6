import type { Stylesheet } from '../stylesheet/types.js';
import type { DocumentMeta, MarkupDocument } from '../types.js';
import { blockHtml } from './blocks.js';
import { pageCss } from './css.js';
import { escapeHtml } from './escape.js';
import { facesUsed, fontFaceRules } from './fonts.js';

/**
 * Renders the document as a standalone HTML page: fonts inlined, no script and no external
 * reference, so it prints the same with or without a network. The provenance line is shown on
 * screen only; in print (the PDF) Chromium's footer template carries it with the page numbers.
 */
export function toHtml(document: MarkupDocument, style: Stylesheet, meta: DocumentMeta): string {
  const css = `${fontFaceRules(style, facesUsed(document, style))}\n${pageCss(style)}`;
  const body = document.blocks.map((block) => blockHtml(block, style, meta)).join('\n');
  return `<!DOCTYPE html>
<html lang="${meta.lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(meta.title)}</title>
<style>
${css}
</style>
</head>
<body>
${body}
<footer class="provenance">${escapeHtml(meta.footer)}</footer>
</body>
</html>
`;
}
