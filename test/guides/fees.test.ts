import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchCopy } from '../check/scratch.js';
import { SAMPLES_DIR } from '../support/engine.js';
import { failedSamples, followGuide, guideSteps, type CommandRun } from './follow.js';

interface ExpectedFee {
  amount: number;
  mrp: { value: number; validFrom: string };
  items: { amount: number }[];
}

let root: string;
let runs: CommandRun[];
const fees = new Map<string, ExpectedFee>();
const names = readdirSync(SAMPLES_DIR).sort();

beforeAll(async () => {
  // The guide starts from the samples as shipped: `check` passes on them.
  root = await scratchCopy(names, { refresh: false });
  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(root, 'samples', name, 'expected', 'result.json'), 'utf8')) as { fee: ExpectedFee | null };
    if (expected.fee) fees.set(name, expected.fee);
  }
  runs = await followGuide(root, guideSteps('fees.md'));
}, 300_000);

afterAll(() => removeScratch(root));

describe('guide fees.md: change the МРП of one year', () => {
  it('runs lint, check, check --update --yes and check', () => {
    expect(runs.map((run) => run.command)).toEqual(['npx ruqsat lint', 'npx ruqsat check', 'npx ruqsat check --update --yes', 'npx ruqsat check']);
  });

  it('passes lint after the edit', () => {
    expect(runs[0]!.code).toBe(0);
    expect(runs[0]!.stdout).toEqual(['Содержимое в порядке: ошибок нет.']);
  });

  it('fails check exactly for the samples whose fee uses that МРП', () => {
    const affected = [...fees].filter(([, fee]) => fee.mrp.validFrom === '2019-01-01').map(([name]) => name);
    const failed = failedSamples(runs[1]!.stdout);

    expect(affected.length).toBeGreaterThanOrEqual(2);
    expect(runs[1]!.code).toBe(1);
    expect(failed.map((entry) => entry.sample)).toEqual(affected);
    expect(runs[1]!.stdout[runs[1]!.stdout.length - 1]).toBe(`${names.length - affected.length} passed, ${affected.length} failed`);
  });

  it('shows only fee fields and fee lines as different', () => {
    for (const { sample, fields } of failedSamples(runs[1]!.stdout)) {
      const fee = fees.get(sample)!;
      const oldNumbers = [fee.amount, fee.mrp.value, ...fee.items.map((item) => item.amount)].map(String);
      const resultFields = [...fields.keys()].filter((field) => field.startsWith('result.json'));
      const documents = [...fields.keys()].filter((field) => !field.startsWith('result.json'));

      expect(resultFields, sample).toEqual(['result.json: fee']);
      expect(documents.length, sample).toBeGreaterThan(0);
      for (const document of documents) {
        expect(document, sample).toMatch(/^notification\.(ru|kk)\.txt$/);
        const removed = fields.get(document)!.filter((line) => line.startsWith('- '));
        expect(removed.length, `${sample} ${document}`).toBeGreaterThan(0);
        for (const line of removed) {
          const digits = line.replace(/\s/g, '');
          expect(oldNumbers.some((number) => digits.includes(number)), `${sample} ${document}: ${line}`).toBe(true);
        }
      }
    }
  });

  it('updates the expected files and passes check again', () => {
    expect(runs[2]!.code).toBe(0);
    expect(runs[3]!.code).toBe(0);
    expect(runs[3]!.stdout[runs[3]!.stdout.length - 1]).toBe(`${names.length} passed, 0 failed`);
  });
});
