import type { Actual } from './actual.js';
import type { Expected } from './expected.js';

/**
 * One way a sample's output departs from its expected files:
 * - `changed`: a result field or a document's text differs;
 * - `not-produced`: an expected document was not rendered;
 * - `not-expected`: a rendered document has no expected file;
 * - `no-result`: `expected/result.json` is missing;
 * - `failed`: the case was rejected or evaluation failed, so nothing could be compared.
 */
export interface Difference {
  kind: 'changed' | 'not-produced' | 'not-expected' | 'no-result' | 'failed';
  /** `result.json: <field>`, `<kind>.<lang>.txt` or `case.json`. */
  field: string;
  expected?: string;
  actual?: string;
}

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Serializes a value with sorted keys, so two objects compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(byKey));
  });
}

function pretty(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value, null, 2);
}

function compareResult(expected: Record<string, unknown>, actual: Record<string, unknown>): Difference[] {
  const differences: Difference[] = [];
  for (const [field, value] of Object.entries(expected)) {
    if (canonicalJson(value) === canonicalJson(actual[field])) continue;
    const difference: Difference = { kind: 'changed', field: `result.json: ${field}` };
    const want = pretty(value);
    const got = pretty(actual[field]);
    if (want !== undefined) difference.expected = want;
    if (got !== undefined) difference.actual = got;
    differences.push(difference);
  }
  return differences;
}

function compareDocuments(expected: Map<string, string>, actual: Map<string, string>): Difference[] {
  const differences: Difference[] = [];
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const name of names) {
    const field = `${name}.txt`;
    const want = expected.get(name);
    const got = actual.get(name);
    if (got === undefined) differences.push({ kind: 'not-produced', field, expected: want! });
    else if (want === undefined) differences.push({ kind: 'not-expected', field, actual: got });
    else if (want !== got) differences.push({ kind: 'changed', field, expected: want, actual: got });
  }
  return differences;
}

/** Lists every difference between a sample's expected files and what the engine produced. */
export function compareSample(expected: Expected, actual: Actual): Difference[] {
  const result = expected.result ? compareResult(expected.result, actual.result) : [{ kind: 'no-result' as const, field: 'result.json' }];
  return [...result, ...compareDocuments(expected.documents, actual.documents)];
}
