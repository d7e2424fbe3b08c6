import type { FastifyInstance } from 'fastify';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { escapeToken } from '../case/pointer.js';
import { lineAndColumn } from '../content/json-file.js';
import { EngineError, type FieldError } from '../errors/problem.js';

/**
 * Keys that can reach Object.prototype through careless merging. JSON.parse stores them as plain
 * own properties, so parsing is safe, but no endpoint has a field of that name, and a body that
 * has one is rejected before any code copies it.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);

/** Reports at most this many forbidden keys; the rest add nothing for the caller. */
const MAX_REPORTED = 20;

/** Message keys under `server.json.problem.` for the jsonc-parser error names. */
const SYNTAX_PROBLEMS: Record<string, string> = {
  PropertyNameExpected: 'property-name-expected',
  ValueExpected: 'value-expected',
  ColonExpected: 'colon-expected',
  CommaExpected: 'comma-expected',
  CloseBraceExpected: 'close-brace-expected',
  CloseBracketExpected: 'close-bracket-expected',
  EndOfFileExpected: 'end-expected',
  InvalidCommentToken: 'comment',
  UnexpectedEndOfComment: 'comment',
  UnexpectedEndOfString: 'unterminated-string',
  InvalidNumberFormat: 'invalid-number',
  UnexpectedEndOfNumber: 'invalid-number',
};

/**
 * Builds `request.malformed-json` with the line, the column and a problem key. The edge turns them
 * into a sentence in the caller's language (see `localizedParams`).
 */
function malformed(text: string): EngineError {
  if (text.trim() === '') return new EngineError('request.malformed-json', { problem: 'empty' });
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const { line, column } = lineAndColumn(text, first?.offset ?? text.length);
  const problem = (first && SYNTAX_PROBLEMS[printParseErrorCode(first.error)]) ?? 'invalid-symbol';
  return new EngineError('request.malformed-json', { line, column, problem });
}

/** Lists the pointers of every `__proto__` or `constructor` key, depth first, without recursion. */
export function forbiddenKeys(value: unknown): FieldError[] {
  const found: FieldError[] = [];
  const stack: { node: unknown; pointer: string }[] = [{ node: value, pointer: '' }];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const { node, pointer } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    for (const key of Object.keys(node)) {
      const child = `${pointer}/${escapeToken(key)}`;
      if (FORBIDDEN_KEYS.has(key)) found.push({ pointer: child, code: 'field.forbidden-key', params: { key } });
      else stack.push({ node: (node as Record<string, unknown>)[key], pointer: child });
    }
  }
  return found.sort((a, b) => a.pointer.localeCompare(b.pointer));
}

/** Parses a request body as strict JSON and rejects forbidden keys; throws EngineError otherwise. */
export function parseJsonBody(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed(text);
  }
  const forbidden = forbiddenKeys(value);
  if (forbidden.length > 0) throw new EngineError('request.forbidden-key', {}, forbidden);
  return value;
}

/**
 * Replaces fastify's body parsers with one for application/json. Without the text/plain parser, a
 * case sent as text gets 415 instead of reaching validation as a string.
 */
export function installJsonParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
