import type { Align } from '../types.js';

/**
 * A length with its unit, as written in the stylesheet: `"20mm"`, `"1.25cm"`, `"14pt"`.
 * Font sizes and spacing are usually in points, page geometry in millimetres or centimetres.
 */
export type Length = string;

export interface FontFaces {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

export interface HeadingStyle {
  size: Length;
  bold: boolean;
  align: Align;
  spaceBefore: Length;
  spaceAfter: Length;
}

/** The one stylesheet shared by the DOCX and PDF renderers (templates/style.json). */
export interface Stylesheet {
  page: {
    size: 'A4';
    margins: { top: Length; right: Length; bottom: Length; left: Length };
  };
  fonts: {
    /** Family written into every script slot of every DOCX run (ascii, hAnsi, cs, eastAsia). */
    docx: string;
    /** Family name and TrueType files embedded into the HTML for Chromium's PDF. */
    pdf: { family: string; faces: FontFaces };
  };
  body: {
    size: Length;
    /** Multiple of single line spacing, as Word's "multiple" setting: 1 is single, 1.5 one and a half. */
    lineSpacing: number;
    firstLineIndent: Length;
    spaceBefore: Length;
    spaceAfter: Length;
    align: Align;
  };
  small: { size: Length };
  headings: { h1: HeadingStyle; h2: HeadingStyle; h3: HeadingStyle };
  table: {
    size: Length;
    lineSpacing: number;
    borderWidth: Length;
    cellPadding: { vertical: Length; horizontal: Length };
    spaceBefore: Length;
    spaceAfter: Length;
  };
  list: {
    /** Distance from the left margin to the item text. */
    indent: Length;
    /** Room for the number or bullet before the item text. */
    hanging: Length;
    bullet: string;
    spaceAfter: Length;
  };
  signature: {
    /** Widths in percent of the text width: role, signature rule, name. */
    widths: [number, number, number];
    spaceBefore: Length;
  };
  stamp: {
    /** The mark of the seal's place, per document language: «М.П.» in Russian, «М.О.» in Kazakh. */
    label: { ru: string; kk: string };
    spaceBefore: Length;
  };
  footer: {
    /** Size of the provenance line; at least 8 pt so that it stays legible. */
    size: Length;
    /** Size of the page number line. */
    pageNumberSize: Length;
  };
}
