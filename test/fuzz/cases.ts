/**
 * Requests for fuzzing POST /v1/cases/evaluate, and the check every response must pass. The vitest
 * fuzz test and the soak test (`npm run soak`) share them.
 *
 * A request starts from one of the samples. A reshaped request replaces leaves by values of the
 * same type: other names, dates, numbers, valid БИН/ИИН with leading zeros. A mutated request
 * gets wrong types, huge strings, deep nesting, odd Unicode, impossible dates, numeric
 * identifiers, removed or unknown fields. The body is sent as text, so a mutation can also produce what JSON.stringify
 * cannot: nesting deeper than its recursion allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ERRORS, type ErrorCode } from '../../src/errors/registry.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface FuzzRequest {
  /** What was done to the sample, for the failure report. */
  description: string;
  body: string;
  /** Accept-Language of the request. */
  lang: 'ru' | 'kk' | 'en';
}

export function sampleCases(): Record<string, Json> {
  const dir = join(ROOT, 'samples');
  const names = readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
  return Object.fromEntries(names.map((name) => [name, JSON.parse(readFileSync(join(dir, name, 'case.json'), 'utf8')) as Json]));
}

/** Lists every path to a value in `value`, the root excluded. */
function paths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } | undefined {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key] as Json;
  }
  if (node === null || typeof node !== 'object') return undefined;
  return { parent: node, key: path[path.length - 1]! };
}

function setAt(root: Json, path: Path, value: Json): void {
  const found = parentOf(root, path);
  if (found) (found.parent as Record<string | number, Json>)[found.key] = value;
}

function removeAt(root: Json, path: Path): void {
  const found = parentOf(root, path);
  if (!found) return;
  if (Array.isArray(found.parent)) found.parent.splice(Number(found.key), 1);
  else delete found.parent[found.key as string];
}

/** Weighted mod-11 check digit of a Kazakh ИИН/БИН, or null when the 11 digits have none. */
export function checkDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const remainder = (weights: number[]): number => digits.reduce((sum, digit, index) => sum + digit * weights[index]!, 0) % 11;
  const primary = remainder([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (primary !== 10) return primary;
  const secondary = remainder([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return secondary === 10 ? null : secondary;
}

function withCheck(first11: string): string {
  const digit = checkDigit(first11);
  // A prefix without a check digit gets a wrong one, which the engine must reject with a pointer.
  return `${first11}${digit ?? 0}`;
}

const twoDigits = (low: number, high: number): fc.Arbitrary<string> => fc.integer({ min: low, max: high }).map((value) => String(value).padStart(2, '0'));

/** A БИН with a valid check digit: registration year and month, kind 4-6, then a serial; often with a leading zero. */
export const binArbitrary: fc.Arbitrary<string> = fc
  .tuple(twoDigits(0, 19), twoDigits(1, 12), fc.constantFrom('4', '5', '6'), fc.constantFrom('0', '1', '2', '4'), fc.integer({ min: 0, max: 99999 }))
  .map(([year, month, kind, attribute, serial]) => withCheck(`${year}${month}${kind}${attribute}${String(serial).padStart(5, '0')}`));

/** An ИИН with a valid check digit: birth date, century digit 3-6, serial; often with a leading zero. */
export const iinArbitrary: fc.Arbitrary<string> = fc
  .tuple(twoDigits(0, 19), twoDigits(1, 12), twoDigits(1, 28), fc.constantFrom('3', '4', '5', '6'), fc.integer({ min: 0, max: 9999 }))
  .map(([year, month, day, century, serial]) => withCheck(`${year}${month}${day}${century}${String(serial).padStart(4, '0')}`));

const ODD_CHARACTERS = [
  '\u200f', // right-to-left mark
  '\u200e', // left-to-right mark
  '\u202e', // right-to-left override
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // byte order mark
  '\u0301', // combining acute accent
  '\u0308', // combining diaeresis
  '\u0000',
  '\t',
  '\n',
  '\ud83d\ude00', // an emoji as a surrogate pair
  '\ud800', // a lone high surrogate
  'ع',
  'א',
  'Ә',
  'ң',
  'ү',
  'һ',
  'І',
  '"',
  '\\',
  '{{',
  '<script>',
  '%s',
];

/** A short string of ordinary and odd characters: RTL marks, zero-width, combining letters, lone surrogates. */
export const oddText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...ODD_CHARACTERS), fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom('Ван', 'Лэй', 'Әбілқасымова', 'e', 'й')), { minLength: 0, maxLength: 12 })
  .map((parts) => parts.join(''));

/** Dates that must be rejected: impossible days, year 0005, wrong forms. */
const BAD_DATES = ['2023-02-29', '2017-02-29', '2017-13-01', '2017-00-10', '2017-04-31', '0005-03-15', '0000-01-01', '9999-12-31', '17.03.2017', '2017-3-5', '+002017-03-17', '2017-03-17 ', ' 2017-03-17', '２０１７-03-17', '2017-03-17T10:30:00+06:00', ''];
const BAD_INSTANTS = ['2017-03-17T25:00:00+06:00', '2017-03-17T10:30:00', '2023-02-29T10:00:00+06:00', '0005-03-17T10:30:00+06:00', '2017-03-17T10:30:00+24:00', '2017-03-17', '1900-01-01T00:00:00Z', '2099-12-31T23:59:59Z', '2017-03-17T10:30:00.123456789+06:00', '2017-03-17t10:30:00z'];
const BAD_IDENTIFIERS: Json[] = [50340001235, 50340001235.0, 1e11, '50340001235', '0503400012350', '050340001236', ' 050340001235', '050340001235\n', '٠٥٠٣٤٠٠٠١٢٣٥', '０５０３４０００１２３５', '05034000123a', '', '            ', null, true, ['050340001235']];

/** Generates a value of another type than `value`. */
function wrongType(value: Json): fc.Arbitrary<Json> {
  const all: fc.Arbitrary<Json>[] = [
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 2 ** 53, -0, 1e308)),
    fc.string({ maxLength: 20 }),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.integer(), { maxLength: 3 }),
  ];
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const keep = ['null', 'boolean', 'number', 'string', 'object', 'object', 'array'];
  return fc.oneof(...all.filter((_, index) => keep[index] !== type));
}

/** Marker left in the body text by the deep-nesting change, as JSON.stringify writes it. */
const DEEP_MARKER = '"\\u0000deep\\u0000"';

/** One change to a copy of a sample, and how the failure report names it. */
interface Change {
  description: string;
  apply: (root: Json) => void;
  /** Nesting that replaces the marker once the body is text. */
  nesting?: string;
}

const setting = (path: Path, value: Json, description: string): Change => ({ description, apply: (root) => setAt(root, path, value) });

type Mutation = (sample: Json, path: Path) => fc.Arbitrary<Change>;

/** Changes at one path that break the schema or probe its edges. */
const MUTATIONS: Record<string, Mutation> = {
  'wrong type': (sample, path) => wrongType(valueAt(sample, path)).map((value) => setting(path, value, `wrong type ${JSON.stringify(value)}`)),
  'huge string': (_sample, path) => fc.integer({ min: 10_000, max: 300_000 }).map((length) => setting(path, 'Ә'.repeat(length), `string of ${length} characters`)),
  'odd unicode': (_sample, path) => oddText.map((text) => setting(path, text, `odd text ${JSON.stringify(text)}`)),
  'bad date': (_sample, path) => fc.constantFrom(...BAD_DATES, ...BAD_INSTANTS).map((text) => setting(path, text, `date ${JSON.stringify(text)}`)),
  'bad identifier': (_sample, path) => fc.constantFrom(...BAD_IDENTIFIERS).map((value) => setting(path, value, `identifier ${JSON.stringify(value)}`)),
  'valid identifier': (_sample, path) => fc.oneof(binArbitrary, iinArbitrary).map((value) => setting(path, value, `identifier ${value}`)),
  'deep nesting': (_sample, path) =>
    fc.tuple(fc.integer({ min: 10, max: 20_000 }), fc.boolean()).map(([depth, objects]) => ({
      ...setting(path, '\u0000deep\u0000', `nesting ${depth} deep (${objects ? 'objects' : 'arrays'})`),
      nesting: objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`,
    })),
  removed: (_sample, path) => fc.constant({ description: 'removed', apply: (root: Json) => removeAt(root, path) }),
  'unknown field': (_sample, path) =>
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'registrationNumbr', '', '\u200f', 'toString', '$ref').map((key) => ({
      description: `unknown field ${JSON.stringify(key)}`,
      apply: (root: Json) => {
        const target = valueAt(root, path);
        // defineProperty, because assigning "__proto__" would set the prototype instead of a key.
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, key, { value: 1, enumerable: true, writable: true, configurable: true });
        else setAt(root, path, Object.defineProperty({}, key, { value: 1, enumerable: true }) as Json);
      },
    })),
};

function valueAt(root: Json, path: Path): Json {
  let node: Json = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, Json>)[key] ?? null;
  }
  return node;
}

/** Replaces a leaf with a value of the same kind, so most requests keep the schema's shape. */
function reshapeLeaf(sample: Json, path: Path): fc.Arbitrary<Change> {
  const value = valueAt(sample, path);
  const key = String(path[path.length - 1]);
  const described = (next: Json): Change => setting(path, next, `${key} = ${JSON.stringify(next)}`);
  if (typeof value === 'number') return fc.integer({ min: -3, max: 5000 }).map(described);
  if (typeof value === 'boolean') return fc.boolean().map(described);
  if (typeof value !== 'string') return fc.constant({ description: 'unchanged', apply: () => undefined });
  if (key === 'bin') return binArbitrary.map(described);
  if (key === 'iin') return iinArbitrary.map(described);
  if (/^\d{4}-\d\d-\d\dT/.test(value)) {
    return fc.date({ min: new Date('2016-06-01T00:00:00Z'), max: new Date('2021-06-01T00:00:00Z'), noInvalidDate: true }).map((date) => described(`${date.toISOString().slice(0, 19)}+06:00`));
  }
  if (/^\d{4}-\d\d-\d\d$/.test(value)) {
    return fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => described(date.toISOString().slice(0, 10)));
  }
  if (/name$/i.test(key)) return oddText.filter((text) => text.trim() !== '').map(described);
  return fc.constant({ description: 'unchanged', apply: () => undefined });
}

/** Applies the changes to a fresh copy of the sample and writes the body text. */
function buildRequest(sample: Json, kind: string, name: string, changes: { path: Path; change: Change }[], lang: FuzzRequest['lang']): FuzzRequest {
  const root = structuredClone(sample);
  for (const { change } of changes) change.apply(root);
  let body = JSON.stringify(root);
  for (const { change } of changes) {
    if (change.nesting !== undefined) body = body.replace(DEEP_MARKER, change.nesting);
  }
  const description = `${kind} ${name}; ${changes.map(({ path, change }) => `/${path.join('/')}: ${change.description}`).join('; ')}`;
  return { description, body, lang };
}

function requestFrom(samples: Record<string, Json>, changeAt: (sample: Json, path: Path) => fc.Arbitrary<Change>, kind: string): fc.Arbitrary<FuzzRequest> {
  const names = Object.keys(samples);
  return fc
    .tuple(fc.constantFrom(...names), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.constantFrom('ru' as const, 'kk' as const, 'en' as const))
    .chain(([name, picks, lang]) => {
      const sample = samples[name]!;
      const every = paths(sample);
      const chosen = picks.map((pick) => every[pick % every.length]!);
      return fc
        .tuple(...chosen.map((path) => changeAt(sample, path).map((change) => ({ path, change }))))
        .map((changes) => buildRequest(sample, kind, name, changes, lang));
    });
}

/** Requests shaped like the schema (type-preserving changes) or mutated against it. */
export function fuzzRequests(samples: Record<string, Json> = sampleCases()): fc.Arbitrary<FuzzRequest> {
  const mutate = (sample: Json, path: Path): fc.Arbitrary<Change> =>
    fc.constantFrom(...Object.keys(MUTATIONS)).chain((name) => MUTATIONS[name]!(sample, path).map((change) => ({ ...change, description: `${name}: ${change.description}` })));
  return fc.oneof(requestFrom(samples, reshapeLeaf, 'reshaped'), requestFrom(samples, mutate, 'mutated'));
}

/** The response to one request, as the check needs it. */
export interface ServiceResponse {
  status: number;
  contentType: string;
  retryAfter?: string | undefined;
  body: string;
}

const POINTER = /^(\/([^~/]|~[01])*)*$/;
const FIELD_ERROR_CODES: ReadonlySet<ErrorCode> = new Set(['case.invalid', 'case.finding-missing', 'request.forbidden-key']);

/** Tells whether the parent of a JSON Pointer exists in the document, so a missing field is located. */
function parentResolves(document: unknown, pointer: string): boolean {
  const tokens = pointer.split('/').slice(1, -1).map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = document;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return false;
    node = (node as Record<string, unknown>)[token];
  }
  return node !== null && typeof node === 'object';
}

/**
 * Lists what is wrong with a response: a 5xx, a success that is not a result, or a bad rejection.
 * A rejection must be a problem document with a code from the registry and the registry's status.
 * For input errors it must list field errors whose pointers locate the problem in the request.
 */
export function responseViolations(request: FuzzRequest, response: ServiceResponse): string[] {
  const violations: string[] = [];
  if (response.status >= 500) violations.push(`status ${response.status}`);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    return [...violations, `body is not JSON: ${response.body.slice(0, 200)}`];
  }

  if (response.status === 200) {
    if (!response.contentType.startsWith('application/json')) violations.push(`content-type ${response.contentType} on 200`);
    if (typeof body.caseId !== 'string' || typeof body.decision !== 'string') violations.push('200 without caseId and decision');
    return violations;
  }

  if (!response.contentType.startsWith('application/problem+json')) violations.push(`content-type ${response.contentType} on ${response.status}`);
  const code = body.code as ErrorCode;
  if (!Object.hasOwn(ERRORS, code)) return [...violations, `code ${JSON.stringify(code)} is not in the registry`];
  if (ERRORS[code].status !== response.status || body.status !== response.status) violations.push(`code ${code} with status ${response.status}, body status ${String(body.status)}, registry ${ERRORS[code].status}`);
  for (const member of ['type', 'title', 'detail'] as const) {
    if (typeof body[member] !== 'string' || (body[member] as string).trim() === '') violations.push(`problem without ${member}`);
  }

  const errors = body.errors as { pointer?: unknown; code?: unknown; message?: unknown }[] | undefined;
  if (FIELD_ERROR_CODES.has(code) && (!Array.isArray(errors) || errors.length === 0)) violations.push(`${code} without errors[]`);
  let requestBody: unknown;
  try {
    requestBody = JSON.parse(request.body);
  } catch {
    requestBody = undefined;
  }
  for (const error of errors ?? []) {
    if (typeof error.pointer !== 'string' || !POINTER.test(error.pointer)) violations.push(`invalid pointer ${JSON.stringify(error.pointer)}`);
    else if (code === 'case.invalid' && !parentResolves(requestBody, error.pointer)) violations.push(`pointer ${error.pointer} does not locate anything in the request`);
    if (typeof error.code !== 'string' || error.code === '') violations.push(`field error without code at ${String(error.pointer)}`);
    if (typeof error.message !== 'string' || error.message.trim() === '') violations.push(`field error without message at ${String(error.pointer)}`);
  }
  return violations;
}
