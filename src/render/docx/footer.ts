import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Stylesheet } from '../stylesheet/types.js';
import { toHalfPoints } from '../stylesheet/units.js';
import type { DocumentMeta } from '../types.js';
import { runOptions, type RunStyle } from './runs.js';

/** The footer: the localized page label with PAGE and NUMPAGES fields, then the provenance line. */
export function documentFooter(style: Stylesheet, meta: DocumentMeta): Footer {
  const numberStyle: RunStyle = { font: style.fonts.docx, size: toHalfPoints(style.footer.pageNumberSize) };
  const provenanceStyle: RunStyle = { font: style.fonts.docx, size: toHalfPoints(style.footer.size) };
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: pageLabelRuns(meta.pageLabel, numberStyle) }),
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ ...plain(provenanceStyle), text: meta.footer })],
      }),
    ],
  });
}

/** Splits «Страница {page} из {pages}» into text runs and the PAGE and NUMPAGES fields. */
function pageLabelRuns(label: string, style: RunStyle): TextRun[] {
  return label
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ ...plain(style), children: [PageNumber.CURRENT] });
      if (part === '{pages}') return new TextRun({ ...plain(style), children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ ...plain(style), text: part });
    });
}

function plain(style: RunStyle): ReturnType<typeof runOptions> {
  return runOptions(style, { bold: false, italics: false, underline: false });
}
