import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchCopy } from '../check/scratch.js';
import { SAMPLES_DIR } from '../support/engine.js';
import { failedSamples, followGuide, guideSteps, type CommandRun } from './follow.js';

const DOCUMENT = 'local-staff-information';
const NEW_TITLE = 'Сведения о численности работников с указанием доли казахстанских кадров';

let root: string;
let runs: CommandRun[];
const handed: string[] = [];
const missing: string[] = [];
const names = readdirSync(SAMPLES_DIR).sort();

beforeAll(async () => {
  // The guide starts from the samples as shipped: `check` passes on them.
  root = await scratchCopy(names, { refresh: false });
  for (const name of names) {
    const input = JSON.parse(readFileSync(join(root, 'samples', name, 'case.json'), 'utf8')) as { documents: { kind: string }[] };
    const expected = JSON.parse(readFileSync(join(root, 'samples', name, 'expected', 'result.json'), 'utf8')) as { missingDocuments: { id: string }[] };
    if (input.documents.some((document) => document.kind === DOCUMENT)) handed.push(name);
    if (expected.missingDocuments.some((document) => document.id === DOCUMENT)) missing.push(name);
  }
  runs = await followGuide(root, guideSteps('documents.md'));
}, 300_000);

afterAll(() => removeScratch(root));

describe('guide documents.md: rename a required document', () => {
  it('runs lint, check, update and check', () => {
    expect(runs.map((run) => run.command)).toEqual(['npx ruqsat lint', 'npx ruqsat check', 'npx ruqsat check --update --yes', 'npx ruqsat check']);
    expect(runs[0]!.code).toBe(0);
  });

  it('fails only samples that hand in or miss the document', () => {
    const failed = failedSamples(runs[1]!.stdout).map((entry) => entry.sample);

    expect(missing.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    for (const sample of failed) expect(handed.includes(sample) || missing.includes(sample), sample).toBe(true);
    for (const sample of missing) expect(failed, sample).toContain(sample);
  });

  it('changes missingDocuments and Russian documents, each with the new title', () => {
    for (const { sample, fields } of failedSamples(runs[1]!.stdout)) {
      for (const [field, lines] of fields) {
        if (field.startsWith('result.json')) {
          expect(field, sample).toBe('result.json: missingDocuments');
          expect(missing, sample).toContain(sample);
          continue;
        }
        expect(field, sample).toMatch(/\.ru\.txt$/);
        expect(lines.filter((line) => line.startsWith('+ ')).every((line) => line.includes(NEW_TITLE)), `${sample} ${field}`).toBe(true);
      }
    }
  });

  it('passes check after the update', () => {
    expect(runs[3]!.stdout[runs[3]!.stdout.length - 1]).toBe(`${names.length} passed, 0 failed`);
  });
});
