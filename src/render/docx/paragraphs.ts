import { AlignmentType, HeadingLevel, LineRuleType, Paragraph as DocxParagraph } from 'docx';
import { toHalfPoints, toTwips } from '../stylesheet/units.js';
import type { Align, Heading, Paragraph } from '../types.js';
import { takePageBreak, type DocxContext } from './context.js';
import { inlineRuns, textRun, type RunStyle } from './runs.js';

export const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Word's line spacing unit: 240 is single spacing when the rule is `auto`. */
const SINGLE_LINE = 240;

export function lineSpacing(multiple: number): { line: number; lineRule: typeof LineRuleType.AUTO } {
  return { line: Math.round(multiple * SINGLE_LINE), lineRule: LineRuleType.AUTO };
}

/** `pageBreakBefore` when a `<pagebreak/>` precedes this paragraph; nothing otherwise. */
export function pageBreakBefore(context: DocxContext): { pageBreakBefore?: true } {
  return takePageBreak(context) ? { pageBreakBefore: true } : {};
}

export function bodyRunStyle(context: DocxContext, size: 'small' | 'normal' = 'normal'): RunStyle {
  const length = size === 'small' ? context.style.small.size : context.style.body.size;
  return { font: context.style.fonts.docx, size: toHalfPoints(length) };
}

/** Builds a body paragraph: first-line indent unless `indent="none"`, body spacing and alignment. */
export function bodyParagraph(paragraph: Paragraph, context: DocxContext): DocxParagraph {
  const body = context.style.body;
  const runStyle = bodyRunStyle(context, paragraph.size);
  return new DocxParagraph({
    alignment: ALIGNMENTS[paragraph.align ?? body.align],
    indent: { firstLine: paragraph.indent === 'none' ? 0 : toTwips(body.firstLineIndent) },
    spacing: { before: toTwips(body.spaceBefore), after: toTwips(body.spaceAfter), ...lineSpacing(body.lineSpacing) },
    ...(paragraph.keepWithNext === true ? { keepNext: true } : {}),
    ...pageBreakBefore(context),
    run: { size: runStyle.size },
    children: inlineRuns(paragraph.children, runStyle),
  });
}

/** Builds a cell paragraph: table size and spacing, no indent unless `indent="first"`. */
export function cellParagraph(paragraph: Paragraph, cellAlign: Align | undefined, context: DocxContext): DocxParagraph {
  const table = context.style.table;
  const size = paragraph.size === 'small' ? context.style.small.size : table.size;
  const runStyle: RunStyle = { font: context.style.fonts.docx, size: toHalfPoints(size) };
  return new DocxParagraph({
    alignment: ALIGNMENTS[paragraph.align ?? cellAlign ?? 'left'],
    indent: { firstLine: paragraph.indent === 'first' ? toTwips(context.style.body.firstLineIndent) : 0 },
    spacing: { before: 0, after: 0, ...lineSpacing(table.lineSpacing) },
    ...(paragraph.keepWithNext === true ? { keepNext: true } : {}),
    run: { size: runStyle.size },
    children: inlineRuns(paragraph.children, runStyle),
  });
}

export function headingParagraph(heading: Heading, context: DocxContext): DocxParagraph {
  const headingStyle = context.style.headings[`h${heading.level}`];
  const runStyle: RunStyle = { font: context.style.fonts.docx, size: toHalfPoints(headingStyle.size), bold: headingStyle.bold };
  return new DocxParagraph({
    heading: HEADING_LEVELS[heading.level],
    alignment: ALIGNMENTS[heading.align ?? headingStyle.align],
    ...pageBreakBefore(context),
    children: inlineRuns(heading.children, runStyle),
  });
}

/** Builds the place for the seal, labelled in the document's language. */
export function stampParagraph(context: DocxContext): DocxParagraph {
  const { style, meta } = context;
  return new DocxParagraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: toTwips(style.stamp.spaceBefore), after: 0, ...lineSpacing(style.body.lineSpacing) },
    ...pageBreakBefore(context),
    children: [textRun(style.stamp.label[meta.lang], bodyRunStyle(context))],
  });
}
