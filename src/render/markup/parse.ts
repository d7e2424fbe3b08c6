import type { MarkupDocument, MarkupProblem } from '../types.js';
import { convertRoot } from './blocks.js';
import { PositionIndex } from './positions.js';
import type { ProblemSink } from './text.js';
import { tokenize } from './tokenizer.js';
import { buildTree } from './tree.js';

/**
 * Parses rendered template markup (the subset described in types.ts) into a document tree.
 * Every problem is collected with its 1-based line and column; the document is returned only
 * when there are none, so a broken template never reaches a renderer.
 */
export function parseMarkup(markup: string): { document?: MarkupDocument; problems: MarkupProblem[] } {
  const found: { code: string; offset: number; params: Record<string, string | number> }[] = [];
  const report: ProblemSink = (code, offset, params = {}) => found.push({ code, offset, params });

  const tokens = tokenize(markup, report);
  const tree = buildTree(tokens, report);
  const document = convertRoot(tree, report);
  if (found.length === 0) return { document, problems: [] };

  const positions = new PositionIndex(markup);
  const problems = found
    .sort((first, second) => first.offset - second.offset)
    .map(({ code, offset, params }) => ({ code, ...positions.locate(offset), params }));
  return { problems };
}
