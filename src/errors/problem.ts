import { translate, type Lang, type Params } from '../i18n/index.js';
import { ERRORS, type ErrorCode } from './registry.js';

/** One finding about the input, located by a JSON Pointer into the request body. */
export interface FieldError {
  pointer: string;
  code: string;
  params: Params;
}

/**
 * A failure that reaches the caller. It carries data only; `toProblem` turns it into an
 * RFC 9457 problem document in the caller's language at the edge.
 */
export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly errors: FieldError[];

  constructor(code: ErrorCode, params: Params = {}, errors: FieldError[] = []) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'EngineError';
    this.code = code;
    this.params = params;
    this.errors = errors;
  }
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: { pointer: string; code: string; message: string }[];
}

const TYPE_BASE = 'https://ruqsat.kz/problems/';

export function toProblem(error: EngineError, lang: Lang, instance?: string): ProblemDocument {
  const problem: ProblemDocument = {
    type: TYPE_BASE + error.code,
    title: translate(lang, `problem.${error.code}.title`),
    status: ERRORS[error.code].status,
    detail: translate(lang, `problem.${error.code}.detail`, { ...error.params, count: error.errors.length }),
    code: error.code,
  };
  if (instance) problem.instance = instance;
  if (error.errors.length > 0) {
    problem.errors = error.errors.map((field) => ({
      pointer: field.pointer,
      code: field.code,
      message: translate(lang, field.code, field.params),
    }));
  }
  return problem;
}

/** Wraps an unexpected failure so that callers always get a problem document, never a stack trace. */
export function asEngineError(error: unknown): EngineError {
  return error instanceof EngineError ? error : new EngineError('internal');
}
