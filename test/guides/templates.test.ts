import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchCopy } from '../check/scratch.js';
import { SAMPLES_DIR } from '../support/engine.js';
import { failedSamples, followGuide, guideSteps, type CommandRun } from './follow.js';

let root: string;
let runs: CommandRun[];
const names = readdirSync(SAMPLES_DIR).sort();
let withReceipt: string[];

beforeAll(async () => {
  // The guide starts from the samples as shipped: `check` passes on them.
  root = await scratchCopy(names, { refresh: false });
  withReceipt = names.filter((name) => existsSync(join(root, 'samples', name, 'expected', 'receipt.ru.txt')));
  runs = await followGuide(root, guideSteps('template-changes.md'));
}, 300_000);

afterAll(() => removeScratch(root));

describe('guide template-changes.md: change the heading of the receipt', () => {
  it('runs lint, check, update and check', () => {
    expect(runs.map((run) => run.command)).toEqual(['npx ruqsat lint', 'npx ruqsat check', 'npx ruqsat check --update --yes', 'npx ruqsat check']);
    expect(runs[0]!.code).toBe(0);
  });

  it('changes receipt.ru.txt of every sample with a Russian receipt and nothing else', () => {
    const failed = failedSamples(runs[1]!.stdout);

    expect(failed.map((entry) => entry.sample)).toEqual(withReceipt);
    for (const { sample, fields } of failed) {
      expect([...fields.keys()], sample).toEqual(['receipt.ru.txt']);
      expect(fields.get('receipt.ru.txt')!.filter((line) => !line.startsWith(' ') && line !== '  …'), sample).toEqual(['- Расписка о приёме документов', '+ Расписка в получении документов']);
    }
  });

  it('passes check after the update', () => {
    expect(runs[3]!.stdout[runs[3]!.stdout.length - 1]).toBe(`${names.length} passed, 0 failed`);
  });
});
