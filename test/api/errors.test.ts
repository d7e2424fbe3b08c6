import { RuqsatEngine } from '../../src/engine.js';
import { loadConfig } from '../../src/config/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('malformed and unsupported bodies', () => {
  it('answers malformed JSON in Russian by default with line and column', async () => {
    const response = await server.post('/v1/cases/evaluate', '{\n  "registrationNumber": ,\n}');
    const problem = await expectProblem(response, 400, 'request.malformed-json');

    expect(problem.title).toBe('Тело запроса не является корректным JSON');
    expect(problem.detail).toBe('Не удалось разобрать JSON: строка 2, столбец 25: ожидалось значение. Проверьте кавычки, запятые и скобки.');
    expect(response.headers.get('content-language')).toBe('ru');
  });

  it('answers malformed JSON in Kazakh and English by Accept-Language', async () => {
    const kazakh = await expectProblem(await server.post('/v1/cases/validate', '{"a" 1}', { 'accept-language': 'kk' }), 400, 'request.malformed-json');
    const english = await expectProblem(await server.post('/v1/cases/validate', '{"a" 1}', { 'accept-language': 'en-GB,en;q=0.9' }), 400, 'request.malformed-json');

    expect(kazakh.detail).toBe('JSON талдау мүмкін болмады: 1-жол, 6-баған: қос нүкте күтілді. Тырнақшаларды, үтірлерді және жақшаларды тексеріңіз.');
    expect(english.detail).toBe('The JSON could not be parsed: line 1, column 6: a colon was expected. Check quotes, commas and brackets.');
  });

  it('names an empty body', async () => {
    const problem = await expectProblem(await server.post('/v1/deadlines', ''), 400, 'request.malformed-json');
    expect(problem.detail).toBe('Не удалось разобрать JSON: тело запроса пустое. Проверьте кавычки, запятые и скобки.');
  });

  it('rejects text/plain and a body without a media type with 415', async () => {
    const text = await server.fetch('/v1/cases/evaluate', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(readSample('issue-approved')) });
    const problem = await expectProblem(text, 415, 'request.unsupported-media-type');
    expect(problem.detail).toBe('Тип text/plain не поддерживается. Отправьте заявление как application/json.');

    const untyped = await server.fetch('/v1/deadlines', { method: 'POST', body: new Uint8Array(Buffer.from('{}')) });
    await expectProblem(untyped, 415, 'request.unsupported-media-type');
  });

  it('rejects a body of 2 MB with 413', async () => {
    const body = JSON.stringify({ ...readSample('issue-approved'), padding: 'x'.repeat(2 * 1024 * 1024) });
    const problem = await expectProblem(await server.post('/v1/cases/evaluate', body), 413, 'request.body-too-large');
    expect(problem.detail).toBe('Размер тела запроса превышает 1048576 байт.');
  });
});

describe('__proto__ and constructor keys', () => {
  const bodies = {
    'top-level __proto__': '{"__proto__": {"polluted": true}, "procedure": "issue"}',
    'nested __proto__': JSON.stringify(readSample('issue-approved')).replace('"employer":{', '"employer":{"__proto__":{"polluted":true},'),
    'constructor.prototype': '{"constructor": {"prototype": {"polluted": true}}}',
    'bare constructor in a worker': JSON.stringify(sampleWith('issue-approved', (input) => (input.workers[0].constructor = { polluted: true }))),
  };

  it.each(Object.entries(bodies))('rejects %s and pollutes nothing', async (_name, body) => {
    for (const path of ['/v1/cases/validate', '/v1/cases/evaluate', '/v1/bundles?formats=html', '/v1/deadlines']) {
      const problem = await expectProblem(await server.post(path, body), 400, 'request.forbidden-key');
      expect(problem.errors.length).toBeGreaterThan(0);
      expect(problem.errors.every((error: { code: string }) => error.code === 'field.forbidden-key')).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('points at the nested key', async () => {
    const problem = await expectProblem(await server.post('/v1/cases/evaluate', bodies['nested __proto__']), 400, 'request.forbidden-key');
    expect(problem.errors).toEqual([{ pointer: '/employer/__proto__', code: 'field.forbidden-key', message: 'Ключ «__proto__» запрещён: ключи __proto__ и constructor не допускаются.' }]);
  });
});

describe('routes, methods and options', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const problem = await expectProblem(await server.fetch('/v1/cases/evalute'), 404, 'request.not-found');
    expect(problem.detail).toBe('Адрес /v1/cases/evalute не существует. Список адресов — в документации API.');
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const response = await server.fetch('/v1/deadlines');
    await expectProblem(response, 405, 'request.method-not-allowed');
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers a malformed URL with a 400 problem', async () => {
    await expectProblem(await server.fetch('/v1/packs/%E0%A4%A'), 400, 'request.bad-request');
  });

  it('rejects an unknown or misspelt query option', async () => {
    const problem = await expectProblem(await server.post('/v1/bundles?format=pdf', readSample('issue-approved')), 400, 'request.invalid-option');
    expect(problem.detail).toBe('Параметр format имеет недопустимое значение «pdf». Допустимо: formats, languages, pack.');
    await expectProblem(await server.post('/v1/cases/evaluate?formats=pdf', readSample('issue-approved')), 400, 'request.invalid-option');
  });

  it('answers 406 when Accept allows neither ZIP nor JSON', async () => {
    const response = await server.post('/v1/bundles?formats=html', readSample('issue-approved'), { accept: 'text/html' });
    const problem = await expectProblem(response, 406, 'request.not-acceptable');
    expect(problem.detail).toBe('Ответ бывает только в форматах application/zip, application/json, а заголовок Accept допускает лишь «text/html».');
  });
});

describe('errors of the case and the content', () => {
  it('answers case.invalid for a wrong БИН', async () => {
    const input = sampleWith('issue-approved', (value) => (value.employer.bin = '050340001236'));
    const problem = await expectProblem(await server.post('/v1/cases/validate', input), 400, 'case.invalid');
    expect(problem.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/employer/bin']);
  });

  it('answers case.finding-missing when the quota is not recorded', async () => {
    const input = sampleWith('issue-approved', (value) => delete value.findings);
    await expectProblem(await server.post('/v1/cases/evaluate', input), 422, 'case.finding-missing');
  });

  it('answers pack.not-found and pack.not-in-force', async () => {
    await expectProblem(await server.post('/v1/cases/evaluate?pack=kz-1999', readSample('issue-approved')), 404, 'pack.not-found');
    const late = sampleWith('issue-approved', (value) => {
      value.filedAt = '2021-03-17T10:30:00+06:00';
      delete value.events;
    });
    await expectProblem(await server.post('/v1/cases/evaluate?pack=kz-2017', late), 422, 'pack.not-in-force');
  });

  it('answers calendar.out-of-range for a deadline past the calendar', async () => {
    const response = await server.post('/v1/deadlines', { start: '2035-01-10T10:00:00+06:00', amount: 1, unit: 'working-days' });
    await expectProblem(response, 422, 'calendar.out-of-range');
  });
});

describe('failures of the service itself', () => {
  it('answers internal without leaking the cause', async () => {
    const engine = RuqsatEngine.load(loadConfig({}, { contentRoot: ROOT }));
    engine.evaluate = async () => {
      throw new TypeError('secret detail of the fault');
    };
    const broken = await startTestServer(engine);
    try {
      const problem = await expectProblem(await broken.post('/v1/cases/evaluate', readSample('issue-approved')), 500, 'internal');
      expect(JSON.stringify(problem)).not.toContain('secret detail');
      expect(problem.detail).toBe('Произошла внутренняя ошибка сервиса. Сообщите администратору идентификатор запроса.');
    } finally {
      await broken.close();
      await engine.close();
    }
  });
});
