import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/server/index.js';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';
import { expectProblem, startTestServer, type TestServer } from './harness.js';

const KEY = 'test-key-0123456789abcdef';
const OTHER_KEY = 'other-key-0123456789abcdef';

let secured: TestServer;
let open: TestServer;

beforeAll(async () => {
  secured = await startTestServer(testEngine(), { apiKeys: [OTHER_KEY, KEY] });
  open = await startTestServer(testEngine());
});

afterAll(async () => {
  await secured.close();
  await open.close();
  await closeTestEngine();
});

describe('API keys on', () => {
  it('answers 401 with WWW-Authenticate without a key', async () => {
    const response = await secured.post('/v1/cases/evaluate', readSample('issue-approved'));
    const problem = await expectProblem(response, 401, 'auth.key-missing');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="ruqsat"');
    expect(problem.detail).toBe('Передайте ключ API в заголовке Authorization: Bearer <ключ>.');
  });

  it('answers 401 invalid_token for an unknown key', async () => {
    const response = await secured.post('/v1/cases/evaluate', readSample('issue-approved'), { authorization: `Bearer ${KEY}x` });
    await expectProblem(response, 401, 'auth.key-invalid');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="ruqsat", error="invalid_token"');
  });

  it('rejects a key sent in another scheme', async () => {
    await expectProblem(await secured.fetch('/v1/packs', { headers: { authorization: `Basic ${KEY}` } }), 401, 'auth.key-missing');
  });

  it('accepts every configured key', async () => {
    for (const key of [KEY, OTHER_KEY]) {
      const response = await secured.post('/v1/cases/evaluate', readSample('issue-approved'), { authorization: `Bearer ${key}` });
      expect(response.status).toBe(200);
      expect((await response.json()).decision).toBe('approved');
    }
  });

  it('keeps health, readiness and docs open', async () => {
    for (const path of ['/health', '/ready', '/docs', '/docs/openapi.json']) {
      expect((await secured.fetch(path)).status, path).toBe(200);
    }
  });

  it('asks for a key before saying a route does not exist', async () => {
    await expectProblem(await secured.fetch('/v1/secret-route'), 401, 'auth.key-missing');
  });

  it('declares the Bearer requirement in the OpenAPI document', async () => {
    const document = await (await secured.fetch('/docs/openapi.json')).json();
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/health'].get.security).toEqual([]);
    expect(Object.keys(document.paths['/v1/cases/evaluate'].post.responses)).toContain('401');
  });
});

describe('API keys off', () => {
  it('serves without an Authorization header', async () => {
    const response = await open.post('/v1/cases/evaluate', readSample('issue-approved'));
    expect(response.status).toBe(200);
  });

  it('ignores an Authorization header', async () => {
    const response = await open.fetch('/v1/packs', { headers: { authorization: 'Bearer anything-at-all-here' } });
    expect(response.status).toBe(200);
  });

  it('declares no security in the OpenAPI document', async () => {
    const document = await (await open.fetch('/docs/openapi.json')).json();
    expect(document.security).toBeUndefined();
    expect(Object.keys(document.paths['/v1/cases/evaluate'].post.responses)).not.toContain('401');
  });
});

describe('loopback detection', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.10.0.1', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['192.168.1.10', false],
    ['example.internal', false],
  ])('%s is loopback: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
