/**
 * Faults under load: Chromium is killed while bundle requests with PDF are in flight, and the
 * render queue overflows. Every request must end within the request timeout with either a bundle
 * (200) or a 503 problem document with Retry-After, and no Chromium process may outlive the
 * engine. The soak test (`npm run soak`) does the same for minutes against a server process.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config/index.js';
import { RuqsatEngine } from '../../src/engine.js';
import { ERRORS, type ErrorCode } from '../../src/errors/registry.js';
import { createLogger } from '../../src/log/index.js';
import { buildServer } from '../../src/server/index.js';
import { ROOT, readSample } from '../support/engine.js';
import { browserProcess, ChromiumWatch, leftBehind, rendererProcesses } from './chromium.js';

const REQUEST_TIMEOUT_MS = 20_000;
/** Time a response may take beyond the service's request timeout: the client's own overhead. */
const CLIENT_GRACE_MS = 3_000;
const BODY = JSON.stringify(readSample('issue-approved'));

interface Outcome {
  status: number;
  elapsedMs: number;
  contentType: string;
  retryAfter: string | null;
  code?: ErrorCode;
  /** Set when the client gave up waiting: the request hung past its timeout. */
  hung?: boolean;
}

interface Service {
  app: FastifyInstance;
  engine: RuqsatEngine;
  base: string;
  watch: ChromiumWatch;
}

async function startService(overrides: Partial<Config>): Promise<Service> {
  const config = loadConfig({}, { contentRoot: ROOT, logLevel: 'silent', watchContent: false, requestTimeoutMs: REQUEST_TIMEOUT_MS, renderTimeoutMs: 10_000, ...overrides });
  const engine = RuqsatEngine.load(config);
  const app = buildServer(engine, config, createLogger('silent'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, engine, base, watch: new ChromiumWatch(() => engine.pool.pid) };
}

async function stopService(service: Service): Promise<number[]> {
  await service.app.close();
  await service.engine.close();
  service.watch.look();
  service.watch.stop();
  return leftBehind(service.watch.seen);
}

async function bundle(service: Service): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${service.base}/v1/bundles?formats=pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: BODY,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS + CLIENT_GRACE_MS),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? '';
    const outcome: Outcome = { status: response.status, elapsedMs: performance.now() - started, contentType, retryAfter: response.headers.get('retry-after') };
    if (contentType.startsWith('application/problem+json')) outcome.code = (JSON.parse(bytes.toString('utf8')) as { code: ErrorCode }).code;
    return outcome;
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
    return { status: 0, elapsedMs: performance.now() - started, contentType: '', retryAfter: null, hung: true };
  }
}

/** Checks the contract of one response under faults: a bundle, or 503 with Retry-After, in time. */
function expectBundleOr503(outcome: Outcome, label: string): void {
  expect(outcome.hung, `${label}: hung past ${REQUEST_TIMEOUT_MS + CLIENT_GRACE_MS} ms`).toBeUndefined();
  expect(outcome.elapsedMs, `${label}: took ${outcome.elapsedMs.toFixed(0)} ms`).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + CLIENT_GRACE_MS);
  expect([200, 503], `${label}: status ${outcome.status} ${outcome.code ?? ''}`).toContain(outcome.status);
  if (outcome.status === 200) {
    expect(outcome.contentType, label).toBe('application/zip');
    return;
  }
  expect(outcome.contentType, label).toMatch(/^application\/problem\+json/);
  expect(outcome.code, `${label}: problem code`).toBeTypeOf('string');
  expect(Object.keys(ERRORS), `${label}: problem code`).toContain(outcome.code);
  expect(outcome.retryAfter ?? '(none)', `${label}: Retry-After of 503 ${outcome.code}`).toMatch(/^\d+$/);
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('Chromium killed during bundles', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startService({ pdfPages: 2 });
    const warm = await bundle(service);
    expect(warm.status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    const left = await stopService(service);
    expect(left, 'Chromium processes left after close').toEqual([]);
  }, 60_000);

  it('survives the browser being killed', async () => {
    const requests = Array.from({ length: 4 }, () => bundle(service));
    await waitFor(() => rendererProcesses(service.engine.pool.pid).length > 0, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const browser = browserProcess(service.engine.pool.pid);
    expect(browser, 'a running Chromium browser process').toBeTypeOf('number');
    process.kill(browser!, 'SIGKILL');

    const outcomes = await Promise.all(requests);
    outcomes.forEach((outcome, index) => expectBundleOr503(outcome, `request ${index + 1}`));
  }, 60_000);

  it('survives renderers being killed', async () => {
    const requests = Array.from({ length: 4 }, () => bundle(service));
    await waitFor(() => rendererProcesses(service.engine.pool.pid).length > 0, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const renderers = rendererProcesses(service.engine.pool.pid);
    expect(renderers.length, 'running renderer processes').toBeGreaterThan(0);
    for (const renderer of renderers) process.kill(renderer, 'SIGKILL');

    const outcomes = await Promise.all(requests);
    outcomes.forEach((outcome, index) => expectBundleOr503(outcome, `request ${index + 1}`));
  }, 60_000);

  it('renders again after the faults', async () => {
    const outcome = await bundle(service);
    expect(outcome.status).toBe(200);
  }, 60_000);
});

describe('render queue overflow', () => {
  it('rejects requests beyond the queue', async () => {
    const service = await startService({ pdfPages: 1, renderQueueLimit: 1 });
    try {
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => bundle(service)));
      outcomes.forEach((outcome, index) => expectBundleOr503(outcome, `request ${index + 1}`));
      expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThanOrEqual(2);
      expect(outcomes.filter((outcome) => outcome.code === 'service.busy').length).toBeGreaterThanOrEqual(1);
    } finally {
      const left = await stopService(service);
      expect(left, 'Chromium processes left after close').toEqual([]);
    }
  }, 60_000);
});
