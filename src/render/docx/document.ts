import { Document, Packer } from 'docx';
import type { Stylesheet } from '../stylesheet/types.js';
import { toHalfPoints, toTwips } from '../stylesheet/units.js';
import type { DocumentMeta, MarkupDocument } from '../types.js';
import { convertBlocks } from './blocks.js';
import { createContext } from './context.js';
import { documentFooter } from './footer.js';
import { fixPackageDates } from './package.js';
import { lineSpacing } from './paragraphs.js';
import { CREATOR, LANGUAGE_TAGS, creationDate, customProperties, provenanceKeywords } from '../provenance.js';
import { headingStyles } from './styles.js';

/** A4 in twips. */
const A4_TWIPS = { width: 11906, height: 16838 } as const;
/** Distance from the bottom edge of the page to the footer, in twips (7 mm). */
const FOOTER_DISTANCE = 397;

/**
 * Renders the document as DOCX with the `docx` library: the same blocks in the same order as the
 * HTML, the stylesheet's page and fonts, page numbers and provenance in the footer. Two calls
 * with the same input return identical bytes.
 */
export async function toDocx(document: MarkupDocument, style: Stylesheet, meta: DocumentMeta): Promise<Buffer> {
  const createdAt = creationDate(meta);
  const context = createContext(style, meta);
  const children = convertBlocks(document.blocks, context);
  const font = style.fonts.docx;

  const file = new Document({
    title: meta.title,
    subject: meta.title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    description: meta.footer,
    keywords: provenanceKeywords(meta).join('; '),
    revision: 1,
    customProperties: customProperties(meta),
    numbering: context.numbering.options(),
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
            size: toHalfPoints(style.body.size),
            sizeComplexScript: toHalfPoints(style.body.size),
            language: { value: LANGUAGE_TAGS[meta.lang] },
          },
          paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(style.body.lineSpacing) } },
        },
        ...headingStyles(style),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4_TWIPS,
            margin: {
              top: toTwips(style.page.margins.top),
              right: toTwips(style.page.margins.right),
              bottom: toTwips(style.page.margins.bottom),
              left: toTwips(style.page.margins.left),
              footer: FOOTER_DISTANCE,
            },
          },
        },
        footers: { default: documentFooter(style, meta) },
        children,
      },
    ],
  });

  return fixPackageDates(await Packer.toBuffer(file), createdAt);
}
