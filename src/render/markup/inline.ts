import type { InlineNode } from '../types.js';
import { readAttributes } from './attributes.js';
import { reportUnexpectedElement } from './context.js';
import { decodeText, type ProblemSink } from './text.js';
import type { TreeNode } from './tree.js';

const STYLE_TYPES = { b: 'bold', i: 'italic', u: 'underline' } as const;

/**
 * Converts the inline content of a heading, paragraph, cell or list item and collapses its
 * whitespace as HTML does. `parent` names the enclosing element for problem messages.
 */
export function convertInline(children: TreeNode[], parent: string, report: ProblemSink): InlineNode[] {
  return collapseWhitespace(convertInlineNodes(children, parent, report));
}

function convertInlineNodes(children: TreeNode[], parent: string, report: ProblemSink): InlineNode[] {
  const result: InlineNode[] = [];
  for (const child of children) {
    if (child.kind === 'text') {
      result.push({ type: 'text', text: decodeText(child.raw, child.offset, report) });
      continue;
    }

    if (child.name === 'br') {
      readAttributes(child, report);
      result.push({ type: 'break' });
      continue;
    }

    const styleType = STYLE_TYPES[child.name as keyof typeof STYLE_TYPES];
    if (styleType === undefined) {
      reportUnexpectedElement(child, parent, report);
      continue;
    }
    readAttributes(child, report);
    result.push({ type: styleType, children: convertInlineNodes(child.children, child.name, report) });
  }
  return result;
}

const SPACE_RUN = /[ \t\n\r\f]+/g;

/**
 * Collapses whitespace as HTML does: every run of ASCII whitespace becomes one space, even across
 * `<b>`, `<i>` and `<u>` boundaries; spaces at the start and end of the block and around a line
 * break are dropped. A non-breaking space is kept. Empty text and empty styles are removed.
 */
export function collapseWhitespace(nodes: InlineNode[]): InlineNode[] {
  const state: CollapseState = { afterSpace: true, lastText: undefined };
  const collapsed = collapseNodes(nodes, state);
  trimTrailingSpace(state);
  return pruneEmpty(collapsed);
}

interface CollapseState {
  /** True at the start of the block, after a line break, and after text that ended with a space. */
  afterSpace: boolean;
  lastText: { type: 'text'; text: string } | undefined;
}

function collapseNodes(nodes: InlineNode[], state: CollapseState): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      let text = node.text.replace(SPACE_RUN, ' ');
      if (state.afterSpace && text.startsWith(' ')) text = text.slice(1);
      if (text === '') continue;
      const collapsedNode = { type: 'text' as const, text };
      state.afterSpace = text.endsWith(' ');
      state.lastText = collapsedNode;
      result.push(collapsedNode);
    } else if (node.type === 'break') {
      trimTrailingSpace(state);
      state.afterSpace = true;
      result.push(node);
    } else {
      result.push({ type: node.type, children: collapseNodes(node.children, state) });
    }
  }
  return result;
}

function trimTrailingSpace(state: CollapseState): void {
  if (state.lastText?.text.endsWith(' ')) state.lastText.text = state.lastText.text.slice(0, -1);
  state.lastText = undefined;
}

function pruneEmpty(nodes: InlineNode[]): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text !== '') result.push(node);
    } else if (node.type === 'break') {
      result.push(node);
    } else {
      const children = pruneEmpty(node.children);
      if (children.length > 0) result.push({ type: node.type, children });
    }
  }
  return result;
}
