import type { FastifyInstance } from 'fastify';
import { computeDeadline } from '../../deadline/index.js';
import { negotiateLang } from '../../i18n/index.js';
import type { ServerContext } from '../context.js';
import { CONTENT_HEADER, contentHeader } from '../provenance.js';
import { JSON_TYPE, readQuery, routeHandler } from '../route.js';

/** POST /v1/deadlines: a start moment plus a duration, with the skipped days described in the caller's language. */
export function registerDeadlineRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post('/v1/deadlines', routeHandler(context, async (request) => {
    readQuery(request, []);
    const lang = negotiateLang(request.headers['accept-language']);
    const deadline = computeDeadline(request.content, request.body, lang, context.config.defaultProvider);
    return {
      type: JSON_TYPE,
      body: deadline,
      headers: { [CONTENT_HEADER]: contentHeader(deadline.content), 'content-language': lang, vary: 'Accept-Language' },
    };
  }));
}
