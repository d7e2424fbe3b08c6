import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { lineAndColumn } from '../content/json-file.js';

/** Splits a JSON Pointer into its property names and array indexes. */
function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^\d+$/.test(token) ? Number(token) : token));
}

/** Returns the property node (key and value) of a value node, so the line shown is the field's own line. */
function fieldNode(node: Node): Node {
  return node.parent?.type === 'property' ? node.parent : node;
}

/**
 * Finds the line (1-based) of the field a JSON Pointer names in a JSON text. A missing field is
 * placed at its nearest ancestor that exists, so a «required» error is shown next to the object
 * that lacks the field. Returns 1 when the text does not parse.
 */
export function lineOfPointer(text: string, pointer: string): number {
  const tree = parseTree(text);
  if (!tree) return 1;
  const path = pointerPath(pointer);
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (node) return lineAndColumn(text, fieldNode(node).offset).line;
  }
  return 1;
}
