const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Quotes text as a CSS string, e.g. for `list-style-type` or `font-family`. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, (character) => `\\${character}`).replace(/\n/g, '\\a ')}"`;
}
