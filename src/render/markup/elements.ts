/**
 * The element vocabulary of the markup: which attributes each element takes and which values they
 * allow. Where an element may stand is decided by the converters in blocks.ts, inline.ts and
 * table.ts, each of which knows its own children.
 */

export type AttributeRule =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'text' }
  | { kind: 'widths' };

export interface ElementDefinition {
  attributes: Readonly<Record<string, AttributeRule>>;
  required?: readonly string[];
  /** A void element has no content and no closing tag: `<br/>` (or `<br>`). */
  void?: boolean;
}

const ALIGN: AttributeRule = { kind: 'enum', values: ['left', 'center', 'right', 'justify'] };

/** Word allows at most 63 columns in a table, which also bounds a useful span. */
const SPAN: AttributeRule = { kind: 'integer', min: 1, max: 63 };

const HEADING: ElementDefinition = { attributes: { align: ALIGN } };
const INLINE_STYLE: ElementDefinition = { attributes: {} };

export const ELEMENTS: Readonly<Record<string, ElementDefinition>> = {
  document: { attributes: {} },
  h1: HEADING,
  h2: HEADING,
  h3: HEADING,
  p: {
    attributes: {
      align: ALIGN,
      indent: { kind: 'enum', values: ['first', 'none'] },
      size: { kind: 'enum', values: ['small', 'normal'] },
      keep: { kind: 'enum', values: ['next'] },
    },
  },
  b: INLINE_STYLE,
  i: INLINE_STYLE,
  u: INLINE_STYLE,
  br: { attributes: {}, void: true },
  table: { attributes: { widths: { kind: 'widths' }, border: { kind: 'enum', values: ['all', 'none'] } } },
  tr: { attributes: { header: { kind: 'enum', values: ['true', 'false'] } } },
  td: { attributes: { colspan: SPAN, rowspan: SPAN, align: ALIGN } },
  ol: { attributes: {} },
  ul: { attributes: {} },
  li: { attributes: {} },
  signature: { attributes: { role: { kind: 'text' }, name: { kind: 'text' } }, required: ['role', 'name'], void: true },
  stamp: { attributes: {}, void: true },
  pagebreak: { attributes: {}, void: true },
};

export const ELEMENT_NAMES = Object.keys(ELEMENTS);

export function isKnownElement(name: string): boolean {
  return Object.hasOwn(ELEMENTS, name);
}

export function isVoidElement(name: string): boolean {
  return isKnownElement(name) && ELEMENTS[name]?.void === true;
}
