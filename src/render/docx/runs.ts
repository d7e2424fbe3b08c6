import { TextRun, type IRunOptions } from 'docx';
import type { InlineNode } from '../types.js';

/** Run properties shared by every run of one paragraph. */
export interface RunStyle {
  /** Family written into all four script slots, so Word never takes a theme font for Cyrillic. */
  font: string;
  /** Size in half-points. */
  size: number;
  bold?: boolean;
}

interface Emphasis {
  bold: boolean;
  italics: boolean;
  underline: boolean;
}

/** Converts inline content to runs; a line break becomes its own run holding `w:br`. */
export function inlineRuns(nodes: InlineNode[], style: RunStyle): TextRun[] {
  const runs: TextRun[] = [];
  appendRuns(nodes, style, { bold: style.bold === true, italics: false, underline: false }, runs);
  return runs;
}

function appendRuns(nodes: InlineNode[], style: RunStyle, emphasis: Emphasis, runs: TextRun[]): void {
  for (const node of nodes) {
    if (node.type === 'text') runs.push(new TextRun({ ...runOptions(style, emphasis), text: node.text }));
    else if (node.type === 'break') runs.push(new TextRun({ ...runOptions(style, emphasis), break: 1 }));
    else if (node.type === 'bold') appendRuns(node.children, style, { ...emphasis, bold: true }, runs);
    else if (node.type === 'italic') appendRuns(node.children, style, { ...emphasis, italics: true }, runs);
    else appendRuns(node.children, style, { ...emphasis, underline: true }, runs);
  }
}

/** A run of plain text in the given style, e.g. a signature name or the stamp label. */
export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({ ...runOptions(style, { bold: style.bold === true, italics: false, underline: false }), text });
}

export function runOptions(style: RunStyle, emphasis: Emphasis): IRunOptions {
  const options: IRunOptions = {
    font: { ascii: style.font, hAnsi: style.font, cs: style.font, eastAsia: style.font },
    size: style.size,
    sizeComplexScript: style.size,
  };
  return {
    ...options,
    ...(emphasis.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(emphasis.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(emphasis.underline ? { underline: {} } : {}),
  };
}
