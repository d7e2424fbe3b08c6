import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { buildOpenApi } from '../openapi/document.js';
import { renderDocsPage } from '../openapi/html.js';
import { JSON_TYPE, routeHandler } from '../route.js';

const PUBLIC = { config: { public: true } } as const;

/** A page without scripts or outside resources needs nothing more than inline styles. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** GET /docs (HTML) and GET /docs/openapi.json, built once from the schema files. */
export function registerDocsRoutes(app: FastifyInstance, context: ServerContext): void {
  const document = buildOpenApi(context.keys.enabled);
  const page = renderDocsPage(document);
  app.get('/docs/openapi.json', PUBLIC, routeHandler(context, async () => ({ type: JSON_TYPE, body: document })));
  app.get('/docs', PUBLIC, routeHandler(context, async () => ({ type: 'text/html; charset=utf-8', body: page, headers: { 'content-security-policy': PAGE_POLICY } })));
}
