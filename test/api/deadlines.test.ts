import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestEngine, testEngine } from '../support/engine.js';
import { expectProblem, startTestServer, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(testEngine());
});

afterAll(async () => {
  await server.close();
  await closeTestEngine();
});

const NAURYZ_2017 = { start: '2017-03-17T10:30:00+06:00', amount: 10, unit: 'working-days' };

describe('POST /v1/deadlines', () => {
  it('counts working days over Nauryz with the default provider', async () => {
    const response = await server.post('/v1/deadlines', NAURYZ_2017);
    const deadline = await response.json();

    expect(response.status).toBe(200);
    expect(deadline.due).toBe('2017-04-05T18:30:00+06:00');
    expect(deadline.provider).toBe('kyzylorda-employment');
    expect(deadline.provisional).toBe(false);
    expect(deadline.skipped.map((day: { date: string }) => day.date)).toEqual([
      '2017-03-19', '2017-03-20', '2017-03-21', '2017-03-22', '2017-03-23', '2017-03-25', '2017-03-26', '2017-04-01', '2017-04-02',
    ]);
    expect(deadline.countedWeekendDays).toEqual([{ date: '2017-03-18', dayOff: '2017-03-20', description: '18.03.2017 — рабочая суббота (выходной перенесён на 20.03.2017)' }]);
  });

  it('describes skipped days in Russian, Kazakh and English', async () => {
    const descriptions = async (lang: string): Promise<string[]> => {
      const deadline = await (await server.post('/v1/deadlines', NAURYZ_2017, { 'accept-language': lang })).json();
      return deadline.skipped.slice(0, 3).map((day: { description: string }) => day.description);
    };

    expect(await descriptions('ru')).toEqual([
      '19.03.2017 — выходной день (воскресенье)',
      '20.03.2017 — перенесённый выходной (рабочая суббота 18.03.2017)',
      '21.03.2017 — Наурыз мейрамы',
    ]);
    expect((await descriptions('kk'))[0]).toBe('19.03.2017 — демалыс күні (жексенбі)');
    expect((await descriptions('en'))[0]).toBe('19.03.2017 — weekend (Sunday)');
  });

  it('names the calendar and the provider used', async () => {
    const response = await server.post('/v1/deadlines', { ...NAURYZ_2017, provider: 'kyzylorda-employment' });
    const deadline = await response.json();

    expect(deadline.content.map((ref: { kind: string; id: string }) => `${ref.kind}/${ref.id}`)).toEqual(['calendar/kz', 'provider/kyzylorda-employment']);
    expect(response.headers.get('x-ruqsat-content')).toMatch(/^calendar\/kz=sha256:[0-9a-f]{64}, provider\/kyzylorda-employment=sha256:[0-9a-f]{64}$/);
    expect(response.headers.get('content-language')).toBe('ru');
  });

  it('counts hours of working time and calendar days', async () => {
    const hours = await (await server.post('/v1/deadlines', { start: '2017-03-17T17:00:00+06:00', amount: 2, unit: 'hours' })).json();
    const days = await (await server.post('/v1/deadlines', { start: '2017-03-17T10:30:00+06:00', amount: 3, unit: 'calendar-days' })).json();

    expect(hours.due).toMatch(/^2017-03-18T/);
    expect(days.due).toMatch(/^2017-03-24T/);
  });

  it('rejects an unknown provider, unit and a start without offset', async () => {
    const problem = await expectProblem(await server.post('/v1/deadlines', { start: '2017-03-17T10:30:00', amount: 1.5, unit: 'weeks', provider: 'nowhere' }), 400, 'request.invalid-body');
    expect(problem.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/amount', '/start', '/unit']);

    const unknown = await expectProblem(await server.post('/v1/deadlines', { ...NAURYZ_2017, provider: 'nowhere' }), 400, 'request.invalid-body');
    expect(unknown.errors).toEqual([{ pointer: '/provider', code: 'field.unknown-provider', message: 'Профиль услугодателя «nowhere» не найден или не действует на дату подачи.' }]);
  });

  it('rejects unknown fields with the nearest name', async () => {
    const problem = await expectProblem(await server.post('/v1/deadlines', { ...NAURYZ_2017, ammount: 3 }), 400, 'request.invalid-body');
    expect(problem.errors[0]).toMatchObject({ pointer: '/ammount', code: 'field.unknown-property.suggest' });
  });

  it('answers 422 for a start outside the calendar', async () => {
    const problem = await expectProblem(await server.post('/v1/deadlines', { start: '2028-01-10T10:00:00+06:00', amount: 1, unit: 'working-days' }), 422, 'calendar.out-of-range');
    expect(problem.detail).toBe('Срок доходит до 2028-01-10, а календарь загружен только на 2017–2027 годы. Добавьте файл календаря этого года.');
  });

  it('answers 422 for a start before the provider profile', async () => {
    const problem = await expectProblem(await server.post('/v1/deadlines', { start: '2010-01-10T10:00:00+06:00', amount: 1, unit: 'working-days' }), 422, 'provider.not-in-force');
    expect(problem.detail).toBe('Профиль услугодателя «kyzylorda-employment» на 2010-01-10 ещё не действует, поэтому срок от этой даты не рассчитать. Укажите более позднее начало или другой профиль.');
  });
});
