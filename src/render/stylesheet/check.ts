import { readFileSync } from 'node:fs';
import type { ContentProblem } from '../../content/problem.js';
import { findMissingCharacters } from '../fonts/faces.js';
import { problem } from './problem.js';
import type { FontFaces, Stylesheet } from './types.js';
import { A4, toMillimetres, toPoints } from './units.js';

/** Narrowest text block, in millimetres, that still fits a table of a few columns. */
const MIN_TEXT_SIZE_MM = 50;
/** Legibility floor for the footer lines, in points. */
const MIN_FOOTER_SIZE_PT = 8;
/** Line height of the footer lines as a multiple of their size, plus the gap above the page edge. */
const FOOTER_LINE_HEIGHT = 1.2;
const FOOTER_EDGE_GAP_MM = 5;

/** Checks what the schema cannot: page geometry, the footer's size and room, the font files. */
export function checkStylesheet(stylesheet: Stylesheet, file: string): ContentProblem[] {
  const problems = [...checkGeometry(stylesheet, file), ...checkFooter(stylesheet, file), ...checkSignatureWidths(stylesheet, file)];
  problems.push(...checkFontFaces(stylesheet.fonts.pdf.faces, file));
  return problems;
}

function checkGeometry(stylesheet: Stylesheet, file: string): ContentProblem[] {
  const { top, right, bottom, left } = stylesheet.page.margins;
  const textWidth = A4.widthMm - toMillimetres(left) - toMillimetres(right);
  const textHeight = A4.heightMm - toMillimetres(top) - toMillimetres(bottom);
  if (textWidth >= MIN_TEXT_SIZE_MM && textHeight >= MIN_TEXT_SIZE_MM) return [];
  return [
    problem('stylesheet.margins-too-large', file, {
      width: Math.round(textWidth),
      height: Math.round(textHeight),
      minimum: MIN_TEXT_SIZE_MM,
    }, '/page/margins'),
  ];
}

/** The footer (page number line and provenance line) is drawn inside the bottom margin. */
function checkFooter(stylesheet: Stylesheet, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of ['size', 'pageNumberSize'] as const) {
    const size = toPoints(stylesheet.footer[key]);
    if (size < MIN_FOOTER_SIZE_PT) {
      problems.push(problem('stylesheet.footer-too-small', file, { size: stylesheet.footer[key], minimum: `${MIN_FOOTER_SIZE_PT}pt` }, `/footer/${key}`));
    }
  }

  const linesPt = (toPoints(stylesheet.footer.size) + toPoints(stylesheet.footer.pageNumberSize)) * FOOTER_LINE_HEIGHT;
  const neededMm = (linesPt * 25.4) / 72 + FOOTER_EDGE_GAP_MM;
  if (toMillimetres(stylesheet.page.margins.bottom) < neededMm) {
    problems.push(problem('stylesheet.footer-does-not-fit', file, { needed: `${Math.ceil(neededMm)}mm` }, '/page/margins/bottom'));
  }
  return problems;
}

function checkSignatureWidths(stylesheet: Stylesheet, file: string): ContentProblem[] {
  const sum = stylesheet.signature.widths.reduce((total, width) => total + width, 0);
  if (Math.abs(sum - 100) <= 0.01) return [];
  return [problem('stylesheet.widths-sum', file, { sum }, '/signature/widths')];
}

function checkFontFaces(faces: FontFaces, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [face, path] of Object.entries(faces)) {
    const pointer = `/fonts/pdf/faces/${face}`;
    let font: Uint8Array;
    try {
      font = readFileSync(path);
    } catch (error) {
      problems.push(problem('stylesheet.font-unreadable', file, { path, reason: (error as Error).message }, pointer));
      continue;
    }
    problems.push(...checkFontCoverage(font, path, file, pointer));
  }
  return problems;
}

function checkFontCoverage(font: Uint8Array, path: string, file: string, pointer: string): ContentProblem[] {
  let missing: string[];
  try {
    missing = findMissingCharacters(font);
  } catch (error) {
    return [problem('stylesheet.font-invalid', file, { path, reason: (error as Error).message }, pointer)];
  }
  if (missing.length === 0) return [];
  return [problem('stylesheet.font-missing-characters', file, { path, characters: missing.join(' ') }, pointer)];
}
