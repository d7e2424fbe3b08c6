import JSZip from 'jszip';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/log/index.js';
import { buildServer } from '../../src/server/index.js';
import { closeTestEngine, readSample, ROOT, testEngine } from '../support/engine.js';
import { collapse, pdfText } from '../support/extract.js';

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const config = loadConfig(process.env, { contentRoot: ROOT, logLevel: 'silent' });
  app = buildServer(testEngine(), config, createLogger('silent'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await app.close();
  await closeTestEngine();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('HTTP API over a real socket', () => {
  it('returns a ZIP whose PDFs name the employer and the fee due date in Russian', async () => {
    const response = await post('/v1/bundles?formats=pdf&languages=ru', readSample('issue-approved'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');

    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['manifest.json', 'notification.ru.pdf', 'permit.ru.pdf', 'receipt.ru.pdf']));

    const notification = collapse(pdfText(await zip.file('notification.ru.pdf')!.async('nodebuffer')));
    expect(notification).toContain('ТОО «Сырдария Мунай Сервис»');
    expect(notification).toContain('не позднее 18 апреля 2017 года');

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.decision).toBe('approved');
    expect(manifest.files.map((file: { name: string }) => file.name).sort()).toEqual(Object.keys(zip.files).filter((name) => name !== 'manifest.json').sort());
  });

  it('lists a wrong БИН and a missing name in one problem document', async () => {
    const input = structuredClone(readSample('issue-approved')) as Record<string, any>;
    input.employer.bin = '050340001236';
    delete input.employer.name;

    const response = await post('/v1/cases/evaluate', input);
    const problem = await response.json();

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(problem.code).toBe('case.invalid');
    expect(problem.title).toBe('Заявление не прошло проверку');
    expect(problem.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/employer/bin', '/employer/name']);
  });

  it('answers in Kazakh by Accept-Language', async () => {
    const response = await post('/v1/cases/evaluate', '{"registrationNumber": ', { 'accept-language': 'kk-KZ, ru;q=0.5' });
    const problem = await response.json();

    expect(response.status).toBe(400);
    expect(problem.code).toBe('request.malformed-json');
    expect(problem.title).toBe('Сұраныс денесі дұрыс JSON емес');
  });

  it('rejects a __proto__ key and pollutes nothing', async () => {
    const response = await post('/v1/cases/evaluate', '{"__proto__": {"polluted": true}, "procedure": "issue"}');

    expect(response.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('evaluates the refused sample with its ground and citation', async () => {
    const response = await post('/v1/cases/evaluate', readSample('issue-refused-local-staff'));
    const result = await response.json();

    expect(response.status).toBe(200);
    expect(result.decision).toBe('refused');
    expect(result.grounds.fired.map((ground: { id: string }) => ground.id)).toEqual(['local-staff-ratio']);
    expect(response.headers.get('x-ruqsat-pack')).toMatch(/^kz-2017 sha256:[0-9a-f]{64}$/);
  });

  it('rejects an unknown format option', async () => {
    const response = await post('/v1/bundles?formats=odt', readSample('issue-approved'));
    const problem = await response.json();

    expect(response.status).toBe(400);
    expect(problem.code).toBe('request.invalid-option');
    expect(problem.detail).toBe('Параметр formats имеет недопустимое значение «odt». Допустимо: docx, pdf, html.');
  });
});
