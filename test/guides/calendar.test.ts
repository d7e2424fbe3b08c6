import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchCopy } from '../check/scratch.js';
import { SAMPLES_DIR } from '../support/engine.js';
import { failedSamples, followGuide, guideSteps, type CommandRun } from './follow.js';

let root: string;
let runs: CommandRun[];
const names = readdirSync(SAMPLES_DIR).sort();

beforeAll(async () => {
  // The guide starts from the samples as shipped: `check` passes on them.
  root = await scratchCopy(names, { refresh: false });
  runs = await followGuide(root, guideSteps('calendar.md'));
}, 300_000);

afterAll(() => removeScratch(root));

describe('guide calendar.md: drop a decreed transfer', () => {
  it('runs lint, check and, after the file is restored, check', () => {
    expect(runs.map((run) => run.command)).toEqual(['npx ruqsat lint', 'npx ruqsat check', 'npx ruqsat check']);
    expect(runs[0]!.code).toBe(0);
  });

  it('moves the schedule of the sample filed on the working Saturday', () => {
    const failed = failedSamples(runs[1]!.stdout);
    const fields = [...failed[0]!.fields.keys()];

    expect(failed.map((entry) => entry.sample)).toEqual(['issue-refused-inauthentic']);
    expect(fields).toContain('result.json: schedule');
    expect(fields).not.toContain('result.json: decision');
    expect(fields).not.toContain('result.json: grounds');
    expect(failed[0]!.fields.get('result.json: schedule')).toContain('+   "registeredAt": "2018-04-30T09:00:00+06:00",');
  });

  it('passes check again once the transfer is back', () => {
    expect(runs[2]!.code).toBe(0);
    expect(runs[2]!.stdout[runs[2]!.stdout.length - 1]).toBe(`${names.length} passed, 0 failed`);
  });
});
