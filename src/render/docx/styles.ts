import type { IBaseParagraphStyleOptions } from 'docx';
import type { HeadingStyle, Stylesheet } from '../stylesheet/types.js';
import { toHalfPoints, toTwips } from '../stylesheet/units.js';
import { lineSpacing } from './paragraphs.js';

/**
 * Overrides docx's built-in Heading 1–3 styles, which would otherwise bring theme fonts and a
 * blue colour; keeping the built-in style ids gives Word's navigation pane the headings.
 */
export function headingStyles(style: Stylesheet): Record<'heading1' | 'heading2' | 'heading3', IBaseParagraphStyleOptions> {
  return {
    heading1: headingStyle(style.headings.h1, style),
    heading2: headingStyle(style.headings.h2, style),
    heading3: headingStyle(style.headings.h3, style),
  };
}

function headingStyle(heading: HeadingStyle, style: Stylesheet): IBaseParagraphStyleOptions {
  const font = style.fonts.docx;
  return {
    run: {
      font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
      size: toHalfPoints(heading.size),
      sizeComplexScript: toHalfPoints(heading.size),
      bold: heading.bold,
      italics: false,
      color: '000000',
    },
    paragraph: {
      spacing: { before: toTwips(heading.spaceBefore), after: toTwips(heading.spaceAfter), ...lineSpacing(style.body.lineSpacing) },
      keepNext: true,
      keepLines: true,
    },
  };
}
