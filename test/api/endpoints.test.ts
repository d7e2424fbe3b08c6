import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src/case/schema.js';
import { ENGINE_VERSION } from '../../src/version.js';
import { closeTestEngine, readSample, ROOT, testEngine } from '../support/engine.js';
import { expectProblem, sampleWith, startTestServer, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(testEngine());
});

afterAll(async () => {
  await server.close();
  await closeTestEngine();
});

function schema(file: string): object {
  return JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) as object;
}

const CONTENT_ITEM = /^(pack|calendar|provider|reference|template|stylesheet)\/[^=]+=sha256:[0-9a-f]{64}$/;

describe('POST /v1/cases/validate', () => {
  it('answers valid for a good case', async () => {
    const response = await server.post('/v1/cases/validate', readSample('issue-approved'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ valid: true });
  });

  it('lists every problem of a bad case', async () => {
    const input = sampleWith('issue-approved', (value) => {
      value.employer.bin = '050340001236';
      delete value.workers[0].lastName;
      value.channell = 'office';
    });
    const problem = await expectProblem(await server.post('/v1/cases/validate', input), 400, 'case.invalid');
    expect(problem.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/channell', '/employer/bin', '/workers/0/lastName']);
  });
});

describe('POST /v1/cases/evaluate', () => {
  it('stamps the version, the pack and every content hash used', async () => {
    const response = await server.post('/v1/cases/evaluate', readSample('issue-refused-local-staff'));
    const result = await response.json();

    expect(response.headers.get('x-ruqsat-version')).toBe(ENGINE_VERSION);
    expect(response.headers.get('x-ruqsat-pack')).toBe(`${result.pack.id} ${result.pack.hash}`);
    const items = response.headers.get('x-ruqsat-content')!.split(', ');
    expect(items).toEqual(result.content.map((ref: { kind: string; id: string; hash: string }) => `${ref.kind}/${ref.id}=${ref.hash}`));
    for (const item of items) expect(item).toMatch(CONTENT_ITEM);
  });

  it('pins the pack with ?pack=', async () => {
    const response = await server.post('/v1/cases/evaluate?pack=kz-2017', readSample('issue-refused-local-staff'));
    const result = await response.json();
    expect(result.pack.id).toBe('kz-2017');
    expect(result.decision).toBe('refused');
  });
});

// Bundles with PDF take seconds when the whole suite shares two cores with several Chromiums.
describe('POST /v1/bundles', { timeout: 30_000 }, () => {
  it('returns a ZIP with the manifest by default', async () => {
    const response = await server.post('/v1/bundles?formats=docx&languages=kk', readSample('issue-approved'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="bundle-KZO-2017-000317.zip"');

    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const names = manifest.files.map((file: { name: string }) => file.name);
    expect(Object.keys(zip.files).sort()).toEqual(['manifest.json', ...names].sort());
    expect(names).toEqual(expect.arrayContaining(['notification.kk.docx', 'permit.kk.docx', 'receipt.kk.docx']));
    expect(names.every((name: string) => name.endsWith('.kk.docx'))).toBe(true);
  });

  it('returns JSON with base64 documents for Accept: application/json', async () => {
    const response = await server.post('/v1/bundles?formats=pdf,html&languages=ru', readSample('issue-approved'), { accept: 'application/json' });
    const bundle = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const ajv = createAjv();
    ajv.addSchema(schema('result.schema.json'));
    const validate = ajv.compile(schema('bundle.schema.json'));
    expect(validate(bundle), JSON.stringify(validate.errors)).toBe(true);

    const names = bundle.documents.map((document: { name: string }) => document.name);
    expect(names).toEqual(expect.arrayContaining(['receipt.ru.pdf', 'receipt.ru.html', 'notification.ru.pdf', 'notification.ru.html', 'permit.ru.pdf', 'permit.ru.html']));
    expect(names.every((name: string) => /\.ru\.(pdf|html)$/.test(name))).toBe(true);
    for (const document of bundle.documents) {
      const bytes = Buffer.from(document.base64, 'base64');
      expect(bytes.length).toBe(document.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
      if (document.format === 'pdf') expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(bundle.manifest.files.map((file: { sha256: string }) => file.sha256)).toEqual(bundle.documents.map((document: { sha256: string }) => document.sha256));
    expect(bundle.result.decision).toBe('approved');
  });

  it('prefers the media type with the higher quality', async () => {
    const json = await server.post('/v1/bundles?formats=html', readSample('issue-approved'), { accept: 'application/zip;q=0.5, application/json' });
    const zip = await server.post('/v1/bundles?formats=html', readSample('issue-approved'), { accept: '*/*' });
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(zip.headers.get('content-type')).toBe('application/zip');
  });

  it('rejects an unknown language', async () => {
    const problem = await expectProblem(await server.post('/v1/bundles?languages=ru,en', readSample('issue-approved')), 400, 'request.invalid-option');
    expect(problem.detail).toBe('Параметр languages имеет недопустимое значение «en». Допустимо: ru, kk.');
  });
});

describe('GET /v1/packs', () => {
  it('lists each pack with its period of force and hash', async () => {
    const response = await server.fetch('/v1/packs');
    const body = await response.json();

    const validate = createAjv().compile(schema('packs.schema.json'));
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    const pack = body.packs.find((candidate: { id: string }) => candidate.id === 'kz-2017');
    expect(pack).toMatchObject({ validFrom: '2017-01-01', validUntil: '2020-04-30' });
    expect(pack.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pack.procedures).toContain('issue');
    expect(response.headers.get('x-ruqsat-content')).toContain(`pack/kz-2017=${pack.hash}`);
  });
});

describe('GET /health and GET /ready', () => {
  it('answers health with the version', async () => {
    const response = await server.fetch('/health');
    expect(await response.json()).toEqual({ status: 'ok', version: ENGINE_VERSION });
  });

  it('reports ready with content and Chromium', async () => {
    const response = await server.fetch('/ready');
    const body = await response.json();

    expect(response.status).toBe(200);
    const validate = createAjv().compile(schema('ready.schema.json'));
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.ready).toBe(true);
    expect(body.chromium.usable).toBe(true);
    expect(body.content.generation).toBe(1);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
