import { ELEMENTS, isKnownElement } from './elements.js';
import type { ProblemSink } from './text.js';
import type { ElementNode, TextNode } from './tree.js';

/** Allowed parents of each known element, quoted when an element is misplaced. */
const ALLOWED_PARENTS: Readonly<Record<string, string>> = {
  document: '—',
  h1: 'document',
  h2: 'document',
  h3: 'document',
  p: 'document, td',
  b: 'h1, h2, h3, p, td, li, b, i, u',
  i: 'h1, h2, h3, p, td, li, b, i, u',
  u: 'h1, h2, h3, p, td, li, b, i, u',
  br: 'h1, h2, h3, p, td, li, b, i, u',
  table: 'document',
  tr: 'table',
  td: 'tr',
  ol: 'document',
  ul: 'document',
  li: 'ol, ul',
  signature: 'document',
  stamp: 'document',
  pagebreak: 'document',
};

/** Reports an element that cannot stand in `parent`: unknown, or known but in the wrong place. */
export function reportUnexpectedElement(node: ElementNode, parent: string, report: ProblemSink): void {
  if (!isKnownElement(node.name)) {
    report('markup.unknown-element', node.offset, { element: node.name, allowed: Object.keys(ELEMENTS).join(', ') });
    return;
  }
  report('markup.misplaced-element', node.offset, {
    element: node.name,
    parent,
    allowedParents: ALLOWED_PARENTS[node.name] ?? '—',
  });
}

export function isBlank(node: TextNode): boolean {
  return /^[ \t\r\n\f]*$/.test(node.raw);
}

/** Reports text where only elements are allowed, e.g. directly inside `<document>` or `<tr>`. */
export function reportStrayText(node: TextNode, parent: string, report: ProblemSink): void {
  report('markup.text-outside-block', node.offset + leadingSpace(node.raw), { parent, text: shorten(node.raw) });
}

/** Trims the text and cuts it to 30 characters, to quote it in a message. */
export function shorten(raw: string): string {
  const text = raw.trim();
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

export function leadingSpace(raw: string): number {
  return raw.length - raw.trimStart().length;
}
