import type { FastifyInstance } from 'fastify';
import { EngineError } from '../../errors/problem.js';
import { negotiateLang, translate } from '../../i18n/index.js';
import { ENGINE_VERSION } from '../../version.js';
import type { ServerContext } from '../context.js';
import { sendProblem } from '../problems.js';
import type { ReadyReason } from '../readiness.js';
import { JSON_TYPE, routeHandler } from '../route.js';

const PUBLIC = { config: { public: true } } as const;

function describeReasons(reasons: ReadyReason[], header: string | undefined): string {
  const lang = negotiateLang(header);
  return reasons.map((reason) => translate(lang, `server.ready.${reason.code}`, reason.params)).join(' ');
}

/**
 * GET /health (the process is running) and GET /ready (the instance can serve: content loaded and
 * the latest reload clean, Chromium usable, not shutting down). Both are open without a key.
 */
export function registerHealthRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/health', PUBLIC, routeHandler(context, async () => ({ type: JSON_TYPE, body: { status: 'ok', version: ENGINE_VERSION } })));

  app.get('/ready', PUBLIC, async (request, reply) => {
    const report = await context.readiness.check();
    reply.header('cache-control', 'no-store');
    if (report.ready) return reply.type(JSON_TYPE).send({ ready: true, version: ENGINE_VERSION, ...report.details });
    const error = new EngineError('service.not-ready', { reasons: describeReasons(report.reasons, request.headers['accept-language']) });
    const reasons = report.reasons.map((reason) => ({ code: reason.code, ...reason.params }));
    return sendProblem(request, reply, error, context.config, { ready: false, version: ENGINE_VERSION, reasons, ...report.details });
  });
}
