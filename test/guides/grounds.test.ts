import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchCopy } from '../check/scratch.js';
import { SAMPLES_DIR } from '../support/engine.js';
import { failedSamples, followGuide, guideSteps, type CommandRun } from './follow.js';

const GROUND = 'local-staff-ratio';
const NEW_CITATION = 'от 15 декабря 2016 года № 802';

let root: string;
let runs: CommandRun[];
const checked: string[] = [];
const fired: string[] = [];
const names = readdirSync(SAMPLES_DIR).sort();

beforeAll(async () => {
  // The guide starts from the samples as shipped: `check` passes on them.
  root = await scratchCopy(names, { refresh: false });
  for (const name of names) {
    const { grounds } = JSON.parse(readFileSync(join(root, 'samples', name, 'expected', 'result.json'), 'utf8')) as { grounds: { fired: { id: string }[]; notFired: { id: string }[] } };
    if ([...grounds.fired, ...grounds.notFired].some((ground) => ground.id === GROUND)) checked.push(name);
    if (grounds.fired.some((ground) => ground.id === GROUND)) fired.push(name);
  }
  runs = await followGuide(root, guideSteps('grounds.md'));
}, 300_000);

afterAll(() => removeScratch(root));

describe('guide grounds.md: change the citation of a ground', () => {
  it('runs lint, check, update and check', () => {
    expect(runs.map((run) => run.command)).toEqual(['npx ruqsat lint', 'npx ruqsat check', 'npx ruqsat check --update --yes', 'npx ruqsat check']);
    expect(runs[0]!.code).toBe(0);
  });

  it('fails check for every sample that checked the ground', () => {
    const failed = failedSamples(runs[1]!.stdout);

    expect(fired).toEqual(['issue-refused-local-staff']);
    expect(failed.map((entry) => entry.sample)).toEqual(checked);
  });

  it('changes the grounds field, and document text only where the ground fired', () => {
    for (const { sample, fields } of failedSamples(runs[1]!.stdout)) {
      const documents = [...fields.keys()].filter((field) => !field.startsWith('result.json'));

      expect([...fields.keys()].filter((field) => field.startsWith('result.json')), sample).toEqual(['result.json: grounds']);
      expect(documents.length > 0, sample).toBe(fired.includes(sample));
      for (const document of documents) {
        expect(document, sample).toMatch(/\.ru\.txt$/);
        expect(fields.get(document)!.filter((line) => line.startsWith('+ ')).every((line) => line.includes(NEW_CITATION)), `${sample} ${document}`).toBe(true);
      }
    }
  });

  it('passes check after the update', () => {
    expect(runs[3]!.stdout[runs[3]!.stdout.length - 1]).toBe(`${names.length} passed, 0 failed`);
  });
});
