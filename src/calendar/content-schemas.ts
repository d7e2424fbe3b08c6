import { readFileSync } from 'node:fs';

import type { ValidateFunction } from 'ajv';

import { createAjv } from '../case/schema.js';
import { schemaProblems } from '../content/json-file.js';
import type { ContentProblem } from '../content/problem.js';

type ContentSchemaName = 'calendar' | 'provider';

const validators = new Map<ContentSchemaName, ValidateFunction>();

/** Returns the compiled validator of `schemas/<name>.schema.json`, compiling it on first use. */
export function contentValidator(name: ContentSchemaName): ValidateFunction {
  const cached = validators.get(name);
  if (cached !== undefined) {
    return cached;
  }

  const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
  const schema = JSON.parse(readFileSync(url, 'utf8')) as object;
  const compiled = createAjv().compile(schema);
  validators.set(name, compiled);
  return compiled;
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TIME_PROPERTIES = new Set(['opens', 'closes', 'from', 'to']);

/**
 * Validates content against its schema. The shared mapping of ajv errors names a bad `id` as a
 * worker id and shows raw regular expressions, so ids and times of calendar and provider files
 * get messages of their own.
 */
export function contentSchemaProblems(name: ContentSchemaName, data: unknown, file: string): ContentProblem[] {
  return schemaProblems(contentValidator(name), data, file).map((problem) => remapPatternProblem(problem, data));
}

function remapPatternProblem(problem: ContentProblem, data: unknown): ContentProblem {
  if (problem.code !== 'field.pattern' && problem.code !== 'field.format.id') {
    return problem;
  }

  const pointer = problem.pointer ?? '';
  const value = valueAt(data, pointer);
  const property = pointer.split('/').pop() ?? '';
  if (typeof value !== 'string') {
    return problem;
  }
  if (TIME_PROPERTIES.has(property)) {
    return { ...problem, code: 'calendar.invalid-time', params: { value } };
  }
  if (!ID_PATTERN.test(value)) {
    return { ...problem, code: 'calendar.invalid-id', params: { value } };
  }

  return problem;
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  }

  return current;
}

export function contentProblem(
  code: string,
  file: string,
  pointer: string,
  params: Record<string, string | number> = {},
  severity: ContentProblem['severity'] = 'error',
): ContentProblem {
  return { severity, code, file, pointer, params };
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Drops the editor hint `$schema`, which is not part of the content. */
export function withoutSchemaKey<T>(data: T): T {
  const { $schema: _schema, ...rest } = data as T & { $schema?: string };
  return rest as T;
}
