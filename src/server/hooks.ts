import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EngineError } from '../errors/problem.js';
import { ENGINE_VERSION } from '../version.js';
import type { ServerContext } from './context.js';
import { CONTENT_HEADER, contentHeader, servedContent, VERSION_HEADER } from './provenance.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes the request id from a reverse proxy's x-request-id when it is safe to log, else makes one. */
export function requestId(raw: IncomingMessage): string {
  const given = raw.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

function isPublic(request: FastifyRequest): boolean {
  return request.routeOptions.config?.public === true;
}

/** Counts the request as in flight until its response ends or its connection closes. */
function track(context: ServerContext, reply: FastifyReply): void {
  context.state.inFlight++;
  reply.raw.once('close', () => context.state.inFlight--);
}

/**
 * Installs the hooks that every request passes. A request keeps the content set in service at its
 * arrival. Outside the public routes, it is rejected during shutdown and without a valid key. Its
 * response gets the version, content and request id headers, and the log gets one line.
 */
export function installHooks(app: FastifyInstance, context: ServerContext): void {
  app.decorateRequest('content', null as never);

  app.addHook('onRequest', async (request, reply) => {
    request.content = context.engine.content;
    if (isPublic(request)) return;
    if (context.state.closing) throw new EngineError('service.shutting-down');
    if (context.keys.enabled) context.keys.check(request);
    track(context, reply);
  });

  app.addHook('onSend', async (request, reply) => {
    // A kept-alive connection would hold the shutdown until its idle timeout (72 s in fastify 5).
    if (context.state.closing) reply.header('connection', 'close');
    reply.header(VERSION_HEADER, ENGINE_VERSION);
    reply.header('x-request-id', String(request.id));
    if (!reply.hasHeader(CONTENT_HEADER) && request.content) reply.header(CONTENT_HEADER, contentHeader(servedContent(request.content)));
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route template, never the raw path: a path may carry whatever a client typed into it.
    const route = request.routeOptions.url ?? '(no route)';
    request.log.info({ method: request.method, route, status: reply.statusCode, durationMs: Math.round(reply.elapsedTime) }, 'request completed');
  });
}
