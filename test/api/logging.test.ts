import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';
import { LogCapture, sampleWith, startTestServer, type TestServer } from './harness.js';

const PERSONAL_KEYS = new Set(['name', 'lastName', 'firstName', 'middleName', 'bin', 'iin', 'address', 'number']);

/** Collects every name, БИН, ИИН, address and passport number of a case. */
function personalValues(node: unknown, key = '', found = new Set<string>()): Set<string> {
  if (typeof node === 'string' && PERSONAL_KEYS.has(key)) found.add(node);
  if (Array.isArray(node)) node.forEach((item) => personalValues(item, key, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [child, value] of Object.entries(node)) personalValues(value, child, found);
  }
  return found;
}

/** Reads the whole response body, so no response stays half-sent and keeps the server from closing. */
async function statusOf(pending: Promise<Response>): Promise<number> {
  const response = await pending;
  await response.arrayBuffer();
  return response.status;
}

const log = new LogCapture();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(testEngine(), {}, { log });
});

afterAll(async () => {
  await server.close();
  await closeTestEngine();
});

describe('request log', () => {
  it('holds no personal value of the sample across a full request cycle', { timeout: 30_000 }, async () => {
    const sample = readSample('issue-approved');
    const wrongBin = sampleWith('issue-approved', (input) => (input.employer.bin = '050340001236'));
    const unknownField = sampleWith('issue-approved', (input) => (input.workers[0].passportNumber = input.workers[0].passport.number));
    const values = personalValues(sample);
    values.add('050340001236');
    expect(values.size).toBeGreaterThan(10);

    const statuses = [
      await statusOf(server.post('/v1/cases/validate', sample)),
      await statusOf(server.post('/v1/cases/evaluate', sample)),
      await statusOf(server.post('/v1/bundles?formats=docx,pdf', sample)),
      await statusOf(server.post('/v1/bundles?formats=html', sample, { accept: 'application/json' })),
      await statusOf(server.post('/v1/cases/evaluate', wrongBin)),
      await statusOf(server.post('/v1/cases/evaluate', unknownField)),
      await statusOf(server.post('/v1/cases/evaluate', JSON.stringify(sample).slice(0, 400))),
      await statusOf(server.post('/v1/deadlines', { start: '2017-03-17T10:30:00+06:00', amount: 10, unit: 'working-days' })),
      await statusOf(server.fetch(`/v1/cases/${sample.registrationNumber as string}/850101300125`)),
    ];
    expect(statuses).toEqual([200, 200, 200, 200, 400, 400, 400, 200, 404]);

    const text = log.lines.join('\n');
    expect(log.lines.length).toBeGreaterThan(9);
    for (const value of values) expect(text, value).not.toContain(value);
    expect(text).not.toContain('850101300125');
  });

  it('writes one line per request with id, route, status and duration', async () => {
    const response = await server.post('/v1/cases/evaluate', readSample('issue-refused-local-staff'), { 'x-request-id': 'back-office-42' });
    expect(response.headers.get('x-request-id')).toBe('back-office-42');

    const line = log.records.find((record) => record.reqId === 'back-office-42' && record.msg === 'request completed');
    expect(line).toMatchObject({ level: 30, route: '/v1/cases/evaluate', method: 'POST', status: 200, service: 'ruqsat' });
    expect(typeof line!.durationMs).toBe('number');
  });

  it('logs a rejected request with its code and pointers', async () => {
    await server.post('/v1/cases/evaluate', sampleWith('issue-approved', (input) => delete input.employer.name), { 'x-request-id': 'rejected-1' });

    const line = log.records.find((record) => record.reqId === 'rejected-1' && record.msg === 'request rejected');
    expect(line).toMatchObject({ code: 'case.invalid', fields: ['/employer/name field.required'] });
  });

  it('replaces an unsafe request id', async () => {
    const response = await server.fetch('/health', { headers: { 'x-request-id': 'id with spaces; and more' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
