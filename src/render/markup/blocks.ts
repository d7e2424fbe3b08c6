import type { Block, InlineNode, List, MarkupDocument, Signature } from '../types.js';
import { readAttributes } from './attributes.js';
import { isBlank, leadingSpace, reportStrayText, reportUnexpectedElement, shorten } from './context.js';
import { convertInline } from './inline.js';
import { convertHeading, convertParagraph } from './paragraph.js';
import { convertTable } from './table.js';
import type { ProblemSink } from './text.js';
import type { ElementNode } from './tree.js';

/** Finds the one `<document>` element among the top-level nodes and converts its blocks. */
export function convertRoot(root: ElementNode, report: ProblemSink): MarkupDocument {
  const documents: ElementNode[] = [];
  for (const child of root.children) {
    if (child.kind === 'text') {
      if (!isBlank(child)) report('markup.text-outside-document', child.offset + leadingSpace(child.raw), { text: shorten(child.raw) });
    } else if (child.name === 'document') {
      documents.push(child);
    } else {
      report('markup.outside-document', child.offset, { element: child.name });
    }
  }

  const [first, ...extra] = documents;
  for (const duplicate of extra) report('markup.duplicate-document', duplicate.offset, {});
  if (first === undefined) {
    report('markup.missing-document', 0, {});
    return { blocks: [] };
  }
  readAttributes(first, report);
  return { blocks: convertBlocks(first, report) };
}

function convertBlocks(documentNode: ElementNode, report: ProblemSink): Block[] {
  const blocks: Block[] = [];
  for (const child of documentNode.children) {
    if (child.kind === 'text') {
      if (!isBlank(child)) reportStrayText(child, 'document', report);
      continue;
    }
    const block = convertBlock(child, report);
    if (block !== undefined) blocks.push(block);
  }
  return blocks;
}

function convertBlock(node: ElementNode, report: ProblemSink): Block | undefined {
  switch (node.name) {
    case 'h1':
      return convertHeading(node, 1, report);
    case 'h2':
      return convertHeading(node, 2, report);
    case 'h3':
      return convertHeading(node, 3, report);
    case 'p':
      return convertParagraph(node, report);
    case 'table':
      return convertTable(node, report);
    case 'ol':
    case 'ul':
      return convertList(node, report);
    case 'signature':
      return convertSignature(node, report);
    case 'stamp':
    case 'pagebreak':
      readAttributes(node, report);
      return { type: node.name };
    default:
      reportUnexpectedElement(node, 'document', report);
      return undefined;
  }
}

function convertList(node: ElementNode, report: ProblemSink): List {
  readAttributes(node, report);
  const items: InlineNode[][] = [];
  for (const child of node.children) {
    if (child.kind === 'text') {
      if (!isBlank(child)) reportStrayText(child, node.name, report);
    } else if (child.name === 'li') {
      readAttributes(child, report);
      items.push(convertInline(child.children, 'li', report));
    } else {
      reportUnexpectedElement(child, node.name, report);
    }
  }
  return { type: 'list', ordered: node.name === 'ol', items };
}

/** Role and name come from cases, so their whitespace collapses as text does. */
function convertSignature(node: ElementNode, report: ProblemSink): Signature {
  const attributes = readAttributes(node, report);
  return {
    type: 'signature',
    role: collapseAttribute(attributes.get('role') ?? ''),
    name: collapseAttribute(attributes.get('name') ?? ''),
  };
}

function collapseAttribute(value: string): string {
  return value.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
