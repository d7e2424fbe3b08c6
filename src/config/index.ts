import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../case/schema.js';

/** Every setting of the engine, with its unit; README lists the same defaults. */
export interface Config {
  /** Folder that contains rules/, templates/ and schemas/. */
  contentRoot: string;
  host: string;
  port: number;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Chromium executable used for PDF. */
  chromiumPath: string;
  /** Pages (concurrent PDF renders) of the browser pool. */
  pdfPages: number;
  /** Time limit of one PDF render, in milliseconds. */
  renderTimeoutMs: number;
  /** Renders after which the browser is restarted. */
  browserRecycleAfter: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

const DEFAULT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULTS: Config = {
  contentRoot: DEFAULT_ROOT,
  host: '127.0.0.1',
  port: 8080,
  bodyLimitBytes: 1_048_576,
  chromiumPath: '/usr/bin/chromium-headless-shell',
  pdfPages: 2,
  renderTimeoutMs: 30_000,
  browserRecycleAfter: 500,
  logLevel: 'info',
};

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    contentRoot: { type: 'string', minLength: 1 },
    host: { type: 'string', minLength: 1 },
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    bodyLimitBytes: { type: 'integer', minimum: 1024, maximum: 104_857_600 },
    chromiumPath: { type: 'string', minLength: 1 },
    pdfPages: { type: 'integer', minimum: 1, maximum: 32 },
    renderTimeoutMs: { type: 'integer', minimum: 1000, maximum: 600_000 },
    browserRecycleAfter: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    logLevel: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] },
  },
} as const;

const ENVIRONMENT: Record<string, keyof Config> = {
  RUQSAT_CONTENT_ROOT: 'contentRoot',
  RUQSAT_HOST: 'host',
  RUQSAT_PORT: 'port',
  RUQSAT_BODY_LIMIT_BYTES: 'bodyLimitBytes',
  RUQSAT_CHROMIUM_PATH: 'chromiumPath',
  RUQSAT_PDF_PAGES: 'pdfPages',
  RUQSAT_RENDER_TIMEOUT_MS: 'renderTimeoutMs',
  RUQSAT_BROWSER_RECYCLE_AFTER: 'browserRecycleAfter',
  RUQSAT_LOG_LEVEL: 'logLevel',
};

export class ConfigError extends Error {}

function fromEnvironment(env: NodeJS.ProcessEnv): Partial<Config> {
  const values: Record<string, unknown> = {};
  for (const [variable, key] of Object.entries(ENVIRONMENT)) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    values[key] = typeof DEFAULTS[key] === 'number' ? Number(raw) : raw;
  }
  return values as Partial<Config>;
}

/**
 * Builds the configuration from the defaults, an optional JSON file (RUQSAT_CONFIG) and RUQSAT_*
 * environment variables, in that order, and validates the result as a whole.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const file = env.RUQSAT_CONFIG;
  let fromFile: Partial<Config> = {};
  if (file) {
    if (!existsSync(file)) throw new ConfigError(`Configuration file ${file} (RUQSAT_CONFIG) does not exist.`);
    fromFile = JSON.parse(readFileSync(file, 'utf8')) as Partial<Config>;
  }
  const config = { ...DEFAULTS, ...fromFile, ...fromEnvironment(env), ...overrides };
  const validate = createAjv().compile(SCHEMA);
  if (!validate(config)) {
    const details = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${details}`);
  }
  return config;
}
