import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { sha256 } from '../content/json-file.js';
import type { ContentProblem } from '../content/problem.js';
import type { DocumentLang } from '../case/types.js';
import type { DocumentKind } from '../pack/types.js';
import { HELPERS, KNOWN_HELPERS } from './helpers.js';
import { lintTemplateVariables } from './lint-templates.js';
import { locateRenderError, type TemplateSource } from './locate.js';
import { VIEW_SHAPE } from './view-shape.js';

export interface CompiledTemplate {
  id: string; // e.g. notification.ru
  file: string;
  hash: string;
  render: (view: object) => string;
}

export interface TemplateSet {
  templates: Map<string, CompiledTemplate>;
  /** Hash of all partials, part of every template's provenance. */
  partialsHash: string;
}

const TEMPLATE_NAME = /^([a-z-]+)\.(ru|kk)\.hbs$/;

/** Turns a Handlebars parse failure ("Parse error on line 3: …") into a located problem. */
function compileProblem(file: string, error: Error): ContentProblem {
  const line = Number(/line (\d+)/.exec(error.message)?.[1] ?? /- (\d+):(\d+)/.exec(error.message)?.[1] ?? 0);
  return { severity: 'error', code: 'content.template-syntax', file, line, params: { reason: error.message.split('\n')[0] ?? '' } };
}

/**
 * Compiles one template. Its render function throws a TemplateError that names the file, line and
 * field of a missing value, looking in the template and then in the partials.
 */
function compileSource(environment: typeof Handlebars, source: string, file: string, partials: TemplateSource[]): { render?: (view: object) => string; problem?: ContentProblem } {
  try {
    const template = environment.compile(source, { strict: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true, noEscape: false });
    // Precompiling parses the whole template now, so that a syntax error is reported at load time.
    environment.precompile(source, { strict: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true });
    const sources = [{ file, source }, ...partials];
    return {
      render: (view: object) => {
        try {
          return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
        } catch (error) {
          throw locateRenderError(error, sources);
        }
      },
    };
  } catch (error) {
    return { problem: compileProblem(file, error as Error) };
  }
}

/**
 * Loads `templates/<kind>.<lang>.hbs` and the partials in `templates/partials/`, compiled strictly:
 * a variable with no value and a helper that is not ours are errors, not blanks.
 */
export function loadTemplates(root: string): { set?: TemplateSet; problems: ContentProblem[] } {
  const environment = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) environment.registerHelper(name, helper);
  const problems: ContentProblem[] = [];

  const partialDir = join(root, 'templates', 'partials');
  const partialBytes: Buffer[] = [];
  const partialSources: TemplateSource[] = [];
  if (existsSync(partialDir)) {
    for (const name of readdirSync(partialDir).filter((entry) => entry.endsWith('.hbs')).sort()) {
      const bytes = readFileSync(join(partialDir, name));
      partialBytes.push(Buffer.from(`${name}\0`), bytes);
      const file = `templates/partials/${name}`;
      try {
        environment.precompile(bytes.toString('utf8'), { strict: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true });
        environment.registerPartial(name.replace(/\.hbs$/, ''), bytes.toString('utf8'));
        partialSources.push({ file, source: bytes.toString('utf8') });
        problems.push(...lintTemplateVariables(bytes.toString('utf8'), file, VIEW_SHAPE));
      } catch (error) {
        problems.push(compileProblem(file, error as Error));
      }
    }
  }

  const templates = new Map<string, CompiledTemplate>();
  for (const name of readdirSync(join(root, 'templates')).filter((entry) => entry.endsWith('.hbs')).sort()) {
    const file = `templates/${name}`;
    if (!TEMPLATE_NAME.test(name)) {
      problems.push({ severity: 'error', code: 'content.template-name', file, params: { name } });
      continue;
    }
    const source = readFileSync(join(root, 'templates', name), 'utf8');
    const compiled = compileSource(environment, source, file, partialSources);
    if (compiled.problem) {
      problems.push(compiled.problem);
      continue;
    }
    const variables = lintTemplateVariables(source, file, VIEW_SHAPE);
    if (variables.length > 0) problems.push(...variables);
    else templates.set(name.replace(/\.hbs$/, ''), { id: name.replace(/\.hbs$/, ''), file, hash: sha256(source), render: compiled.render! });
  }

  if (problems.length > 0) return { problems };
  return { problems, set: { templates, partialsHash: sha256(Buffer.concat(partialBytes)) } };
}

export function templateFor(set: TemplateSet, kind: DocumentKind, lang: DocumentLang): CompiledTemplate | undefined {
  return set.templates.get(`${kind}.${lang}`);
}
