import { readFileSync } from 'node:fs';
import { ERRORS } from '../../errors/registry.js';

/** Component names of the schema files in schemas/ that the API uses. */
export const SCHEMA_FILES: Record<string, string> = {
  'case.schema.json': 'Case',
  'result.schema.json': 'Result',
  'problem.schema.json': 'Problem',
  'deadline-request.schema.json': 'DeadlineRequest',
  'deadline.schema.json': 'Deadline',
  'packs.schema.json': 'Packs',
  'bundle.schema.json': 'Bundle',
  'ready.schema.json': 'Ready',
};

const SCHEMA_DIR = new URL('../../../schemas/', import.meta.url);

type Json = Record<string, unknown>;

/** Reads one schema file of the engine (the one that validates requests, not the content root's copy). */
export function readSchema(file: string): Json {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Json;
}

/**
 * Rewrites a `$ref` of a schema file into a reference to an OpenAPI component: `#/$defs/x` of file
 * `Name` becomes `#/components/schemas/Name.x`, and `other.schema.json` becomes the component of
 * that file. Tools that resolve references only against the document root can follow the result.
 */
function componentRef(ref: string, owner: string): string {
  const [file, fragment = ''] = ref.split('#');
  const name = file ? SCHEMA_FILES[file] : owner;
  if (name === undefined) throw new Error(`schema reference ${ref} in ${owner} names no known schema file`);
  const definition = /^\/\$defs\/(.+)$/.exec(fragment)?.[1];
  if (fragment !== '' && definition === undefined) throw new Error(`schema reference ${ref} in ${owner} is not to a $defs entry`);
  return `#/components/schemas/${definition === undefined ? name : `${name}.${definition}`}`;
}

function rewriteRefs(node: unknown, owner: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, owner));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === '$ref' && typeof value === 'string' ? componentRef(value, owner) : rewriteRefs(value, owner);
  }
  return copy;
}

/** Splits one schema file into components: the schema itself and one component per `$defs` entry. */
function componentsOf(file: string, name: string): Record<string, Json> {
  const { $schema: _dialect, $id: _id, $defs: definitions = {}, ...root } = readSchema(file) as Json & { $defs?: Record<string, Json> };
  const components: Record<string, Json> = { [name]: rewriteRefs(root, name) as Json };
  for (const [definition, schema] of Object.entries(definitions)) components[`${name}.${definition}`] = rewriteRefs(schema, name) as Json;
  return components;
}

/** Builds `components.schemas` from the schema files; the problem's `code` lists the registry's codes. */
export function schemaComponents(): Record<string, Json> {
  const components: Record<string, Json> = {};
  for (const [file, name] of Object.entries(SCHEMA_FILES)) Object.assign(components, componentsOf(file, name));
  const problem = components.Problem as { properties: Record<string, Json> };
  problem.properties.code = { ...problem.properties.code, enum: Object.keys(ERRORS) };
  return components;
}
