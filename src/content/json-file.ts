import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { fieldErrorsFromAjv } from '../case/field-errors.js';
import type { ContentProblem } from './problem.js';

export interface JsonFile {
  /** Path relative to the content root, as problems report it. */
  file: string;
  bytes: Buffer;
  data?: unknown;
  problems: ContentProblem[];
}

export function sha256(bytes: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

/** Converts a character offset into the 1-based line and column an editor shows. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Locates the first syntax error of a JSON text. JSON.parse in Node 20 often names no position
 * (`Unexpected token 'F', … is not valid JSON`), so jsonc-parser, which reports offsets, finds it.
 */
function firstSyntaxError(text: string): { line: number; column: number; reason: string } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { ...lineAndColumn(text, text.length), reason: 'invalid JSON' };
  return { ...lineAndColumn(text, first.offset), reason: printParseErrorCode(first.error) };
}

/**
 * Reads and parses one content file. A missing, empty or half-written file is a problem, never an
 * empty value: an empty rule file read as "no grounds" would approve every case.
 */
export function readJsonFile(path: string, file: string): JsonFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { file, bytes: Buffer.alloc(0), problems: [{ severity: 'error', code: 'content.file-unreadable', file, params: {} }] };
  }

  const text = bytes.toString('utf8');
  if (text.trim() === '') return { file, bytes, problems: [{ severity: 'error', code: 'content.file-empty', file, params: {} }] };
  try {
    return { file, bytes, data: JSON.parse(text) as unknown, problems: [] };
  } catch {
    const { line, column, reason } = firstSyntaxError(text);
    return { file, bytes, problems: [{ severity: 'error', code: 'content.json-syntax', file, line, column, params: { reason } }] };
  }
}

/** Checks parsed content against its JSON Schema and reports each problem with its JSON Pointer. */
export function schemaProblems(validate: ValidateFunction, data: unknown, file: string): ContentProblem[] {
  if (validate(data)) return [];
  return fieldErrorsFromAjv(validate.errors ?? []).map((error) => ({
    severity: 'error',
    code: error.code,
    file,
    pointer: error.pointer,
    params: Object.fromEntries(Object.entries(error.params).map(([key, value]) => [key, value ?? ''])),
  }));
}
