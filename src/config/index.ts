import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldErrorsFromAjv } from '../case/field-errors.js';
import { createAjv } from '../case/schema.js';
import { EngineError, type FieldError } from '../errors/problem.js';
import { fromEnvironment } from './environment.js';
import { CONFIG_SCHEMA } from './schema.js';

/** Every setting of the engine and the service, with its unit; the README lists the same defaults. */
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
  /** Bearer keys accepted by the HTTP API; empty means no authentication (loopback only). */
  apiKeys: string[];
  /** Time limit of one HTTP request, from its arrival to the response, in milliseconds. */
  requestTimeoutMs: number;
  /** Bundle requests with PDF that may wait for a render slot; one more gets 503. */
  renderQueueLimit: number;
  /** Value of Retry-After on every 503 response, in seconds. */
  retryAfterSeconds: number;
  /** Time that requests in flight get to finish after SIGTERM, in milliseconds. */
  shutdownGraceMs: number;
  /** Whether the service reloads the content when files under rules/, templates/ or schemas/ change. */
  watchContent: boolean;
  /** Quiet time after the last file change before the content is reloaded, in milliseconds. */
  reloadDebounceMs: number;
  /** Provider profile used by POST /v1/deadlines and `ruqsat deadline` when the request names none. */
  defaultProvider: string;
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
  apiKeys: [],
  requestTimeoutMs: 60_000,
  renderQueueLimit: 20,
  retryAfterSeconds: 5,
  shutdownGraceMs: 25_000,
  watchContent: true,
  reloadDebounceMs: 300,
  defaultProvider: 'kyzylorda-employment',
};

/** A configuration that cannot be used; `errors` name each bad setting by a pointer such as `/port`. */
export class ConfigError extends EngineError {
  constructor(code: 'config.invalid' | 'config.file-invalid', params: Record<string, string> = {}, errors: FieldError[] = []) {
    super(code, params, errors);
    this.name = 'ConfigError';
  }
}

function readConfigFile(file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ConfigError('config.file-invalid', { file });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError('config.file-invalid', { file });
  return parsed as Record<string, unknown>;
}

/**
 * Builds the configuration from the defaults, an optional JSON file (RUQSAT_CONFIG) and RUQSAT_*
 * environment variables, in that order, and validates the result as a whole. Throws `ConfigError`
 * listing every bad setting at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const fromFile = env.RUQSAT_CONFIG ? readConfigFile(env.RUQSAT_CONFIG) : {};
  const config = { ...DEFAULTS, ...fromFile, ...fromEnvironment(env), ...overrides };
  const validate = createAjv().compile(CONFIG_SCHEMA);
  if (!validate(config)) throw new ConfigError('config.invalid', {}, fieldErrorsFromAjv(validate.errors ?? []));
  return config as Config;
}
