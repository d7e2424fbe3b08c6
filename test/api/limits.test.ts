import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { RuqsatEngine } from '../../src/engine.js';
import type { ServiceState } from '../../src/server/readiness.js';
import { closeTestEngine, readSample, ROOT, testEngine } from '../support/engine.js';
import { expectProblem, startTestServer, type TestServer } from './harness.js';

afterAll(async () => {
  await closeTestEngine();
});

// Bundles with PDF take seconds when the whole suite shares two cores with several Chromiums.
describe('render queue', { timeout: 30_000 }, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(testEngine(), { pdfPages: 1, renderQueueLimit: 1, retryAfterSeconds: 7 });
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers 503 with Retry-After once the queue is full', async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => server.post('/v1/bundles?formats=pdf&languages=ru', readSample('issue-approved'))));
    const busy = responses.filter((response) => response.status === 503);
    const served = responses.filter((response) => response.status === 200);

    // One bundle renders, one waits, and the other three arrive while both slots are taken.
    expect(served).toHaveLength(2);
    expect(busy).toHaveLength(3);
    for (const response of busy) {
      const problem = await expectProblem(response, 503, 'service.busy');
      expect(response.headers.get('retry-after')).toBe('7');
      expect(problem.detail).toBe('Очередь формирования PDF заполнена (запросов в очереди: 1). Повторите запрос через 7 с.');
    }
    for (const response of served) {
      expect(response.headers.get('content-type')).toBe('application/zip');
      await response.arrayBuffer();
    }
  });

  it('lets bundles without PDF pass a full queue', async () => {
    const responses = await Promise.all(Array.from({ length: 4 }, () => server.post('/v1/bundles?formats=docx,html&languages=ru', readSample('issue-approved'))));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    await Promise.all(responses.map((response) => response.arrayBuffer()));
  });
});

describe('request timeout', () => {
  let engine: RuqsatEngine;
  let server: TestServer;
  let finish: () => void = () => undefined;

  beforeAll(async () => {
    engine = RuqsatEngine.load(loadConfig({}, { contentRoot: ROOT }));
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const evaluate = engine.evaluate.bind(engine);
    // A stand-in for a request stuck in the engine: it ends only when the test lets it.
    engine.evaluate = async (...args) => {
      await slow;
      return evaluate(...args);
    };
    server = await startTestServer(engine, { requestTimeoutMs: 300 });
  });

  afterAll(async () => {
    finish();
    await server.close();
    await engine.close();
  });

  it('answers 503 request.timeout with Retry-After', async () => {
    const response = await server.post('/v1/cases/evaluate', readSample('issue-approved'));
    const problem = await expectProblem(response, 503, 'request.timeout');
    expect(response.headers.get('retry-after')).toBe('5');
    expect(problem.detail).toBe('Запрос не завершился за 300 мс. Повторите его позже; если ошибка повторяется, сообщите администратору идентификатор запроса.');
  });

  it('leaves fast endpoints within the limit', async () => {
    const response = await server.post('/v1/cases/validate', readSample('issue-approved'));
    expect(response.status).toBe(200);
  });
});

describe('Chromium that cannot start', { timeout: 30_000 }, () => {
  let engine: RuqsatEngine;
  let server: TestServer;

  beforeAll(async () => {
    engine = RuqsatEngine.load(loadConfig({}, { contentRoot: ROOT, chromiumPath: '/nonexistent/chromium-headless-shell' }));
    server = await startTestServer(engine);
  });

  afterAll(async () => {
    await server.close();
    await engine.close();
  });

  it('makes /ready answer 503 with the reason', async () => {
    const response = await server.fetch('/ready', { headers: { 'accept-language': 'en' } });
    const problem = await expectProblem(response, 503, 'service.not-ready');

    expect(problem.ready).toBe(false);
    expect(problem.reasons.map((reason: { code: string }) => reason.code)).toEqual(['chromium-unusable']);
    expect(problem.detail).toMatch(/^The service is not ready: Chromium cannot print PDF \(render\.browser-launch-failed: /);
    expect(problem.chromium.usable).toBe(false);
  });

  it('answers render.failed for PDF and still renders DOCX', async () => {
    await expectProblem(await server.post('/v1/bundles?formats=pdf&languages=ru', readSample('issue-approved')), 503, 'render.failed');
    const docx = await server.post('/v1/bundles?formats=docx&languages=ru', readSample('issue-approved'));
    expect(docx.status).toBe(200);
  });
});

describe('shutting down', () => {
  let server: TestServer;
  const state: ServiceState = { closing: false, inFlight: 0 };

  beforeAll(async () => {
    server = await startTestServer(testEngine(), {}, { parts: { state } });
    state.closing = true;
  });

  afterAll(async () => {
    await server.close();
  });

  it('refuses new API requests with 503 and Connection: close', async () => {
    const response = await server.post('/v1/cases/evaluate', readSample('issue-approved'));
    await expectProblem(response, 503, 'service.shutting-down');
    expect(response.headers.get('connection')).toBe('close');
  });

  it('keeps /health alive and makes /ready report the shutdown', async () => {
    expect((await server.fetch('/health')).status).toBe(200);
    const problem = await expectProblem(await server.fetch('/ready'), 503, 'service.not-ready');
    expect(problem.reasons).toEqual([{ code: 'shutting-down' }]);
    expect(problem.detail).toBe('Сервис не готов: Экземпляр завершает работу.');
  });
});
