import { Paragraph as DocxParagraph, type Table as DocxTable } from 'docx';
import { toTwips } from '../stylesheet/units.js';
import type { Block, List } from '../types.js';
import type { DocxContext } from './context.js';
import { ALIGNMENTS, bodyParagraph, bodyRunStyle, headingParagraph, lineSpacing, pageBreakBefore, stampParagraph } from './paragraphs.js';
import { inlineRuns } from './runs.js';
import { convertSignature, convertTable } from './tables.js';

/** Converts the blocks in order; `<pagebreak/>` only marks the next block to start a page. */
export function convertBlocks(blocks: Block[], context: DocxContext): (DocxParagraph | DocxTable)[] {
  const result: (DocxParagraph | DocxTable)[] = [];
  for (const block of blocks) result.push(...convertBlock(block, context));
  return result;
}

function convertBlock(block: Block, context: DocxContext): (DocxParagraph | DocxTable)[] {
  switch (block.type) {
    case 'heading':
      return [headingParagraph(block, context)];
    case 'paragraph':
      return [bodyParagraph(block, context)];
    case 'table':
      return convertTable(block, context);
    case 'list':
      return convertList(block, context);
    case 'signature':
      return convertSignature(block, context);
    case 'stamp':
      return [stampParagraph(context)];
    case 'pagebreak':
      context.pageBreakPending = true;
      return [];
  }
}

/** Converts a list to one paragraph per item, numbered by the list's numbering, whose level indent places number and text. */
function convertList(list: List, context: DocxContext): DocxParagraph[] {
  const reference = list.ordered ? context.numbering.orderedList() : context.numbering.bulletList();
  const { body, list: listStyle } = context.style;
  const runStyle = bodyRunStyle(context);
  return list.items.map((item, index) => {
    const isLast = index === list.items.length - 1;
    return new DocxParagraph({
      numbering: { reference, level: 0 },
      alignment: ALIGNMENTS[body.align],
      spacing: { before: 0, after: isLast ? toTwips(listStyle.spaceAfter) : 0, ...lineSpacing(body.lineSpacing) },
      ...pageBreakBefore(context),
      run: { size: runStyle.size },
      children: inlineRuns(item, runStyle),
    });
  });
}
