import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchCopy } from '../check/scratch.js';
import { sampleNames } from '../support/engine.js';
import { followGuide, guideSteps, type CommandRun } from './follow.js';

let root: string;
let runs: CommandRun[];
const names = sampleNames();

beforeAll(async () => {
  // The guide starts from the samples as shipped: `check` passes on them.
  root = await scratchCopy(names, { refresh: false });
  runs = await followGuide(root, guideSteps('check.md'));
}, 300_000);

afterAll(() => removeScratch(root));

describe('guide check.md: lint and check', () => {
  it('follows the commands of the guide', () => {
    expect(runs.map((run) => run.command)).toEqual([
      'npx ruqsat lint',
      'npx ruqsat check',
      'npx ruqsat lint',
      'npx ruqsat lint',
      'npx ruqsat check --junit out/check.xml',
      'npx ruqsat check --coverage',
    ]);
  });

  it('passes both commands on the shipped content', () => {
    expect(runs[0]!.code).toBe(0);
    expect(runs[1]!.code).toBe(0);
    expect(runs[1]!.stdout[runs[1]!.stdout.length - 1]).toBe(`${names.length} passed, 0 failed`);
  });

  it('reports the misspelt field with its file, line and column', () => {
    expect(runs[2]!.code).toBe(2);
    expect(runs[2]!.stdout[0]).toBe('templates/receipt.ru.hbs:5:56 ERROR Шаблон читает неизвестное поле «registrationNumbr». Возможно, имелось в виду «registrationNumber».');
  });

  it('passes again after the fix and writes the JUnit report', () => {
    const report = join(root, 'out', 'check.xml');

    expect(runs[3]!.code).toBe(0);
    expect(runs[4]!.code).toBe(0);
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain(`tests="${names.length}" failures="0"`);
  });

  it('prints the coverage with every refusal ground covered', () => {
    const lines = runs[5]!.stdout;
    const grounds = lines.findIndex((line) => line.startsWith('Основания отказа'));

    expect(lines[grounds]).toMatch(/^Основания отказа \(сработали в образце\): покрыто (\d+) из \1$/);
    expect(lines.slice(grounds + 1).find((line) => !line.startsWith('  ✓'))).toBe('  Непокрытых нет.');
  });
});
