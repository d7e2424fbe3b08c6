import type { Align, Heading, Paragraph } from '../types.js';
import { readAttributes } from './attributes.js';
import { convertInline } from './inline.js';
import type { ProblemSink } from './text.js';
import type { ElementNode } from './tree.js';

export function convertParagraph(node: ElementNode, report: ProblemSink): Paragraph {
  const attributes = readAttributes(node, report);
  const paragraph: Paragraph = { type: 'paragraph', children: convertInline(node.children, 'p', report) };

  const align = attributes.get('align');
  if (align !== undefined) paragraph.align = align as Align;
  const indent = attributes.get('indent');
  if (indent !== undefined) paragraph.indent = indent as 'first' | 'none';
  const size = attributes.get('size');
  if (size !== undefined) paragraph.size = size as 'small' | 'normal';
  if (attributes.get('keep') === 'next') paragraph.keepWithNext = true;
  return paragraph;
}

export function convertHeading(node: ElementNode, level: 1 | 2 | 3, report: ProblemSink): Heading {
  const attributes = readAttributes(node, report);
  const heading: Heading = { type: 'heading', level, children: convertInline(node.children, node.name, report) };
  const align = attributes.get('align');
  if (align !== undefined) heading.align = align as Align;
  return heading;
}
