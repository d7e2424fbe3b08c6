import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { asEngineError, EngineError, toProblem, type ProblemDocument } from '../errors/problem.js';
import type { ErrorCode } from '../errors/registry.js';
import { negotiateLang, translate, type Lang, type Params } from '../i18n/index.js';
import { ENGINE_VERSION } from '../version.js';
import { VERSION_HEADER } from './provenance.js';

/** Problem document as the service sends it, with the id under which it logs the request. */
export type ServiceProblem = ProblemDocument & { requestId: string } & Record<string, unknown>;

/** Codes whose detail names the Retry-After delay. */
const NAMES_RETRY: ReadonlySet<ErrorCode> = new Set(['service.busy', 'request.timeout']);

/** Status whose problems carry Retry-After: the delay after which the service expects to serve again. */
const UNAVAILABLE = 503;

/** Fastify's request errors with a code of their own in the registry. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported-media-type',
};

/**
 * Maps an error that fastify raised before a handler ran onto the registry. Other client errors
 * (a malformed URL, a wrong Content-Length) become `request.bad-request` with fastify's code.
 */
export function fromFastifyError(error: FastifyError, request: FastifyRequest, bodyLimitBytes: number): EngineError {
  const code = FASTIFY_CODES[error.code];
  if (code === 'request.malformed-json') return new EngineError(code, { problem: error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'empty' : 'invalid-symbol' });
  if (code === 'request.body-too-large') return new EngineError(code, { limit: bodyLimitBytes });
  if (code === 'request.unsupported-media-type') return new EngineError(code, { type: String(request.headers['content-type'] ?? '—') });
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return new EngineError('request.bad-request', { reason: error.code ?? String(status) });
  return asEngineError(error);
}

/** Fills parameters that are sentences of their own in the caller's language. */
function localizedParams(error: EngineError, lang: Lang): Params {
  if (error.code !== 'request.malformed-json' || typeof error.params.problem !== 'string') return error.params;
  const problem = translate(lang, `server.json.problem.${error.params.problem}`);
  const reason = error.params.line === undefined ? problem : translate(lang, 'server.json.syntax', { ...error.params, problem });
  return { ...error.params, reason };
}

/** Builds the problem document of an error in the language of the request's Accept-Language. */
export function problemFor(request: FastifyRequest, error: EngineError, extra: Record<string, unknown> = {}): { problem: ServiceProblem; lang: Lang } {
  const lang = negotiateLang(request.headers['accept-language']);
  const localized = new EngineError(error.code, localizedParams(error, lang), error.errors);
  // Extension members come first, so none of them can replace a standard member such as `status`.
  const problem = { ...extra, ...toProblem(localized, lang, request.url), requestId: String(request.id) };
  return { problem, lang };
}

export interface ProblemHeaders {
  retryAfterSeconds: number;
}

/** Sends an error as application/problem+json with the headers its code calls for. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: EngineError, options: ProblemHeaders, extra: Record<string, unknown> = {}): FastifyReply {
  const withRetry = NAMES_RETRY.has(error.code) ? new EngineError(error.code, { ...error.params, retryAfter: options.retryAfterSeconds }, error.errors) : error;
  const { problem, lang } = problemFor(request, withRetry, extra);
  reply.code(problem.status).type('application/problem+json; charset=utf-8').header('content-language', lang).header('vary', 'Accept-Language');
  // Set here as well as in onSend, because fastify responds to a malformed URL without running hooks.
  reply.header('x-request-id', problem.requestId).header(VERSION_HEADER, ENGINE_VERSION);
  if (problem.status === UNAVAILABLE) reply.header('retry-after', String(options.retryAfterSeconds));
  if (error.code === 'auth.key-missing') reply.header('www-authenticate', 'Bearer realm="ruqsat"');
  if (error.code === 'auth.key-invalid') reply.header('www-authenticate', 'Bearer realm="ruqsat", error="invalid_token"');
  if (error.code === 'request.method-not-allowed') reply.header('allow', String(error.params.allowed ?? ''));
  if (error.code === 'service.shutting-down') reply.header('connection', 'close');
  return reply.send(problem);
}
