import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { HELPERS, KNOWN_HELPERS } from '../../documents/helpers.js';

/**
 * Side of a block: its own body, or its `{{else}}` side. An `{{#if}}` or `{{#unless}}` without
 * `{{else}}` still has an else side (the text without the optional part).
 */
export type BranchSide = 'then' | 'else';

/** One side of one `{{#if}}`, `{{#unless}}`, `{{#each}}` or `{{#with}}` block of a template. */
export interface Branch {
  id: number;
  /** Path from the content root, e.g. `templates/notification.ru.hbs`. */
  file: string;
  line: number;
  column: number;
  /** Block helper name: `if`, `unless`, `each`, `with`. */
  helper: string;
  /** The expression the block tests, e.g. `fee` or `approvedWorkers.length`. */
  expression: string;
  side: BranchSide;
  /** True when the template writes this side out; the `else` side of a block without `{{else}}` renders nothing. */
  written: boolean;
}

/** Helper name of the marker that instrumented templates call at the start of every branch. */
const MARKER = 'ruqsatCoverageMark';

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

type Program = hbs.AST.Program;
type Block = hbs.AST.BlockStatement;

function markerNode(id: number, loc: hbs.AST.SourceLocation): hbs.AST.MustacheStatement {
  const path = { type: 'PathExpression', data: false, depth: 0, parts: [MARKER], original: MARKER, loc } as hbs.AST.PathExpression;
  const param = { type: 'NumberLiteral', value: id, original: id, loc } as hbs.AST.NumberLiteral;
  return { type: 'MustacheStatement', path, params: [param], hash: undefined as unknown as hbs.AST.Hash, escaped: true, strip: { open: false, close: false }, loc };
}

function emptyProgram(loc: hbs.AST.SourceLocation): Program {
  return { type: 'Program', body: [], blockParams: [], strip: { open: false, close: false }, loc } as unknown as Program;
}

function expressionOf(block: Block): string {
  return block.params.map((param) => (param as hbs.AST.PathExpression).original ?? String((param as hbs.AST.StringLiteral).value)).join(' ');
}

/**
 * Walks a parsed template and, inside every block of a branching helper, puts a marker call at the
 * start of both sides, adding an empty `{{else}}` where the block has none. The markers print
 * nothing, so the instrumented template renders the same text as the original.
 */
function instrument(program: Program | undefined, file: string, branches: Branch[]): void {
  for (const node of program?.body ?? []) {
    if (node.type !== 'BlockStatement') continue;
    const block = node as Block;
    const helper = (block.path as hbs.AST.PathExpression).original;
    if (BLOCK_HELPERS.has(helper)) {
      const base = { file, line: block.loc.start.line, column: block.loc.start.column + 1, helper, expression: expressionOf(block) };
      block.program ??= emptyProgram(block.loc);
      const written = block.inverse !== undefined && block.inverse !== null;
      // An empty list under `{{#each}}` without `{{else}}` prints nothing and is not worth a sample.
      if (!written && helper !== 'each') {
        block.inverse = emptyProgram(block.loc);
        block.inverseStrip ??= { open: false, close: false };
      }
      const sides: [BranchSide, Program | undefined, boolean][] = [['then', block.program, true], ['else', block.inverse ?? undefined, written]];
      for (const [side, target, isWritten] of sides) {
        if (!target) continue;
        const branch: Branch = { id: branches.length, ...base, side, written: isWritten };
        branches.push(branch);
        target.body.unshift(markerNode(branch.id, block.loc));
      }
    }
    instrument(block.program, file, branches);
    instrument(block.inverse, file, branches);
  }
}

/** Templates compiled with branch markers, and the hits the markers recorded. */
export interface InstrumentedTemplates {
  branches: Branch[];
  /** Renders `<kind>.<lang>` with a view; returns undefined when there is no such template. */
  render(id: string, view: object): string | undefined;
  /** Returns the branch ids hit since the last call and clears them. */
  takeHits(): Set<number>;
}

/**
 * `compile` runs Handlebars' whitespace pass over an AST again. The parse already ran it, so the
 * second pass must not detect standalone lines anew, where a marker now replaces content.
 */
const COMPILE_OPTIONS = { strict: true, knownHelpers: { ...KNOWN_HELPERS, [MARKER]: true }, knownHelpersOnly: true, ignoreStandalone: true } as const;

function listTemplates(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.hbs')).sort() : [];
}

/**
 * Parses every template and partial under `<root>/templates` with Handlebars' parser (which gives
 * each block its line and column) and compiles instrumented copies with the engine's helpers.
 */
export function instrumentTemplates(root: string): InstrumentedTemplates {
  const environment = Handlebars.create();
  const hits = new Set<number>();
  for (const [name, helper] of Object.entries(HELPERS)) environment.registerHelper(name, helper);
  environment.registerHelper(MARKER, (id: number) => {
    hits.add(id);
    return '';
  });

  const branches: Branch[] = [];
  const compileFile = (file: string): HandlebarsTemplateDelegate => {
    const ast = environment.parse(readFileSync(join(root, file), 'utf8'));
    instrument(ast, file, branches);
    return environment.compile(ast, COMPILE_OPTIONS);
  };

  for (const name of listTemplates(join(root, 'templates', 'partials'))) {
    environment.registerPartial(name.replace(/\.hbs$/, ''), compileFile(`templates/partials/${name}`));
  }
  const templates = new Map<string, HandlebarsTemplateDelegate>();
  for (const name of listTemplates(join(root, 'templates'))) templates.set(name.replace(/\.hbs$/, ''), compileFile(`templates/${name}`));

  return {
    branches,
    render: (id, view) => templates.get(id)?.(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }),
    takeHits: () => {
      const taken = new Set(hits);
      hits.clear();
      return taken;
    },
  };
}
