import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FIELDS, type Actual } from './actual.js';
import { readExpected } from './expected.js';
import type { SampleOutcome } from './run.js';

/** Files written and removed for one sample, relative to its `expected/` folder. */
export interface UpdatedSample {
  sample: string;
  written: string[];
  removed: string[];
}

/** Keeps the fields the expected file lists, in its order, and adds the default fields it lacks. */
function fieldsToWrite(existing: Record<string, unknown> | undefined): string[] {
  const fields = Object.keys(existing ?? {});
  for (const field of DEFAULT_FIELDS) if (!fields.includes(field)) fields.push(field);
  return fields;
}

/**
 * Rewrites a sample's `expected/` from what the engine produced: `result.json` with the listed
 * fields, one `<kind>.<lang>.txt` per document, and no file for a document no longer produced.
 */
export function writeExpected(sampleDir: string, actual: Actual): Omit<UpdatedSample, 'sample'> {
  const dir = join(sampleDir, 'expected');
  const previous = readExpected(sampleDir);
  mkdirSync(dir, { recursive: true });

  const result = Object.fromEntries(fieldsToWrite(previous.result).map((field) => [field, actual.result[field]]));
  writeFileSync(join(dir, 'result.json'), JSON.stringify(result, null, 2) + '\n');
  const written = ['result.json'];
  for (const [name, text] of [...actual.documents].sort(([a], [b]) => a.localeCompare(b))) {
    writeFileSync(join(dir, `${name}.txt`), text + '\n');
    written.push(`${name}.txt`);
  }
  const removed = [...previous.documents.keys()].filter((name) => !actual.documents.has(name)).map((name) => `${name}.txt`);
  for (const file of removed) rmSync(join(dir, file));
  return { written, removed };
}

/** Rewrites the expected files of every sample that differs; a sample whose case was rejected is left alone. */
export function updateSamples(outcomes: SampleOutcome[]): UpdatedSample[] {
  const updated: UpdatedSample[] = [];
  for (const outcome of outcomes) {
    if (outcome.differences.length === 0 || !outcome.actual) continue;
    updated.push({ sample: outcome.sample.name, ...writeExpected(outcome.sample.dir, outcome.actual) });
  }
  return updated;
}
