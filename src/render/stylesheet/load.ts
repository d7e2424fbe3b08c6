import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../case/schema.js';
import type { ContentProblem } from '../../content/problem.js';
import { checkStylesheet } from './check.js';
import { problem } from './problem.js';
import type { FontFaces, Stylesheet } from './types.js';

export const STYLESHEET_SCHEMA_FILE = fileURLToPath(new URL('../../../schemas/stylesheet.schema.json', import.meta.url));

export interface StylesheetResult {
  value?: Stylesheet;
  /** `sha256:` and the hex digest of the file's bytes, for provenance; empty when it could not be read. */
  hash: string;
  problems: ContentProblem[];
}

/**
 * Reads and checks a stylesheet file: JSON syntax, the stylesheet schema, then what the schema
 * cannot say (margins that leave room for text and footer, font files that exist and have every
 * Kazakh letter). Bad content is returned as problems; the stylesheet is returned as `value` only
 * when there are none. Relative font paths are resolved against the stylesheet's folder.
 */
export function loadStylesheet(file: string): StylesheetResult {
  const bytes = readBytes(file);
  if (!Buffer.isBuffer(bytes)) return { hash: '', problems: [bytes] };
  const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

  const text = bytes.toString('utf8');
  const data = parseJson(text, file);
  if (!data.ok) return { hash, problems: [data.problem] };

  const validate = stylesheetValidator();
  if (!validate(data.value)) {
    return { hash, problems: (validate.errors ?? []).map((error) => schemaProblem(error, file)) };
  }

  const stylesheet = withResolvedFonts(data.value as Stylesheet, dirname(file));
  const problems = checkStylesheet(stylesheet, file);
  return problems.length > 0 ? { hash, problems } : { value: stylesheet, hash, problems };
}

function readBytes(file: string): Buffer | ContentProblem {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'stylesheet.file-not-found' : 'stylesheet.unreadable';
    return problem(code, file, { path: file, reason: (error as Error).message });
  }
}

function parseJson(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: ContentProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message;
    const result = problem('stylesheet.invalid-json', file, { reason });
    const position = /position (\d+)/.exec(reason);
    if (position !== null) Object.assign(result, lineAndColumn(text, Number(position[1])));
    return { ok: false, problem: result };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

let validator: ValidateFunction | undefined;

function stylesheetValidator(): ValidateFunction {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(STYLESHEET_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    validator = createAjv().compile(schema);
  }
  return validator;
}

/** Maps an ajv finding to a problem with a code per schema keyword and the JSON Pointer of the value. */
function schemaProblem(error: ErrorObject, file: string): ContentProblem {
  const params = error.params as Record<string, unknown>;
  const pointer = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return problem('stylesheet.missing-property', file, { property: String(params.missingProperty) }, pointer);
    case 'additionalProperties':
      return problem('stylesheet.unknown-property', file, { property: String(params.additionalProperty) }, pointer);
    case 'enum':
      return problem('stylesheet.invalid-value', file, { allowed: (params.allowedValues as unknown[]).join(', ') }, pointer);
    case 'pattern':
      return problem('stylesheet.invalid-format', file, { pattern: String(params.pattern) }, pointer);
    case 'type':
      return problem('stylesheet.invalid-type', file, { expected: String(params.type) }, pointer);
    default:
      return problem('stylesheet.invalid', file, { keyword: error.keyword, detail: error.message ?? '' }, pointer);
  }
}

function withResolvedFonts(stylesheet: Stylesheet, folder: string): Stylesheet {
  const faces = stylesheet.fonts.pdf.faces;
  const resolveFace = (path: string): string => (isAbsolute(path) ? path : resolve(folder, path));
  const resolved: FontFaces = {
    regular: resolveFace(faces.regular),
    bold: resolveFace(faces.bold),
    italic: resolveFace(faces.italic),
    boldItalic: resolveFace(faces.boldItalic),
  };
  return { ...stylesheet, fonts: { ...stylesheet.fonts, pdf: { ...stylesheet.fonts.pdf, faces: resolved } } };
}
