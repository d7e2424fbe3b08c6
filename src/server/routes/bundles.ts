import type { FastifyInstance } from 'fastify';
import type { BundleFile } from '../../bundle/index.js';
import type { Bundle } from '../../engine.js';
import { parseBundleOptions, parsePackOption } from '../../options.js';
import { negotiateMediaType } from '../accept.js';
import type { ServerContext } from '../context.js';
import { decisionHeaders } from '../provenance.js';
import { JSON_TYPE, readQuery, routeHandler, type RouteResponse } from '../route.js';

const MEDIA_TYPES: Record<BundleFile['format'], string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

function asJson(bundle: Bundle): RouteResponse {
  const documents = bundle.files.map((file) => ({
    name: file.name,
    kind: file.kind,
    lang: file.lang,
    format: file.format,
    mediaType: MEDIA_TYPES[file.format],
    bytes: file.bytes.length,
    sha256: file.sha256,
    base64: file.bytes.toString('base64'),
  }));
  return { type: JSON_TYPE, body: { manifest: bundle.manifest, result: bundle.result, documents } };
}

async function asZip(context: ServerContext, bundle: Bundle): Promise<RouteResponse> {
  const zip = await context.engine.zip(bundle);
  const name = `bundle-${encodeURIComponent(bundle.result.caseId)}.zip`;
  return { type: 'application/zip', body: zip, headers: { 'content-disposition': `attachment; filename="${name}"` } };
}

/**
 * POST /v1/bundles: a ZIP by default, JSON with base64 documents for `Accept: application/json`.
 * A bundle with PDF first takes a render slot, so a full queue gets 503 before any work is done.
 */
export function registerBundleRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post('/v1/bundles', routeHandler(context, async (request, signal) => {
    const query = readQuery(request, ['formats', 'languages', 'pack']);
    const options = parseBundleOptions(query.formats, query.languages);
    const pack = parsePackOption(query.pack);
    const mediaType = negotiateMediaType(request.headers.accept, ['application/zip', 'application/json']);

    const release = options.formats.includes('pdf') ? await context.gate.acquire(signal) : () => undefined;
    let bundle: Bundle;
    try {
      bundle = await context.engine.bundle(request.body, { ...options, ...(pack ? { pack } : {}) }, request.content);
    } finally {
      release();
    }
    const response = mediaType === 'application/json' ? asJson(bundle) : await asZip(context, bundle);
    response.headers = { ...response.headers, ...decisionHeaders(bundle.result.pack, bundle.result.content), vary: 'Accept' };
    return response;
  }));
}
