import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EngineError } from '../errors/problem.js';
import { ERRORS } from '../errors/registry.js';
import type { ServerContext } from './context.js';
import { fromFastifyError, sendProblem } from './problems.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Logs an error that the service responds with. It logs only codes, pointers and the parameters
 * of server-side failures, because parameters of input errors can hold the caller's values, such
 * as a БИН.
 */
function logError(request: FastifyRequest, error: EngineError, cause: unknown): void {
  const status = ERRORS[error.code].status;
  if (error.code === 'internal') {
    const err = cause instanceof Error ? { type: cause.name, message: cause.message, stack: cause.stack } : { message: String(cause) };
    request.log.error({ code: error.code, err }, 'request failed');
  } else if (status >= 500) {
    request.log.warn({ code: error.code, params: error.params }, 'request failed');
  } else {
    request.log.info({ code: error.code, fields: error.errors.map((field) => `${field.pointer} ${field.code}`) }, 'request rejected');
  }
}

/** Lists the methods that a path has routes for, so a wrong method gets 405 instead of 404. */
function allowedMethods(app: FastifyInstance, url: string): string[] {
  return METHODS.filter((method) => app.hasRoute({ url, method }));
}

/**
 * Creates the handler for errors that fastify raises before routing, such as a malformed URL.
 * They bypass the error handler, so pass this as the `frameworkErrors` option.
 */
export function frameworkErrorHandler(context: ServerContext) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const engineError = fromFastifyError(error, request, context.config.bodyLimitBytes);
    logError(request, engineError, error);
    sendProblem(request, reply, engineError, context.config);
  };
}

/** Responds to every error, unknown route and wrong method with a problem document. */
export function installErrorHandlers(app: FastifyInstance, context: ServerContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const engineError = error instanceof EngineError ? error : fromFastifyError(error, request, context.config.bodyLimitBytes);
    logError(request, engineError, error);
    return sendProblem(request, reply, engineError, context.config);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = allowedMethods(app, path);
    const error = allowed.length > 0
      ? new EngineError('request.method-not-allowed', { path, method: request.method, allowed: allowed.join(', ') })
      : new EngineError('request.not-found', { path });
    logError(request, error, undefined);
    return sendProblem(request, reply, error, context.config);
  });
}
