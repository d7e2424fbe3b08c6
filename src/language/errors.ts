/**
 * Codes of the errors thrown by the language helpers. The English message is for logs. Texts for
 * people are looked up by code in the locale files, filled in with `params`.
 */
export type LanguageErrorCode =
  | 'language.invalid-date'
  | 'language.invalid-amount'
  | 'language.invalid-locale'
  | 'language.invalid-argument';

/**
 * An invalid value given to a language helper. Templates call these helpers, so a missing or
 * malformed value fails the render with this error instead of printing «Invalid Date», «NaN» or
 * «[object Object]» into a document.
 */
export class LanguageError extends Error {
  override readonly name = 'LanguageError';
  readonly code: LanguageErrorCode;
  /** Message parameters: `value` is the rejected value as text, `expected` describes a valid one. */
  readonly params: Readonly<{ value: string; expected: string }>;

  constructor(code: LanguageErrorCode, value: unknown, problem: string, expected: string) {
    const description = describeValue(value);
    super(`Invalid value ${description}: ${problem}. Expected ${expected}.`);
    this.code = code;
    this.params = { value: description, expected };
  }
}

const MAX_SHOWN_LENGTH = 60;

function describeObject(value: object): string {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? 'a Date object with no valid time' : `a Date object (${value.toISOString()})`;
  }
  if (Array.isArray(value)) {
    return `an array of ${value.length} items`;
  }
  const keys = Object.keys(value).slice(0, 5);
  return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.join(', ')}`;
}

/**
 * Describes any value for an error message, naming its type where the value alone would mislead.
 * A Handlebars helper called with a missing argument receives the options object, which shows up
 * here as «an object with keys …» rather than «[object Object]».
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const excerpt = value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value;
    return JSON.stringify(excerpt);
  }
  if (typeof value === 'number') {
    return Number.isNaN(value) ? 'the number NaN' : `the number ${value}`;
  }
  if (typeof value === 'bigint') {
    return `the bigint ${value}`;
  }
  if (value === null || value === undefined || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'object') {
    return describeObject(value);
  }
  return `a ${typeof value}`;
}
