import type { FastifyInstance } from 'fastify';
import { validateCase } from '../../case/validate.js';
import { parsePackOption } from '../../options.js';
import type { ServerContext } from '../context.js';
import { decisionHeaders } from '../provenance.js';
import { JSON_TYPE, readQuery, routeHandler } from '../route.js';

/** POST /v1/cases/validate and POST /v1/cases/evaluate. */
export function registerCaseRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post('/v1/cases/validate', routeHandler(context, async (request) => {
    readQuery(request, []);
    validateCase(request.body);
    return { type: JSON_TYPE, body: { valid: true } };
  }));

  app.post('/v1/cases/evaluate', routeHandler(context, async (request) => {
    const pack = parsePackOption(readQuery(request, ['pack']).pack);
    const result = await context.engine.evaluate(request.body, pack ? { pack } : {}, request.content);
    return { type: JSON_TYPE, body: result, headers: decisionHeaders(result.pack, result.content) };
  }));
}
