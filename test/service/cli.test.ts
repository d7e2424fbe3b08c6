import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/engine.js';
import { assertBuildCurrent } from './child.js';

const BIN = join(ROOT, 'bin', 'ruqsat.js');

function run(args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RUQSAT_LOG_LEVEL: 'silent', ...env } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  assertBuildCurrent();
});

// Each case starts a Node process that loads the whole content, about 1-3 s on two cores.
describe('ruqsat deadline', { timeout: 30_000 }, () => {
  it('prints the due date and the skipped days in Russian', () => {
    const result = run(['deadline', '2017-03-17T10:30:00+06:00', '10', 'working-days']);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Срок: 05.04.2017 18:30 (UTC+06:00).');
    expect(result.stdout).toContain('Отсчёт от 17.03.2017 10:30 (UTC+06:00): 10 (рабочие дни), услугодатель kyzylorda-employment.');
    expect(result.stdout).toContain('  21.03.2017 — Наурыз мейрамы');
    expect(result.stdout).toContain('  18.03.2017 — рабочая суббота (выходной перенесён на 20.03.2017)');
  });

  it('prints in Kazakh with --lang kk', () => {
    const result = run(['deadline', '2017-03-17T10:30:00+06:00', '10', 'working-days', '--lang', 'kk']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Мерзім: 05.04.2017 18:30 (UTC+06:00).');
    expect(result.stdout).toContain('  19.03.2017 — демалыс күні (жексенбі)');
  });

  it('prints the JSON of the API with --json', () => {
    const result = run(['deadline', '2017-03-17T10:30:00+06:00', '3', 'calendar-days', '--json', '--provider', 'kyzylorda-employment', '--lang', 'en']);
    const deadline = JSON.parse(result.stdout);

    expect(result.status).toBe(0);
    expect(deadline.due).toMatch(/^2017-03-24T/);
    expect(deadline.provider).toBe('kyzylorda-employment');
    expect(deadline.skipped[0].description).toBe('20.03.2017 — transferred day off (working Saturday 18.03.2017)');
  });

  it('exits 1 for invalid input and a date outside the calendar', () => {
    const invalid = run(['deadline', '17.03.2017', 'ten', 'weeks']);
    expect(invalid.status).toBe(1);
    expect(JSON.parse(invalid.stdout).errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/start', '/amount', '/unit']);

    const unknown = run(['deadline', '2017-03-17T10:30:00+06:00', '1', 'hours', '--provider', 'nowhere']);
    expect(unknown.status).toBe(1);

    const outside = run(['deadline', '2040-03-17T10:30:00+06:00', '1', 'hours']);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('Дата вне производственного календаря.');
  });

  it('exits 2 when an argument is missing', () => {
    const result = run(['deadline', '2017-03-17T10:30:00+06:00', '10']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Укажите начало, количество и единицу');
  });
});

describe('ruqsat serve configuration errors', { timeout: 30_000 }, () => {
  it('exits 2 without keys on a non-loopback address', () => {
    const result = run(['serve'], { RUQSAT_HOST: '0.0.0.0' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Нужны ключи API. Сервис должен слушать адрес 0.0.0.0');
  });

  it('exits 2 with the bad setting named', () => {
    const result = run(['serve'], { RUQSAT_REQUEST_TIMEOUT_MS: '10' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('/requestTimeoutMs: Значение должно быть не меньше 100.');
  });
});
