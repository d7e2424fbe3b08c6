import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ValidateFunction } from 'ajv';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createAjv } from '../../src/case/schema.js';
import { loadConfig, type Config } from '../../src/config/index.js';
import type { RuqsatEngine } from '../../src/engine.js';
import { createLogger } from '../../src/log/index.js';
import { buildServer, type ServerParts } from '../../src/server/index.js';
import { ENGINE_VERSION } from '../../src/version.js';
import { readSample, ROOT } from '../support/engine.js';

/** Collects the JSON log lines a server writes. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
    done();
  }

  get records(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

export interface TestServer {
  app: FastifyInstance;
  base: string;
  config: Config;
  close: () => Promise<void>;
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  post: (path: string, body: unknown, headers?: Record<string, string>) => Promise<Response>;
}

/** Starts the API over `engine` on 127.0.0.1 with a free port; the caller closes it (not the engine). */
export async function startTestServer(engine: RuqsatEngine, overrides: Partial<Config> = {}, options: { log?: LogCapture; parts?: ServerParts } = {}): Promise<TestServer> {
  const config = loadConfig({}, { contentRoot: ROOT, logLevel: options.log ? 'info' : 'silent', ...overrides });
  const logger = createLogger(config.logLevel, options.log);
  const app = buildServer(engine, config, logger, options.parts);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const request = (path: string, init: RequestInit = {}): Promise<Response> => fetch(base + path, init);
  return {
    app,
    base,
    config,
    close: () => app.close(),
    fetch: request,
    post: (path, body, headers = {}) =>
      request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}

let problemValidator: ValidateFunction | undefined;

/** Reads a problem document and checks the parts every problem shares: media type, schema, status, code, request id and Retry-After of a 503. */
export async function expectProblem(response: Response, status: number, code: string): Promise<Record<string, any>> {
  const problem = (await response.json()) as Record<string, any>;
  expect(problem.code, JSON.stringify(problem)).toBe(code);
  expect(response.status).toBe(status);
  expect(problem.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  expect(response.headers.get('x-ruqsat-version')).toBe(ENGINE_VERSION);
  if (status === 503) expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  problemValidator ??= createAjv().compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'problem.schema.json'), 'utf8')) as object);
  expect(problemValidator(problem), JSON.stringify(problemValidator.errors)).toBe(true);
  return problem;
}

/** Returns a deep copy of a sample case with a change applied. */
export function sampleWith(name: string, change: (input: Record<string, any>) => void): Record<string, any> {
  const input = structuredClone(readSample(name)) as Record<string, any>;
  change(input);
  return input;
}
