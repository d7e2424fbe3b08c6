import { AlignmentType, Document, Footer, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * Builds the DOCX template that docxtemplater fills in the benchmark. It has the parts of a
 * ruqsat decision notification: provider header, case number, addressee, title and two body
 * paragraphs. Then come a table of workers and a table of fees, one row per worker each, filled
 * by a loop, then the fee paragraph, the signature and a footer with the provenance line. Every tag sits in a run of
 * its own, because docxtemplater finds a tag only when no formatting splits it.
 */
export async function buildTemplate(): Promise<Buffer> {
  const font = 'Liberation Serif';
  const text = (value: string, bold = false): TextRun => new TextRun({ text: value, bold, font, size: 24 });
  const paragraph = (value: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph =>
    new Paragraph({ children: [text(value, options.bold)], ...(options.align ? { alignment: options.align } : {}), spacing: { after: 120 } });
  const cell = (value: string): TableCell => new TableCell({ children: [paragraph(value)] });
  const table = (header: string[], loopRow: string[]): Table =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: header.map(cell) }), new TableRow({ children: loopRow.map(cell) })],
    });

  const document = new Document({
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        footers: { default: new Footer({ children: [paragraph('{provenance}')] }) },
        children: [
          paragraph('{providerName}', { align: AlignmentType.CENTER, bold: true }),
          paragraph('{providerTerritory}', { align: AlignmentType.CENTER }),
          paragraph('№ {caseId}'),
          paragraph('{employerName}', { align: AlignmentType.RIGHT }),
          paragraph('{employerAddress}', { align: AlignmentType.RIGHT }),
          paragraph('{title}', { align: AlignmentType.CENTER, bold: true }),
          paragraph('{intro}', { align: AlignmentType.JUSTIFIED }),
          paragraph('{workersLead}'),
          table(['№', 'Ф.И.О., гражданство', 'Должность', 'Категория', 'Срок разрешения'], ['{#workers}{number}', '{name}, {citizenship}', '{position}', '{category}', '{term}{/workers}']),
          paragraph('{feeText}', { align: AlignmentType.JUSTIFIED }),
          table(['Иностранный работник', 'Категория', 'Ставка, МРП', 'Сумма, тенге'], ['{#fees}{name}', '{category}', '{rate}', '{amount}{/fees}']),
          paragraph('{deadlineText}', { align: AlignmentType.JUSTIFIED }),
          paragraph('{headPosition}'),
          paragraph('{headName}', { align: AlignmentType.RIGHT }),
          paragraph('{executorLine}'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
