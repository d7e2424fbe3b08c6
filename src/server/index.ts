import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import type { ContentProblem } from '../content/problem.js';
import { ContentLoadError, RuqsatEngine } from '../engine.js';
import { EngineError } from '../errors/problem.js';
import { createLogger, type Logger } from '../log/index.js';
import { ApiKeys, assertAuthConfigured } from './auth.js';
import type { ServerContext } from './context.js';
import { frameworkErrorHandler, installErrorHandlers } from './errors.js';
import { installHooks, requestId } from './hooks.js';
import { installJsonParser } from './json-body.js';
import { Readiness, type ServiceState } from './readiness.js';
import { ContentReloader } from './reload/reloader.js';
import { RenderGate } from './render-gate.js';
import { registerBundleRoutes } from './routes/bundles.js';
import { registerCaseRoutes } from './routes/cases.js';
import { registerDeadlineRoutes } from './routes/deadlines.js';
import { registerDocsRoutes } from './routes/docs.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerPackRoutes } from './routes/packs.js';
import { shutDown } from './shutdown.js';
import { registerStudio } from '../studio/index.js';

export { ContentReloader } from './reload/reloader.js';
export type { ReloadOutcome, ReloadStatus } from './reload/reloader.js';
export { isLoopbackHost } from './auth.js';

export interface ServerParts {
  /** Reloads the content on file changes; GET /ready reports its failures. */
  reloader?: ContentReloader;
  state?: ServiceState;
}

function createContext(engine: RuqsatEngine, config: Config, logger: Logger, parts: ServerParts): ServerContext {
  const state = parts.state ?? { closing: false, inFlight: 0 };
  const gate = new RenderGate(config.pdfPages, config.renderQueueLimit);
  const readiness = new Readiness(engine, gate, state, logger, parts.reloader);
  const context: ServerContext = { engine, config, logger, keys: new ApiKeys(config.apiKeys), gate, readiness, state };
  if (parts.reloader) context.reloader = parts.reloader;
  return context;
}

/** Builds the HTTP API over an engine; the caller starts and stops it. */
export function buildServer(engine: RuqsatEngine, config: Config, logger: Logger, parts: ServerParts = {}): FastifyInstance {
  const context = createContext(engine, config, logger, parts);
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    genReqId: requestId,
    // hooks.ts writes one line per request with the route template instead of the raw URL.
    logController: new LogController({ disableRequestLogging: true }),
    // During shutdown the service responds with its own problem document, not fastify's plain 503.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    frameworkErrors: frameworkErrorHandler(context),
  }) as unknown as FastifyInstance;

  app.decorate('ruqsat', context);
  installJsonParser(app);
  installHooks(app, context);
  installErrorHandlers(app, context);
  registerCaseRoutes(app, context);
  registerBundleRoutes(app, context);
  registerDeadlineRoutes(app, context);
  registerPackRoutes(app, context);
  registerHealthRoutes(app, context);
  registerDocsRoutes(app, context);
  registerStudio(app, engine);
  return app;
}

/** Returns the context a server was built with, for the shutdown and for tests. */
export function serverContext(app: FastifyInstance): ServerContext {
  return (app as unknown as { ruqsat: ServerContext }).ruqsat;
}

export interface RunningServer {
  host: string;
  port: number;
  app: FastifyInstance;
  engine: RuqsatEngine;
  reloader: ContentReloader | undefined;
  /** Stops accepting, lets requests in flight finish (up to shutdownGraceMs), closes Chromium. */
  close: () => Promise<void>;
  closed: Promise<void>;
}

export interface StartOptions {
  /** Receives each content problem found at start. */
  onProblem?: (problem: ContentProblem) => void;
  logger?: Logger;
  /** Shut down on SIGTERM and SIGINT; true by default. */
  handleSignals?: boolean;
}

function loadEngine(config: Config, logger: Logger, onProblem: (problem: ContentProblem) => void): RuqsatEngine {
  try {
    return RuqsatEngine.load(config, { logger });
  } catch (error) {
    if (!(error instanceof ContentLoadError)) throw error;
    error.problems.forEach(onProblem);
    throw new EngineError('content.invalid', { reason: `${error.problems.length} problem(s)` });
  }
}

/**
 * Loads the content, starts the API and, on SIGTERM or SIGINT, shuts it down gracefully. Refuses
 * to start on an address other than loopback without API keys.
 */
export async function startServer(config: Config, onProblemOrOptions: StartOptions | ((problem: ContentProblem) => void) = {}): Promise<RunningServer> {
  const options = typeof onProblemOrOptions === 'function' ? { onProblem: onProblemOrOptions } : onProblemOrOptions;
  assertAuthConfigured(config);
  const logger = options.logger ?? createLogger(config.logLevel);
  const engine = loadEngine(config, logger, options.onProblem ?? (() => undefined));
  const reloader = config.watchContent ? new ContentReloader(engine, { debounceMs: config.reloadDebounceMs, logger }) : undefined;
  const state: ServiceState = { closing: false, inFlight: 0 };
  const app = buildServer(engine, config, logger, { ...(reloader ? { reloader } : {}), state });

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await engine.close();
    throw error;
  }
  reloader?.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ host: config.host, port, auth: config.apiKeys.length > 0, watchContent: config.watchContent }, 'server started');
  serverContext(app).readiness.warmUp();

  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= shutDown(app, serverContext(app), config.shutdownGraceMs).then(resolveClosed);
    return closing;
  };
  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, 'shutdown requested');
      void close();
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    void closed.then(() => {
      process.removeListener('SIGTERM', onSignal);
      process.removeListener('SIGINT', onSignal);
    });
  }
  return { host: config.host, port, app, engine, reloader, close, closed };
}
