import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { JSON_TYPE, readQuery, routeHandler } from '../route.js';

/** GET /v1/packs: the rule packs in service with their period of force and content hash. */
export function registerPackRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/v1/packs', routeHandler(context, async (request) => {
    readQuery(request, []);
    const packs = request.content.packs.map((pack) => ({
      id: pack.id,
      title: pack.title,
      validFrom: pack.validFrom,
      validUntil: pack.validUntil,
      procedures: Object.keys(pack.procedures),
      hash: pack.hash,
    }));
    return { type: JSON_TYPE, body: { packs } };
  }));
}
