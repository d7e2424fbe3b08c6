import type { ErrorObject } from 'ajv';
import type { FieldError } from '../errors/problem.js';
import { nearestName } from '../util/nearest.js';
import { escapeToken } from './pointer.js';

/** Format hints by the name of the `$defs` entry whose pattern or format failed. */
const HINTED_DEFINITIONS = new Set(['bin', 'iin', 'date', 'instant']);

/** Fields whose own pattern has a hint of its own, by property name. */
const HINTED_PROPERTIES = new Set(['oked', 'citizenship', 'id', 'worker', 'kind', 'document', 'reason']);

function lastToken(pointer: string): string {
  const tokens = pointer.split('/');
  return tokens[tokens.length - 1] ?? '';
}

function definitionName(schemaPath: string): string | undefined {
  return /#\/\$defs\/([^/]+)\/(pattern|format)$/.exec(schemaPath)?.[1];
}

function knownProperties(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties).filter((name) => name !== '$schema') : [];
}

function formatError(error: ErrorObject): FieldError {
  const pointer = error.instancePath;
  const definition = definitionName(error.schemaPath);
  if (definition === 'nonBlank') return { pointer, code: 'field.blank', params: {} };
  if (definition && HINTED_DEFINITIONS.has(definition)) return { pointer, code: `field.format.${definition}`, params: {} };

  const property = lastToken(pointer);
  if (HINTED_PROPERTIES.has(property)) return { pointer, code: `field.format.${property}`, params: {} };
  if (error.keyword === 'format') return { pointer, code: 'field.format', params: { format: String(error.params.format) } };
  return { pointer, code: 'field.pattern', params: { pattern: String(error.params.pattern) } };
}

/** Turns one ajv error into a field error with a stable code and the parameters its message needs. */
function toFieldError(error: ErrorObject): FieldError {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return { pointer: `${pointer}/${escapeToken(field)}`, code: 'field.required', params: { field } };
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const suggestion = nearestName(field, knownProperties(error));
      return suggestion
        ? { pointer: `${pointer}/${escapeToken(field)}`, code: 'field.unknown-property.suggest', params: { field, suggestion } }
        : { pointer: `${pointer}/${escapeToken(field)}`, code: 'field.unknown-property', params: { field } };
    }
    case 'type':
      return { pointer, code: `field.type.${String(params.type).split(',')[0]}`, params: {} };
    case 'enum':
      return { pointer, code: 'field.enum', params: { allowed: (params.allowedValues as unknown[]).join(', ') } };
    case 'const':
      return { pointer, code: 'field.enum', params: { allowed: String(params.allowedValue) } };
    case 'minLength':
      return { pointer, code: 'field.blank', params: {} };
    case 'pattern':
    case 'format':
      return formatError(error);
    case 'minimum':
    case 'maximum':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return { pointer, code: `field.${error.keyword}`, params: { limit: Number(params.limit) } };
    case 'uniqueItems':
      return { pointer, code: 'field.unique-items', params: { first: Number(params.j) + 1, second: Number(params.i) + 1 } };
    default:
      return { pointer, code: 'field.invalid', params: { keyword: error.keyword } };
  }
}

/**
 * Converts ajv errors into field errors, one per pointer: a date such as 04.12.2026 fails both the
 * pattern and the format keyword, and the person fixing it needs one message, not two.
 */
export function fieldErrorsFromAjv(errors: ErrorObject[]): FieldError[] {
  const byPointer = new Map<string, FieldError>();
  for (const error of errors) {
    const fieldError = toFieldError(error);
    if (!byPointer.has(fieldError.pointer)) byPointer.set(fieldError.pointer, fieldError);
  }
  return [...byPointer.values()];
}
