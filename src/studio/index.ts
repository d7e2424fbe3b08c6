import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Channel, DocumentLang, Procedure } from '../case/types.js';
import type { RuqsatEngine } from '../engine.js';
import { EngineError } from '../errors/problem.js';
import { DEFAULT_LANG, isLang, messageCodes, translate, type Lang } from '../i18n/index.js';
import { loadAssets } from './assets.js';
import { procedureDiagram } from './diagram.js';
import { evaluateText } from './evaluate.js';
import { lintReport } from './lint.js';
import { studioPage } from './page.js';
import { previewDocuments } from './preview.js';
import { listSamples, sampleCaseText } from './samples.js';

/**
 * Content policy of the page: it loads only its own script and style sheet. The document previews
 * and the diagram are images from the same service, and the page connects to nothing else.
 */
const PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

type Query = Record<string, string | undefined>;

function langOf(request: FastifyRequest): Lang {
  const value = (request.query as Query).lang;
  return isLang(value) ? value : DEFAULT_LANG;
}

function documentLang(lang: Lang): DocumentLang {
  return lang === 'kk' ? 'kk' : 'ru';
}

/** Reads `{ "text": "<case JSON>" }`, the body every studio route that takes a case expects. */
function caseText(request: FastifyRequest): string {
  const body = request.body as { text?: unknown } | undefined;
  if (typeof body?.text !== 'string') throw new EngineError('case.invalid', {}, [{ pointer: '/text', code: 'field.required', params: { field: 'text' } }]);
  return body.text;
}

/** Parses the case text of a route that needs a valid case; a syntax error is the usual problem. */
function caseInput(request: FastifyRequest): unknown {
  try {
    return JSON.parse(caseText(request)) as unknown;
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw new EngineError('request.malformed-json', { reason: (error as Error).message });
  }
}

function studioMessages(lang: Lang): Record<string, string> {
  return Object.fromEntries(messageCodes(lang).filter((code) => code.startsWith('studio.')).map((code) => [code, translate(lang, code)]));
}

function registerPageRoutes(app: FastifyInstance): void {
  const assets = loadAssets();
  app.get('/studio', async (request, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_POLICY).send(studioPage(langOf(request))));
  app.get('/studio/assets/:name', async (request, reply) => {
    const name = (request.params as { name: string }).name;
    const asset = assets.get(name);
    if (!asset) throw new EngineError('request.not-found', { path: request.url.split('?')[0] ?? '' });
    return reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body);
  });
  app.get('/studio/api/messages', async (request) => studioMessages(langOf(request)));
}

function registerSampleRoutes(app: FastifyInstance, engine: RuqsatEngine): void {
  app.get('/studio/api/samples', async () => listSamples(engine.content.root));
  app.get('/studio/api/samples/:name', async (request) => {
    const name = (request.params as { name: string }).name;
    const text = sampleCaseText(engine.content.root, name);
    if (text === undefined) throw new EngineError('request.not-found', { path: `/studio/api/samples/${name}` });
    return { name, text };
  });
}

function registerCaseRoutes(app: FastifyInstance, engine: RuqsatEngine): void {
  app.post('/studio/api/evaluate', async (request) => evaluateText(engine, caseText(request), langOf(request)));
  app.post('/studio/api/preview', async (request) => ({ documents: await previewDocuments(engine, caseInput(request), documentLang(langOf(request))) }));
  app.post('/studio/api/bundle', async (request, reply: FastifyReply) => {
    const bundle = await engine.bundle(caseInput(request), { formats: ['docx', 'pdf'] });
    const name = `bundle-${encodeURIComponent(bundle.result.caseId)}.zip`;
    return reply.type('application/zip').header('content-disposition', `attachment; filename="${name}"`).send(await engine.zip(bundle));
  });
}

function registerContentRoutes(app: FastifyInstance, engine: RuqsatEngine): void {
  app.get('/studio/api/diagram', async (request, reply) => {
    const query = request.query as Query;
    const pack = engine.content.packs.find((candidate) => candidate.id === query.pack) ?? engine.content.packs[0];
    const channel: Channel = query.channel === 'portal' ? 'portal' : 'office';
    const svg = pack && procedureDiagram(pack, (query.procedure ?? 'issue') as Procedure, channel, langOf(request));
    if (!svg) throw new EngineError('request.not-found', { path: `/studio/api/diagram?procedure=${query.procedure ?? ''}` });
    return reply.type('image/svg+xml; charset=utf-8').send(svg);
  });
  app.get('/studio/api/lint', async (request) => lintReport(engine, langOf(request)));
}

/**
 * Registers the studio on the service: the page at `/studio`, its files under `/studio/assets/`
 * and its JSON routes under `/studio/api/`. The routes pass the service's hooks like any other,
 * so with API keys configured a browser without the key gets 401.
 */
export function registerStudio(app: FastifyInstance, engine: RuqsatEngine): void {
  registerPageRoutes(app);
  registerSampleRoutes(app, engine);
  registerCaseRoutes(app, engine);
  registerContentRoutes(app, engine);
}
