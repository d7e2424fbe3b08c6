import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
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

/** Locates a JSON.parse failure: Node reports a character position, editors want line and column. */
function parseErrorLocation(text: string, message: string): { line: number; column: number } {
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
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
  } catch (error) {
    const location = parseErrorLocation(text, (error as Error).message);
    return { file, bytes, problems: [{ severity: 'error', code: 'content.json-syntax', file, ...location, params: { reason: (error as Error).message } }] };
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
