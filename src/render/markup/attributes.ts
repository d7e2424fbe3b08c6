import { ELEMENTS, type AttributeRule } from './elements.js';
import type { ProblemSink } from './text.js';
import type { ElementNode } from './tree.js';

const WIDTHS_PATTERN = /^\s*\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*$/;

/**
 * Checks the attributes of a known element against its definition and returns the valid ones.
 * Unknown attributes, values outside the allowed set and missing required attributes are reported.
 */
export function readAttributes(node: ElementNode, report: ProblemSink): Map<string, string> {
  const definition = ELEMENTS[node.name];
  const values = new Map<string, string>();
  if (definition === undefined) return values;

  for (const attribute of node.attributes) {
    const rule = definition.attributes[attribute.name];
    if (rule === undefined) {
      report('markup.unknown-attribute', attribute.offset, {
        element: node.name,
        attribute: attribute.name,
        allowed: Object.keys(definition.attributes).join(', ') || '—',
      });
      continue;
    }
    if (checkValue(node.name, attribute.name, attribute.value, rule, attribute.offset, report)) {
      values.set(attribute.name, attribute.value);
    }
  }

  for (const name of definition.required ?? []) {
    if (!node.attributes.some((attribute) => attribute.name === name)) {
      report('markup.missing-attribute', node.offset, { element: node.name, attribute: name });
    }
  }
  return values;
}

function checkValue(
  element: string,
  attribute: string,
  value: string,
  rule: AttributeRule,
  offset: number,
  report: ProblemSink,
): boolean {
  if (rule.kind === 'text') return true;

  if (rule.kind === 'widths') {
    if (WIDTHS_PATTERN.test(value)) return true;
    report('markup.invalid-widths', offset, { value });
    return false;
  }

  if (rule.kind === 'enum') {
    if (rule.values.includes(value)) return true;
    report('markup.invalid-attribute-value', offset, { element, attribute, value, allowed: rule.values.join(', ') });
    return false;
  }

  const number = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (number >= rule.min && number <= rule.max) return true;
  report('markup.invalid-attribute-value', offset, { element, attribute, value, allowed: `${rule.min}–${rule.max}` });
  return false;
}
