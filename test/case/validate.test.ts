import { afterAll, describe, expect, it } from 'vitest';
import { validateCase } from '../../src/case/validate.js';
import { EngineError, toProblem } from '../../src/errors/problem.js';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';

function rejection(input: unknown): EngineError {
  try {
    validateCase(input);
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('the case was accepted');
}

function approvedCase(): Record<string, any> {
  return structuredClone(readSample('issue-approved')) as Record<string, any>;
}

describe('case validation', () => {
  it('accepts the approved sample', () => {
    expect(validateCase(approvedCase()).registrationNumber).toBe('KZO-2017-000317');
  });

  it('reports a wrong БИН check digit and a missing name together', () => {
    const input = approvedCase();
    input.employer.bin = '050340001236';
    delete input.employer.name;

    const problem = toProblem(rejection(input), 'ru');

    expect(problem.status).toBe(400);
    expect(problem.code).toBe('case.invalid');
    expect(problem.errors?.map((error) => error.pointer).sort()).toEqual(['/employer/bin', '/employer/name']);
    expect(problem.errors?.find((error) => error.pointer === '/employer/bin')?.message).toBe(
      'БИН 050340001236 недействителен: контрольная цифра не совпадает. Проверьте номер по свидетельству о регистрации.',
    );
    expect(problem.errors?.find((error) => error.pointer === '/employer/name')?.message).toBe('Не заполнено обязательное поле «name».');
  });

  it('gives Kazakh and English messages on request', () => {
    const input = approvedCase();
    delete input.employer.name;
    const error = rejection(input);

    expect(toProblem(error, 'kk').errors?.[0]?.message).toBe('«name» міндетті өрісі толтырылмаған.');
    expect(toProblem(error, 'en').errors?.[0]?.message).toBe('The required field "name" is missing.');
  });

  it('rejects a БИН given as a number instead of coercing it', () => {
    const input = approvedCase();
    input.employer.bin = 50340001235;

    const problem = toProblem(rejection(input), 'ru');

    expect(problem.errors).toEqual([{ pointer: '/employer/bin', code: 'field.type.string', message: 'Ожидается строка.' }]);
  });

  it('rejects impossible and implausible dates', () => {
    const input = approvedCase();
    input.filedAt = '2023-02-29T10:00:00+06:00';
    input.workers[0].birthDate = '0005-03-15';
    input.events.feePaidOn = '04.12.2026';

    const pointers = toProblem(rejection(input), 'ru').errors?.map((error) => error.pointer);

    expect(pointers).toEqual(['/filedAt', '/workers/0/birthDate', '/events/feePaidOn']);
  });

  it('suggests the nearest field for a misspelt one', () => {
    const input = approvedCase();
    input.employer.adress = input.employer.address;

    const errors = toProblem(rejection(input), 'ru').errors;

    expect(errors).toContainEqual({ pointer: '/employer/adress', code: 'field.unknown-property.suggest', message: 'Неизвестное поле «adress». Возможно, имелось в виду «address».' });
  });

  it('rejects blank names and references to unknown workers', () => {
    const input = approvedCase();
    input.workers[1].lastName = '   ';
    input.documents.push({ kind: 'passport-copy', worker: 'w9' });

    const shape = toProblem(rejection(input), 'ru').errors;
    expect(shape).toEqual([{ pointer: '/workers/1/lastName', code: 'field.blank', message: 'Поле не должно быть пустым.' }]);

    input.workers[1].lastName = 'Йылмаз';
    const semantic = toProblem(rejection(input), 'ru').errors;
    expect(semantic).toEqual([{ pointer: '/documents/8/worker', code: 'field.unknown-worker', message: 'Работника с идентификатором «w9» нет в заявлении.' }]);
  });

  it('rejects events dated before the filing', () => {
    const input = approvedCase();
    input.events.permit.issuedOn = '2016-05-07';
    input.events.notifiedAt = '2017-03-17T10:00:00+06:00';

    const errors = toProblem(rejection(input), 'ru').errors;

    expect(errors).toEqual([
      { pointer: '/events/permit/issuedOn', code: 'field.date-before', message: 'Дата не может быть раньше 2017-03-17.' },
      { pointer: '/events/notifiedAt', code: 'field.date-before', message: 'Дата не может быть раньше 2017-03-17T10:30:00+06:00.' },
    ]);
  });

  it('keeps a ИИН with a leading zero as a string', () => {
    const input = approvedCase();
    delete input.employer.bin;
    input.employer.iin = '050315500123';

    expect(validateCase(input).employer.iin).toBe('050315500123');
  });
});

describe('rule pack and provider in force', () => {
  afterAll(closeTestEngine);

  async function problemFor(filedAt: string, lang: 'ru' | 'en' = 'ru') {
    const input = approvedCase();
    input.filedAt = filedAt;
    delete input.events;
    const error = await testEngine().evaluate(input).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EngineError);
    return toProblem(error as EngineError, lang);
  }

  it('rejects a filing after the last pack', async () => {
    const problem = await problemFor('2020-05-15T10:00:00+05:00');

    expect(problem.status).toBe(422);
    expect(problem.detail).toBe(
      'На дату 2020-05-15 не действует ни один пакет правил (kz-2017; периоды действия с 2017-01-01 по 2020-04-30). Проверьте дату подачи filedAt.',
    );
  });

  it('rejects a filing before the provider profile', async () => {
    const problem = await problemFor('2016-12-30T10:00:00+06:00');

    expect(problem.code).toBe('case.invalid');
    expect(problem.errors?.map((error) => error.pointer)).toEqual(['/provider/profile']);
  });
});
