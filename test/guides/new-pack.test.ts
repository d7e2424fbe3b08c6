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
  runs = await followGuide(root, guideSteps('new-pack.md'));
}, 300_000);

afterAll(() => removeScratch(root));

describe('guide new-pack.md: add a pack for a new period', () => {
  it('follows the commands of the guide', () => {
    expect(runs.map((run) => run.command)).toEqual([
      'cp -r rules/packs/kz-2017 rules/packs/kz-2020',
      'npx ruqsat lint',
      'npx ruqsat check',
      'cp -r samples/issue-incomplete samples/issue-incomplete-2020',
      'npx ruqsat check samples/issue-incomplete-2020',
      'npx ruqsat check --update --yes samples/issue-incomplete-2020',
      'npx ruqsat evaluate samples/issue-incomplete-2020/case.json',
    ]);
  });

  it('lints the new pack and keeps the old samples green', () => {
    expect(runs[1]!.stdout).toEqual(['Содержимое в порядке: ошибок нет.']);
    expect(runs[2]!.code).toBe(0);
    expect(runs[2]!.stdout[runs[2]!.stdout.length - 1]).toBe(`${names.length} passed, 0 failed`);
  });

  it('shows how the copied sample differs, then records it', () => {
    const [failed] = failedSamples(runs[4]!.stdout);

    expect(failed!.sample).toBe('issue-incomplete-2020');
    expect([...failed!.fields.keys()]).toContain('result.json: caseId');
    expect([...failed!.fields.keys()]).toContain('result.json: schedule');
    expect(runs[5]!.code).toBe(0);
    expect(runs[5]!.stdout[runs[5]!.stdout.length - 1]).toBe('1 passed, 0 failed');
  });

  it('decides the new sample by the new pack', () => {
    const result = JSON.parse(runs[6]!.stdout.join('\n')) as { pack: { id: string }; caseId: string };

    expect(runs[6]!.code).toBe(0);
    expect(result.pack.id).toBe('kz-2020');
    expect(result.caseId).toBe('KZO-2020-000731');
  });
});
