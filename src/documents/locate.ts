import Handlebars from 'handlebars';
import { TemplateError } from './helpers.js';

/** A template or partial file and its text, so that a render error can be traced to a node. */
export interface TemplateSource {
  file: string;
  source: string;
}

type AstNode = hbs.AST.Node & Record<string, unknown>;

/** Lists every node of a parsed template, depth first. */
function* nodesOf(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesOf(item);
    return;
  }
  if (typeof node !== 'object' || node === null || typeof (node as { type?: unknown }).type !== 'string') return;
  yield node as AstNode;
  for (const [key, value] of Object.entries(node)) if (key !== 'loc') yield* nodesOf(value);
}

/** Tells whether a node starts at a 1-based line and a 0-based column, as Handlebars counts them. */
function startsAt(node: AstNode, line: number, column: number): boolean {
  return node.loc?.start.line === line && node.loc.start.column === column;
}

function parsed(source: TemplateSource): hbs.AST.Program | undefined {
  try {
    return Handlebars.parse(source.source);
  } catch {
    return undefined;
  }
}

/** Finds the first node in the sources that `match` accepts and returns what it names. */
function findNode(sources: TemplateSource[], match: (node: AstNode) => string | undefined): { file: string; field: string } | undefined {
  for (const source of sources) {
    for (const node of nodesOf(parsed(source))) {
      const field = match(node);
      if (field !== undefined) return { file: source.file, field };
    }
  }
  return undefined;
}

function originalOf(node: unknown): string {
  const original = (node as { original?: unknown } | undefined)?.original;
  return original === undefined ? '(no argument)' : String(original);
}

/** Locates a helper called with no value by the helper's name and the place where the call starts. */
function locateHelperCall(error: TemplateError, sources: TemplateSource[]): TemplateError {
  const { helper, line, column } = error.params;
  if (typeof line !== 'number' || typeof column !== 'number') return withTemplate(error, sources[0]!.file);
  const found = findNode(sources, (node) => {
    const path = node.path as hbs.AST.PathExpression | undefined;
    if (path?.original !== helper || !startsAt(node, line, column - 1)) return undefined;
    return originalOf((node.params as unknown[] | undefined)?.[0]);
  });
  if (!found) return withTemplate(error, sources[0]!.file);
  return new TemplateError('template.missing-value', { template: found.file, line, column, field: found.field, helper: String(helper) });
}

/** Locates a strict-mode lookup of a field that is not in the view, from the line and column Handlebars gives. */
function locateStrictLookup(error: Error & { lineNumber?: number; column?: number }, sources: TemplateSource[]): TemplateError | undefined {
  const line = error.lineNumber;
  const column = error.column;
  if (!/ not defined in /.test(error.message) || line === undefined || column === undefined) return undefined;
  const found = findNode(sources, (node) => (node.type === 'PathExpression' && startsAt(node, line, column) ? String(node.original) : undefined));
  const field = found?.field ?? /^"([^"]+)"/.exec(error.message)?.[1] ?? '(unknown)';
  return new TemplateError('template.missing-value', { template: found?.file ?? sources[0]!.file, line, column: column + 1, field });
}

function withTemplate(error: TemplateError, file: string): TemplateError {
  return error.params.template === undefined ? new TemplateError(error.code, { template: file, ...error.params }) : error;
}

/**
 * Turns any error thrown while rendering into a TemplateError that names the file (the template or
 * the partial the error is in), the line and the field without a value. `sources` lists the
 * template first, then the partials.
 */
export function locateRenderError(error: unknown, sources: TemplateSource[]): TemplateError {
  const file = sources[0]!.file;
  if (error instanceof TemplateError) {
    return error.code === 'template.missing-value' ? locateHelperCall(error, sources) : withTemplate(error, file);
  }
  const strict = error instanceof Error ? locateStrictLookup(error, sources) : undefined;
  if (strict) return strict;
  return new TemplateError('template.render-failed', { template: file, reason: error instanceof Error ? error.message : String(error) });
}
