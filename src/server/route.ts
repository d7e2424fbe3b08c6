import type { FastifyReply, FastifyRequest } from 'fastify';
import { EngineError } from '../errors/problem.js';
import type { ServerContext } from './context.js';
import { withTimeout } from './timeout.js';

/** Response computed by a route. The wrapper sends it, so a route never writes to a reply after its timeout. */
export interface RouteResponse {
  status?: number;
  type: string;
  body: unknown;
  headers?: Record<string, string>;
}

export type RouteWork = (request: FastifyRequest, signal: AbortSignal) => Promise<RouteResponse>;

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Wraps a route's work with the request timeout and sends its response. */
export function routeHandler(context: ServerContext, work: RouteWork) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const response = await withTimeout(context.config.requestTimeoutMs, (signal) => work(request, signal), (error) => {
      request.log.warn({ err: { message: (error as Error).message }, code: (error as EngineError).code }, 'request failed after its timeout');
    });
    reply.code(response.status ?? 200).type(response.type);
    for (const [name, value] of Object.entries(response.headers ?? {})) reply.header(name, value);
    return reply.send(response.body);
  };
}

/**
 * Reads the query of a request: every parameter must be one of `allowed`, so a misspelt option is
 * an error rather than a silently applied default. A repeated parameter counts as one list,
 * `?formats=pdf&formats=docx` as `formats=pdf,docx`.
 */
export function readQuery(request: FastifyRequest, allowed: readonly string[]): Record<string, string | undefined> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const values: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.includes(name)) throw new EngineError('request.invalid-option', { option: name, value: String(value), allowed: allowed.join(', ') || '—' });
    values[name] = [value].flat().map(String).join(',');
  }
  return values;
}
