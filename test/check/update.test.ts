import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/cli/check.js';
import { capture, engineFor, fakeIo, removeScratch, scratchCopy } from './scratch.js';

const roots: string[] = [];

afterAll(() => roots.forEach(removeScratch));

/** Makes a copy whose issue-approved expects another decision and has a stale document file. */
async function brokenCopy(): Promise<{ root: string; resultFile: string; staleFile: string }> {
  const root = await scratchCopy(['issue-approved', 'issue-incomplete']);
  roots.push(root);
  const resultFile = join(root, 'samples/issue-approved/expected/result.json');
  const expected = JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
  expected.decision = 'refused';
  writeFileSync(resultFile, JSON.stringify(expected, null, 2) + '\n');
  const staleFile = join(root, 'samples/issue-approved/expected/ict-order.ru.txt');
  writeFileSync(staleFile, 'Приказ\n');
  return { root, resultFile, staleFile };
}

async function check(root: string, options: Partial<CheckOptions>, io = fakeIo(false)) {
  const streams = capture();
  const code = await runCheck({ paths: [], update: false, yes: false, coverage: false, ...options }, 'ru', streams, engineFor(root), io);
  return { code, stdout: streams.stdout };
}

describe('ruqsat check --update', () => {
  it('rewrites the differing sample after --yes and then passes', async () => {
    const { root, resultFile, staleFile } = await brokenCopy();
    const before = readFileSync(join(root, 'samples/issue-incomplete/expected/result.json'), 'utf8');

    const updated = await check(root, { update: true, yes: true });
    const again = await check(root, {});

    expect(updated.code).toBe(0);
    const written = updated.stdout.find((line) => line.startsWith('Перезаписаны ожидаемые файлы образца issue-approved: result.json, '));
    expect(written).toMatch(/, notification\.ru\.txt, .*permit\.kk\.txt, .*, удалён ict-order\.ru\.txt\.$/);
    expect(updated.stdout[updated.stdout.length - 1]).toBe('2 passed, 0 failed');
    expect(JSON.parse(readFileSync(resultFile, 'utf8')).decision).toBe('approved');
    expect(existsSync(staleFile)).toBe(false);
    expect(readFileSync(join(root, 'samples/issue-incomplete/expected/result.json'), 'utf8')).toBe(before);
    expect(again.code).toBe(0);
  });

  it('asks first and keeps the files when the answer is no', async () => {
    const { root, resultFile } = await brokenCopy();
    const io = fakeIo(true, false);

    const { code, stdout } = await check(root, { update: true }, io);

    expect(io.questions).toEqual(['Перезаписать ожидаемые файлы образцов (1: issue-approved)? Сначала просмотрите различия выше. [y/N] ']);
    expect(stdout).toContain('Ожидаемые файлы не изменены.');
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(resultFile, 'utf8')).decision).toBe('refused');
  });

  it('rewrites after a yes on the terminal', async () => {
    const { root, resultFile } = await brokenCopy();

    const { code } = await check(root, { update: true }, fakeIo(true, true));

    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(resultFile, 'utf8')).decision).toBe('approved');
  });

  it('refuses to rewrite without a terminal or --yes', async () => {
    const { root, resultFile } = await brokenCopy();

    await expect(check(root, { update: true })).rejects.toMatchObject({ code: 'cli.usage' });
    expect(JSON.parse(readFileSync(resultFile, 'utf8')).decision).toBe('refused');
  });
});
