import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from '../config/index.js';
import type { ContentProblem } from '../content/problem.js';
import { ContentLoadError, RuqsatEngine } from '../engine.js';
import { asEngineError, EngineError, toProblem } from '../errors/problem.js';
import { negotiateLang } from '../i18n/index.js';
import { createLogger, type Logger } from '../log/index.js';
import { parseBundleOptions, parsePackOption } from '../options.js';
import { ENGINE_VERSION } from '../version.js';

type Query = { formats?: string; languages?: string; pack?: string };

function sendProblem(request: FastifyRequest, reply: FastifyReply, error: EngineError): FastifyReply {
  const problem = toProblem(error, negotiateLang(request.headers['accept-language']), request.url);
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Maps fastify's own request errors (bad JSON, size, media type) onto the registry's codes. */
function fromFastifyError(error: FastifyError): EngineError {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new EngineError('request.malformed-json', { reason: error.message });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new EngineError('request.body-too-large', { limit: 0 });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new EngineError('request.unsupported-media-type', { type: '' });
    default:
      return asEngineError(error);
  }
}

function stampProvenance(reply: FastifyReply, engine: RuqsatEngine, packId?: string): void {
  reply.header('x-ruqsat-version', ENGINE_VERSION);
  const pack = engine.content.packs.find((candidate) => candidate.id === packId);
  if (pack) reply.header('x-ruqsat-pack', `${pack.id} ${pack.hash}`);
}

/** Builds the HTTP API over an engine; the caller starts and stops it. */
export function buildServer(engine: RuqsatEngine, config: Config, logger: Logger): FastifyInstance {
  const app = Fastify({ loggerInstance: logger, bodyLimit: config.bodyLimitBytes, onProtoPoisoning: 'error', onConstructorPoisoning: 'error' }) as unknown as FastifyInstance;

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const engineError = error instanceof EngineError ? error : fromFastifyError(error);
    if (engineError.code === 'request.body-too-large') engineError.params.limit = config.bodyLimitBytes;
    if (engineError.code === 'request.unsupported-media-type') engineError.params.type = String(request.headers['content-type'] ?? '');
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' && /prototype|constructor/i.test(error.message)) {
      engineError.params.reason = error.message;
    }
    if (engineError.code === 'internal') request.log.error({ err: { message: error.message, stack: error.stack } }, 'request failed');
    else request.log.info({ code: engineError.code, fields: engineError.errors.map((field) => field.pointer) }, 'request rejected');
    return sendProblem(request, reply, engineError);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, new EngineError('request.not-found', { path: request.url.split('?')[0] ?? '' })));

  app.post<{ Querystring: Query }>('/v1/cases/evaluate', async (request, reply) => {
    const pack = parsePackOption(request.query.pack);
    const result = await engine.evaluate(request.body, pack ? { pack } : {});
    stampProvenance(reply, engine, result.pack.id);
    return reply.type('application/json; charset=utf-8').send(result);
  });

  app.post<{ Querystring: Query }>('/v1/bundles', async (request, reply) => {
    const options = parseBundleOptions(request.query.formats, request.query.languages);
    const pack = parsePackOption(request.query.pack);
    const bundle = await engine.bundle(request.body, { ...options, ...(pack ? { pack } : {}) });
    stampProvenance(reply, engine, bundle.result.pack.id);
    const zip = await engine.zip(bundle);
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="bundle-${encodeURIComponent(bundle.result.caseId)}.zip"`)
      .send(zip);
  });

  app.get('/health', async () => ({ status: 'ok', version: ENGINE_VERSION }));
  return app;
}

export interface RunningServer {
  host: string;
  port: number;
  close: () => Promise<void>;
  closed: Promise<void>;
}

/** Loads the content, starts the API and closes it (with Chromium) on SIGTERM or SIGINT. */
export async function startServer(config: Config, onProblem: (problem: ContentProblem) => void): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  let engine: RuqsatEngine;
  try {
    engine = RuqsatEngine.load(config);
  } catch (error) {
    if (error instanceof ContentLoadError) error.problems.forEach(onProblem);
    throw error instanceof ContentLoadError ? new EngineError('content.invalid', { reason: `${error.problems.length} problem(s)` }) : error;
  }

  const app = buildServer(engine, config, logger);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ host: config.host, port }, 'server started');

  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const close = async (): Promise<void> => {
    await app.close();
    await engine.close();
    logger.info('server stopped');
    resolveClosed();
  };
  const onSignal = (): void => void close();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return { host: config.host, port, close, closed };
}
