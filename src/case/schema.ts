import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats ships CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const CASE_SCHEMA_FILE = fileURLToPath(new URL('../../schemas/case.schema.json', import.meta.url));

/**
 * Creates the ajv instance used for every schema of the project: JSON Schema 2020-12, all errors at
 * once and full date checks, so 2023-02-29 is invalid. It neither coerces nor removes data, so an
 * ИИН given as a number is rejected instead of losing its leading zero.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    coerceTypes: false,
    removeAdditional: false,
    useDefaults: false,
    allowUnionTypes: true,
    // verbose puts the parent schema on each error, so an unknown field can get the nearest known name.
    verbose: true,
  });
  addFormats(ajv, { mode: 'full', formats: ['date', 'date-time', 'email'] });
  return ajv;
}

let caseValidator: ValidateFunction | undefined;

export function caseSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(CASE_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
}

export function validateCaseShape(data: unknown): ErrorObject[] {
  caseValidator ??= createAjv().compile(caseSchema());
  return caseValidator(data) ? [] : [...(caseValidator.errors ?? [])];
}
