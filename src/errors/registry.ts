/**
 * The one registry of error codes that reach a caller: the HTTP status and the CLI exit code of
 * each. Titles and details live in the locale files under the same code (`problem.<code>.title` and
 * `problem.<code>.detail`); a test checks that every code has both in every language and a
 * row in docs/errors.md.
 */
export interface ErrorDefinition {
  status: number;
  /** CLI exit code: 1 invalid input, 2 invalid content or usage, 3 internal error. */
  exit: 1 | 2 | 3;
}

export const ERRORS = {
  'case.invalid': { status: 400, exit: 1 },
  'case.finding-missing': { status: 422, exit: 1 },
  'request.malformed-json': { status: 400, exit: 1 },
  'request.unsupported-media-type': { status: 415, exit: 1 },
  'request.body-too-large': { status: 413, exit: 1 },
  'request.invalid-option': { status: 400, exit: 2 },
  'request.not-found': { status: 404, exit: 2 },
  'pack.not-found': { status: 404, exit: 2 },
  'pack.not-in-force': { status: 422, exit: 1 },
  'calendar.out-of-range': { status: 422, exit: 1 },
  'content.invalid': { status: 503, exit: 2 },
  'render.failed': { status: 503, exit: 3 },
  'internal': { status: 500, exit: 3 },
  'cli.usage': { status: 400, exit: 2 },
  'cli.file-unreadable': { status: 400, exit: 1 },
  'request.forbidden-key': { status: 400, exit: 1 },
  'request.invalid-body': { status: 400, exit: 1 },
  'request.bad-request': { status: 400, exit: 1 },
  'request.method-not-allowed': { status: 405, exit: 2 },
  'request.not-acceptable': { status: 406, exit: 2 },
  'request.timeout': { status: 503, exit: 3 },
  'auth.key-missing': { status: 401, exit: 2 },
  'auth.key-invalid': { status: 401, exit: 2 },
  'service.busy': { status: 503, exit: 3 },
  'service.shutting-down': { status: 503, exit: 3 },
  'service.not-ready': { status: 503, exit: 3 },
  'config.invalid': { status: 500, exit: 2 },
  'config.file-invalid': { status: 500, exit: 2 },
  'config.api-keys-required': { status: 500, exit: 2 },
  'provider.not-in-force': { status: 422, exit: 1 },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

export function errorDefinition(code: ErrorCode): ErrorDefinition {
  return ERRORS[code];
}
