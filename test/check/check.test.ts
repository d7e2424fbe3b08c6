import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/cli/check.js';
import type { Lang } from '../../src/i18n/index.js';
import { capture, engineFor, fakeIo, removeScratch, scratchCopy } from './scratch.js';

const SAMPLES = ['issue-approved', 'issue-incomplete', 'issue-refused-local-staff'];
const roots: string[] = [];

afterAll(() => roots.forEach(removeScratch));

async function copy(): Promise<string> {
  const root = await scratchCopy(SAMPLES);
  roots.push(root);
  return root;
}

async function check(root: string, options: Partial<CheckOptions> = {}, lang: Lang = 'ru', io = fakeIo(false)) {
  const streams = capture();
  const code = await runCheck({ paths: [], update: false, yes: false, coverage: false, ...options }, lang, streams, engineFor(root), io);
  return { code, stdout: streams.stdout, stderr: streams.stderr, text: streams.stdout.join('\n') };
}

function editJson(file: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

describe('ruqsat check', () => {
  it('passes on samples that match', async () => {
    const { code, stdout } = await check(await copy());

    expect(code).toBe(0);
    expect(stdout).toContain('✓ issue-approved');
    expect(stdout[stdout.length - 1]).toBe('3 passed, 0 failed');
    expect(stdout[stdout.length - 2]).toBe('Проверено образцов: 3; совпадают: 3, расходятся: 0.');
  });

  it('prints the sample, the field and a line diff', async () => {
    const root = await copy();
    editJson(join(root, 'samples/issue-refused-local-staff/expected/result.json'), (expected) => {
      expected.decision = 'approved';
    });

    const { code, text, stdout } = await check(root);

    expect(code).toBe(1);
    expect(text).toContain('✗ issue-refused-local-staff: различий — 1');
    expect(text).toContain('  result.json: decision — отличается (- ожидалось, + получено):');
    expect(text).toContain('    - "approved"');
    expect(text).toContain('    + "refused"');
    expect(stdout[stdout.length - 1]).toBe('2 passed, 1 failed');
  });

  it('diffs document text line by line', async () => {
    const root = await copy();
    const file = join(root, 'samples/issue-approved/expected/notification.ru.txt');
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => /862\s220/.test(line));
    const original = lines[index]!;
    lines[index] = original.replace(/862\s220/, '900 000');
    writeFileSync(file, lines.join('\n'));

    const { code, text } = await check(root);

    expect(code).toBe(1);
    expect(text).toContain('  notification.ru.txt — отличается (- ожидалось, + получено):');
    expect(text).toContain(`    - ${lines[index]}`);
    expect(text).toContain(`    + ${original}`);
    expect(text).not.toContain('notification.kk.txt');
  });

  it('reports documents produced without a file and files with no document', async () => {
    const root = await copy();
    rmSync(join(root, 'samples/issue-approved/expected/permit.kk.txt'));
    writeFileSync(join(root, 'samples/issue-incomplete/expected/permit.ru.txt'), 'Разрешение\n');

    const { text } = await check(root);

    expect(text).toContain('  permit.kk.txt — документ сформирован, но ожидаемого файла нет');
    expect(text).toContain('  permit.ru.txt — документ ожидался, но не сформирован');
  });

  it('reports a rejected case with the problem', async () => {
    const root = await copy();
    editJson(join(root, 'samples/issue-incomplete/case.json'), (input) => {
      (input.employer as Record<string, unknown>).bin = '050340001236';
    });

    const { code, text } = await check(root);

    expect(code).toBe(1);
    expect(text).toContain('✗ issue-incomplete: различий — 1');
    expect(text).toMatch(/case\.json — заявление не рассмотрено: .+/);
    expect(text).toContain('/employer/bin');
  });

  it('reports an engine fault and checks the rest', async () => {
    const root = await copy();
    const load = engineFor(root);
    const faulty = () => {
      const engine = load();
      const bundle = engine.bundle.bind(engine);
      engine.bundle = async (input, options) => {
        if ((input as { registrationNumber?: string }).registrationNumber === 'KZO-2017-000317') throw new TypeError('renderer fault');
        return bundle(input, options);
      };
      return engine;
    };
    const streams = capture();

    const code = await runCheck({ paths: [], update: false, yes: false, coverage: false }, 'ru', streams, faulty, fakeIo(false));
    const text = streams.stdout.join('\n');

    expect(code).toBe(3);
    expect(text).toContain('✗ issue-approved: различий — 1');
    expect(text).toContain('TypeError: renderer fault');
    expect(streams.stdout).toContain('✓ issue-incomplete');
    expect(streams.stdout[streams.stdout.length - 1]).toBe('2 passed, 1 failed');
  });

  it('checks only the samples under the given paths', async () => {
    const root = await copy();

    const { code, stdout } = await check(root, { paths: [join(root, 'samples/issue-approved')] });

    expect(code).toBe(0);
    expect(stdout.filter((line) => line.startsWith('✓'))).toEqual(['✓ issue-approved']);
    expect(stdout[stdout.length - 1]).toBe('1 passed, 0 failed');
  });

  it('exits 2 for a path with no sample', async () => {
    const root = await copy();

    await expect(check(root, { paths: [join(root, 'nowhere')] })).rejects.toMatchObject({ code: 'cli.usage' });
  });

  it('draws a progress bar only on a terminal', async () => {
    const root = await copy();
    const terminal = fakeIo(true);
    const pipe = fakeIo(false);

    await check(root, {}, 'ru', terminal);
    await check(root, {}, 'ru', pipe);

    expect(terminal.written.some((text) => text.includes('[') && text.includes('/3 issue-approved'))).toBe(true);
    expect(terminal.written[terminal.written.length - 1]).toBe('\r\x1b[K');
    expect(pipe.written).toEqual([]);
  });

  it('speaks Kazakh with --lang kk and keeps the summary line', async () => {
    const root = await copy();
    editJson(join(root, 'samples/issue-refused-local-staff/expected/result.json'), (expected) => {
      expected.decision = 'approved';
    });

    const { stdout } = await check(root, {}, 'kk');

    expect(stdout).toContain('  result.json: decision — өзгеше (- күтілген, + алынған):');
    expect(stdout[stdout.length - 2]).toBe('Тексерілген үлгілер: 3; сәйкес: 2, сәйкес емес: 1.');
    expect(stdout[stdout.length - 1]).toBe('2 passed, 1 failed');
  });
});
