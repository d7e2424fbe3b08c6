import Handlebars from 'handlebars';
import type { ContentProblem } from '../content/problem.js';
import { nearestName } from '../util/nearest.js';
import type { Shape } from './view-shape.js';

type Node = hbs.AST.Node;

/** Data variables Handlebars itself provides inside blocks. */
const DATA_VARIABLES = new Set(['index', 'first', 'last', 'key', 'root']);

const LENGTH = 'length';

function fieldsOf(shape: Shape): string[] {
  return shape === true || Array.isArray(shape) ? [] : Object.keys(shape);
}

/**
 * Resolves the parts of a path in a shape. An array's `length` is a value, so `{{#if list.length}}`
 * is allowed. Returns the shape reached, or the index of the first unknown part.
 */
function resolve(shape: Shape, parts: string[]): { shape?: Shape; failedAt?: number } {
  let current: Shape = shape;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (Array.isArray(current) && part === LENGTH) {
      current = true;
      continue;
    }
    if (current === true || Array.isArray(current) || !(part in current)) return { failedAt: index };
    current = current[part]!;
  }
  return { shape: current };
}

interface Walker {
  file: string;
  root: Shape;
  problems: ContentProblem[];
}

function checkPath(path: hbs.AST.PathExpression, stack: Shape[], walker: Walker): Shape | undefined {
  if (path.data) {
    const [head, ...rest] = path.parts;
    if (head === 'root') return checkParts(walker.root, rest, path, walker);
    if (!DATA_VARIABLES.has(head ?? '')) report(path, head ?? '', [...DATA_VARIABLES], walker);
    return true;
  }
  const context = stack[Math.max(0, stack.length - 1 - path.depth)]!;
  if (path.parts.length === 0) return context; // `this`
  return checkParts(context, path.parts, path, walker);
}

function checkParts(context: Shape, parts: string[], path: hbs.AST.PathExpression, walker: Walker): Shape | undefined {
  const resolved = resolve(context, parts);
  if (resolved.failedAt === undefined) return resolved.shape;
  const parent = resolve(context, parts.slice(0, resolved.failedAt)).shape ?? context;
  report(path, parts.slice(0, resolved.failedAt + 1).join('.'), fieldsOf(parent).map((field) => [...parts.slice(0, resolved.failedAt), field].join('.')), walker);
  return undefined;
}

function report(node: Node, variable: string, known: string[], walker: Walker): void {
  const suggestion = nearestName(variable, known);
  walker.problems.push({
    severity: 'error',
    code: suggestion ? 'content.template-variable.suggest' : 'content.template-variable',
    file: walker.file,
    line: node.loc.start.line,
    column: node.loc.start.column + 1,
    params: suggestion ? { variable, suggestion } : { variable },
  });
}

function checkExpression(node: hbs.AST.Expression, stack: Shape[], walker: Walker): Shape | undefined {
  if (node.type === 'PathExpression') return checkPath(node as hbs.AST.PathExpression, stack, walker);
  if (node.type === 'SubExpression') {
    (node as hbs.AST.SubExpression).params.forEach((param) => checkExpression(param, stack, walker));
  }
  return true;
}

/** Checks a mustache: a helper call checks its arguments, a plain variable checks itself. */
function checkMustache(node: hbs.AST.MustacheStatement, stack: Shape[], walker: Walker): void {
  if (node.params.length > 0) node.params.forEach((param) => checkExpression(param, stack, walker));
  else checkExpression(node.path, stack, walker);
}

function checkBlock(node: hbs.AST.BlockStatement, stack: Shape[], walker: Walker): void {
  const helper = (node.path as hbs.AST.PathExpression).original;
  const argument = node.params[0] ? checkExpression(node.params[0], stack, walker) : undefined;
  let inner = stack;
  if (helper === 'each' && Array.isArray(argument)) inner = [...stack, argument[0]];
  else if (helper === 'with' && argument !== undefined) inner = [...stack, argument];
  // An unknown list or object has already been reported; its body is checked against an empty shape.
  else if (helper === 'each' || helper === 'with') inner = [...stack, {}];
  walk(node.program, inner, walker);
  if (node.inverse) walk(node.inverse, stack, walker);
}

function walk(program: hbs.AST.Program, stack: Shape[], walker: Walker): void {
  for (const statement of program.body) {
    if (statement.type === 'MustacheStatement') checkMustache(statement as hbs.AST.MustacheStatement, stack, walker);
    else if (statement.type === 'BlockStatement') checkBlock(statement as hbs.AST.BlockStatement, stack, walker);
  }
}

/**
 * Checks every variable a template or partial reads against the view shape, so that a misspelt
 * field is reported at load time with its line instead of failing the first render that reaches it.
 */
export function lintTemplateVariables(source: string, file: string, shape: Shape): ContentProblem[] {
  const walker: Walker = { file, root: shape, problems: [] };
  walk(Handlebars.parse(source), [shape], walker);
  return walker.problems;
}
