import type { Config } from '../config/index.js';
import type { ContentSet } from '../decision/content.js';
import type { RuqsatEngine } from '../engine.js';
import type { Logger } from '../log/index.js';
import type { ApiKeys } from './auth.js';
import type { Readiness, ServiceState } from './readiness.js';
import type { ContentReloader } from './reload/reloader.js';
import type { RenderGate } from './render-gate.js';

/** Everything a route or hook of the service needs, built once per server. */
export interface ServerContext {
  engine: RuqsatEngine;
  config: Config;
  logger: Logger;
  keys: ApiKeys;
  gate: RenderGate;
  readiness: Readiness;
  state: ServiceState;
  reloader?: ContentReloader;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The content set in service when the request arrived; the request uses it to the end. */
    content: ContentSet;
  }
  interface FastifyContextConfig {
    /** Open without an API key and during shutdown: health, readiness and docs. */
    public?: boolean;
  }
}
