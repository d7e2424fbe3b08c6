import { isKnownElement, isVoidElement } from './elements.js';
import type { ProblemSink } from './text.js';
import type { RawAttribute, Token } from './tokenizer.js';

export interface TextNode {
  kind: 'text';
  raw: string;
  offset: number;
}

export interface ElementNode {
  kind: 'element';
  name: string;
  attributes: RawAttribute[];
  children: TreeNode[];
  offset: number;
}

export type TreeNode = TextNode | ElementNode;

/**
 * Builds the element tree from tokens by matching start and end tags. Unclosed, stray and
 * mismatched tags are reported; the tree is still built so that the content can be checked too.
 */
export function buildTree(tokens: Token[], report: ProblemSink): ElementNode {
  const root: ElementNode = { kind: 'element', name: '#root', attributes: [], children: [], offset: 0 };
  const stack: ElementNode[] = [root];

  for (const token of tokens) {
    const parent = stack[stack.length - 1] ?? root;
    if (token.kind === 'text') {
      parent.children.push({ kind: 'text', raw: token.raw, offset: token.offset });
    } else if (token.kind === 'start') {
      const element = openElement(token, report);
      parent.children.push(element);
      if (!closesItself(token)) stack.push(element);
    } else {
      closeElement(stack, token.name, token.offset, report);
    }
  }

  for (const unclosed of stack.slice(1)) {
    report('markup.unclosed-element', unclosed.offset, { element: unclosed.name });
  }
  return root;
}

function openElement(token: Extract<Token, { kind: 'start' }>, report: ProblemSink): ElementNode {
  const knownNonVoid = isKnownElement(token.name) && !isVoidElement(token.name);
  if (token.selfClosing && knownNonVoid) {
    report('markup.self-closing-element', token.offset, { element: token.name });
  }
  return { kind: 'element', name: token.name, attributes: token.attributes, children: [], offset: token.offset };
}

function closesItself(token: Extract<Token, { kind: 'start' }>): boolean {
  return token.selfClosing || isVoidElement(token.name);
}

/** Pops the stack down to the element that `</name>` closes, reporting elements left unclosed. */
function closeElement(stack: ElementNode[], name: string, offset: number, report: ProblemSink): void {
  let depth = stack.length - 1;
  while (depth > 0 && stack[depth]?.name !== name) depth--;

  if (depth === 0) {
    const open = stack[stack.length - 1];
    if (open === undefined || stack.length === 1) {
      report('markup.unexpected-closing-tag', offset, { element: name });
    } else {
      report('markup.mismatched-closing-tag', offset, { element: name, expected: open.name });
    }
    return;
  }

  for (const unclosed of stack.splice(depth + 1)) {
    report('markup.unclosed-element', unclosed.offset, { element: unclosed.name });
  }
  stack.pop();
}
