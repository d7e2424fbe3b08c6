/**
 * Property-based tests of POST /v1/cases/evaluate: schema-shaped and mutated cases never get a
 * 5xx, and every rejection is a problem document with a registry code and, for input errors,
 * pointers into the request. A short run for CI: FUZZ_RUNS (default 300) requests through
 * `inject` and a third as many over one real socket. The seed is fixed (FUZZ_SEED, 1 by default)
 * so that CI runs the same cases every time. `FUZZ_SEED=random` draws a seed, and fast-check prints
 * the seed and path of a failure to replay it. `npm run soak` sends at least 10,000 requests with a
 * new seed each run against a separate server process.
 */
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { RuqsatEngine } from '../../src/engine.js';
import { createLogger } from '../../src/log/index.js';
import { buildServer } from '../../src/server/index.js';
import { ROOT } from '../support/engine.js';
import { responseViolations, checkDigit, fuzzRequests, sampleCases, type ServiceResponse, type FuzzRequest } from './cases.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 1);
const settings = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

let engine: RuqsatEngine;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const config = loadConfig({}, { contentRoot: ROOT, logLevel: 'silent', watchContent: false });
  engine = RuqsatEngine.load(config);
  app = buildServer(engine, config, createLogger('silent'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.close();
  await engine.close();
});

async function injected(request: FuzzRequest): Promise<ServiceResponse> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/cases/evaluate',
    headers: { 'content-type': 'application/json', 'accept-language': request.lang },
    payload: request.body,
  });
  return { status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), body: response.body };
}

async function overSocket(request: FuzzRequest): Promise<ServiceResponse> {
  const response = await fetch(`${base}/v1/cases/evaluate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': request.lang },
    body: request.body,
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
}

function property(send: (request: FuzzRequest) => Promise<ServiceResponse>) {
  return fc.asyncProperty(fuzzRequests(), async (request) => {
    const violations = responseViolations(request, await send(request));
    if (violations.length > 0) throw new Error(`${request.description}\n  ${violations.join('\n  ')}`);
  });
}

describe('evaluate fuzzing', () => {
  it('handles generated cases through inject', async () => {
    await fc.assert(property(injected), settings);
  }, 60_000);

  it('handles generated cases over a socket', async () => {
    await fc.assert(property(overSocket), { ...settings, numRuns: Math.ceil(RUNS / 3) });
  }, 60_000);

  it('evaluates the sample after fuzzing', async () => {
    const sample = JSON.stringify(sampleCases()['issue-approved']);
    const response = await overSocket({ description: 'sample', body: sample, lang: 'ru' });
    expect(response.status).toBe(200);
  });
});

type Case = Record<string, any>;

function sample(): Case {
  return structuredClone(sampleCases()['issue-approved']) as Case;
}

async function evaluate(data: Case | string): Promise<{ status: number; body: Case; contentType: string }> {
  const response = await injected({ description: '', body: typeof data === 'string' ? data : JSON.stringify(data), lang: 'en' });
  return { status: response.status, body: JSON.parse(response.body) as Case, contentType: response.contentType };
}

/** Reads back the text of every HTML document of the case's bundle from the JSON bundle response. */
async function bundleText(data: Case): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/bundles?formats=html',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    payload: JSON.stringify(data),
  });
  expect(response.statusCode).toBe(200);
  const documents = (JSON.parse(response.body) as { documents: { base64: string }[] }).documents;
  return documents.map((document) => Buffer.from(document.base64, 'base64').toString('utf8')).join('\n');
}

describe('evaluate edge inputs', () => {
  const rejected: [string, (data: Case) => void, string, string][] = [
    ['29 February 2023 as filing date', (data) => (data.filedAt = '2023-02-29T10:00:00+06:00'), '/filedAt', 'field.format.instant'],
    ['29 February 2023 as passport date', (data) => (data.workers[0].passport.validUntil = '2023-02-29'), '/workers/0/passport/validUntil', 'field.format.date'],
    ['year 0005 as filing date', (data) => (data.filedAt = '0005-03-17T10:30:00+06:00'), '/filedAt', 'field.format.instant'],
    ['year 0005 as passport date', (data) => (data.workers[0].passport.validUntil = '0005-03-15'), '/workers/0/passport/validUntil', 'field.format.date'],
    ['numeric БИН', (data) => (data.employer.bin = 50340001235), '/employer/bin', 'field.type.string'],
    ['БИН without its leading zero', (data) => (data.employer.bin = '50340001235'), '/employer/bin', 'field.format.bin'],
    ['numeric ИИН', (data) => (delete data.employer.bin, (data.employer.iin = 50315500123)), '/employer/iin', 'field.type.string'],
    ['blank last name', (data) => (data.workers[0].lastName = '   '), '/workers/0/lastName', 'field.blank'],
  ];

  for (const [name, change, pointer, code] of rejected) {
    it(`rejects ${name}`, async () => {
      const data = sample();
      change(data);
      const { status, body, contentType } = await evaluate(data);
      expect(status).toBe(400);
      expect(contentType).toMatch(/^application\/problem\+json/);
      expect(body.code).toBe('case.invalid');
      expect(body.errors).toContainEqual(expect.objectContaining({ pointer, code }));
    });
  }

  it('keeps the leading zero of an ИИН', async () => {
    expect(checkDigit('05031550012')).toBe(3);
    const data = sample();
    delete data.employer.bin;
    data.employer.iin = '050315500123';
    const { status } = await evaluate(data);
    expect(status).toBe(200);
    expect(await bundleText(data)).toContain('050315500123');
  });

  it('keeps the leading zero of a БИН', async () => {
    const data = sample();
    expect(data.employer.bin).toBe('050340001235');
    expect(await bundleText(data)).toContain('050340001235');
  });

  it('keeps RTL marks, zero-width and combining letters in names', async () => {
    const data = sample();
    const lastName = '\u200fВа\u0301н\u200d';
    data.workers[0].lastName = lastName;
    const { status, body } = await evaluate(data);
    expect(status).toBe(200);
    expect(body.workers[0].name).toBe(`${lastName} ${data.workers[0].firstName}`);
  });

  it('rejects nesting 100,000 levels deep', async () => {
    const body = JSON.stringify(sample()).replace('"issue"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const { status, body: problem } = await evaluate(body);
    expect(status).toBe(400);
    expect(problem.errors).toContainEqual(expect.objectContaining({ pointer: '/procedure' }));
  });
});
