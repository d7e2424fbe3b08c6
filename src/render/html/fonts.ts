import { fontDataUrl } from '../fonts/faces.js';
import type { FontFaces, Stylesheet } from '../stylesheet/types.js';
import type { Block, InlineNode, MarkupDocument } from '../types.js';
import { cssString } from './escape.js';

export type FaceName = keyof FontFaces;

const FACE_STYLES: Record<FaceName, { weight: number; style: string }> = {
  regular: { weight: 400, style: 'normal' },
  bold: { weight: 700, style: 'normal' },
  italic: { weight: 400, style: 'italic' },
  boldItalic: { weight: 700, style: 'italic' },
};

/**
 * Writes `@font-face` rules with the font files inlined as `data:` URLs, so the page needs no
 * network and does not depend on which fonts fontconfig would pick.
 * NOTE: a character missing from these faces (an emoji, or ₸ in Liberation Serif 2.1) is still drawn
 * by Chromium from a system fallback font, so such a PDF embeds a second face.
 */
export function fontFaceRules(style: Stylesheet, faces: Iterable<FaceName>): string {
  const family = cssString(style.fonts.pdf.family);
  const rules: string[] = [];
  for (const face of faces) {
    const { weight, style: fontStyle } = FACE_STYLES[face];
    const url = fontDataUrl(style.fonts.pdf.faces[face]);
    rules.push(`@font-face{font-family:${family};font-weight:${weight};font-style:${fontStyle};src:url(${url}) format("truetype");}`);
  }
  return rules.join('\n');
}

/**
 * Lists the faces a document uses, so that only those are inlined: each face adds about half a
 * megabyte of base64 to the page. Headings are bold; the regular face is always included.
 */
export function facesUsed(document: MarkupDocument, style: Stylesheet): Set<FaceName> {
  const used = new Set<FaceName>(['regular']);
  for (const block of document.blocks) collectBlockFaces(block, style, used);
  return used;
}

function collectBlockFaces(block: Block, style: Stylesheet, used: Set<FaceName>): void {
  switch (block.type) {
    case 'heading':
      collectInlineFaces(block.children, style.headings[`h${block.level}`].bold, false, used);
      break;
    case 'paragraph':
      collectInlineFaces(block.children, false, false, used);
      break;
    case 'list':
      for (const item of block.items) collectInlineFaces(item, false, false, used);
      break;
    case 'table':
      for (const row of block.rows) {
        for (const cell of row.cells) for (const paragraph of cell.blocks) collectInlineFaces(paragraph.children, false, false, used);
      }
      break;
    default:
      break;
  }
}

function collectInlineFaces(nodes: InlineNode[], bold: boolean, italic: boolean, used: Set<FaceName>): void {
  for (const node of nodes) {
    if (node.type === 'text') used.add(faceOf(bold, italic));
    else if (node.type === 'bold') collectInlineFaces(node.children, true, italic, used);
    else if (node.type === 'italic') collectInlineFaces(node.children, bold, true, used);
    else if (node.type === 'underline') collectInlineFaces(node.children, bold, italic, used);
  }
}

function faceOf(bold: boolean, italic: boolean): FaceName {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
