import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, readSample } from '../support/engine.js';

const BIN = join(ROOT, 'bin', 'ruqsat.js');
const scratch = mkdtempSync(join(tmpdir(), 'ruqsat-cli-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RUQSAT_LOG_LEVEL: 'silent' } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('ruqsat command line (compiled dist/)', () => {
  it('writes the approved bundle and prints the decision in Russian', () => {
    const out = join(scratch, 'approved');
    const result = run(['bundle', 'samples/issue-approved/case.json', '--out', out, '--formats', 'docx']);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Заявление KZO-2017-000317: разрешение выдаётся.');
    expect(result.stdout).toContain('Сбор: 862\u00a0220 тенге, копии документов об оплате — до 18.04.2017.');
    expect(readdirSync(out).sort()).toEqual([
      'application.kk.docx', 'application.ru.docx', 'manifest.json', 'notification.kk.docx', 'notification.ru.docx', 'permit.kk.docx', 'permit.ru.docx', 'receipt.kk.docx', 'receipt.ru.docx', 'result.json',
    ]);
  });

  it('exits 1 with the problem for a wrong БИН and a missing name', () => {
    const input = structuredClone(readSample('issue-approved')) as Record<string, any>;
    input.employer.bin = '050340001236';
    delete input.employer.name;
    const file = join(scratch, 'bad.json');
    writeFileSync(file, JSON.stringify(input));

    const result = run(['evaluate', file]);
    const problem = JSON.parse(result.stdout);

    expect(result.status).toBe(1);
    expect(problem.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/employer/bin', '/employer/name']);
    expect(result.stderr).toContain('/employer/name: Не заполнено обязательное поле «name».');
  });

  it('exits 2 for an unknown command and for the kz language code', () => {
    expect(run(['evaluat']).status).toBe(2);
    const result = run(['lint', '--lang', 'kz']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('код казахского языка — kk');
  });

  it('lint passes on the shipped content', () => {
    const result = run(['lint']);
    expect(result.stdout.trim()).toBe('Содержимое в порядке: ошибок нет.');
    expect(result.status).toBe(0);
  });
});


describe('ruqsat serve', () => {
  it('answers on loopback and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: ROOT, env: { ...process.env, RUQSAT_LOG_LEVEL: 'silent' } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let stderr = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
        if (match) resolve(match[0]);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });

    const response = await fetch(`${address}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '0.1.0' });

    const evaluated = await fetch(`${address}/v1/cases/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(readSample('issue-incomplete')) });
    expect((await evaluated.json()).decision).toBe('incomplete');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('HTTP API слушает http://127.0.0.1:');
  });
});

describe('ruqsat evaluate --explain', () => {
  it('explains the refusal in Russian with facts and citation', () => {
    const result = run(['evaluate', 'samples/issue-refused-local-staff/case.json', '--explain']);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[сработало] local-staff-ratio: несоблюдение работодателем условий по доле казахстанских кадров');
    expect(result.stdout).toContain('localSharePercent = 55.55; меньше 70: да');
    expect(result.stdout).toContain('Постановление Правительства РК от 15.12.2016 № 802, пункт 16');
  });

  it('explains skipped days in Kazakh', () => {
    const result = run(['evaluate', 'samples/issue-approved/case.json', '--explain', '--lang', 'kk']);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[іске қосылмады] local-staff-ratio');
    expect(result.stdout).toContain('21.03.2017 — Наурыз мейрамы');
  });
});

describe('ruqsat lint on broken content', () => {
  it('names the file, pointer and nearest fact and exits 2', () => {
    const root = join(scratch, 'content');
    for (const folder of ['rules', 'templates', 'schemas']) cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
    const grounds = join(root, 'rules', 'packs', 'kz-2017', 'grounds.json');
    writeFileSync(grounds, readFileSync(grounds, 'utf8').replace('"fact": "qualificationMismatch"', '"fact": "qualificationMissmatch"'));

    const result = spawnSync(process.execPath, [BIN, 'lint'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RUQSAT_CONTENT_ROOT: root } });

    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^rules\/packs\/kz-2017\/grounds\.json#\/grounds\/\d+\/conditions\/all\/0\/fact ERROR Неизвестный факт «qualificationMissmatch»\. Возможно, имелся в виду «qualificationMismatch»\.$/m);
    expect(result.stdout).toContain('Найдено ошибок: 1, предупреждений: 0.');
  });
});
