import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSamples } from '../check/samples.js';

/** A sample as the studio lists it. */
export interface SampleSummary {
  name: string;
  procedure: string;
  channel: string;
  filedAt: string;
  /** The decision the sample expects, from `expected/result.json`; empty when the file is missing. */
  decision: string;
}

function readJson(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Lists the samples under `<root>/samples`; a sample whose case is not valid JSON is left out. */
export function listSamples(root: string): SampleSummary[] {
  const dir = join(root, 'samples');
  if (!existsSync(dir)) return [];
  const summaries: SampleSummary[] = [];
  for (const sample of findSamples(dir)) {
    const input = readJson(join(sample.dir, 'case.json'));
    if (!input) continue;
    const expected = readJson(join(sample.dir, 'expected', 'result.json'));
    summaries.push({
      name: sample.name,
      procedure: String(input.procedure ?? ''),
      channel: String(input.channel ?? ''),
      filedAt: String(input.filedAt ?? ''),
      decision: String(expected?.decision ?? ''),
    });
  }
  return summaries;
}

/** Returns the text of a sample's case.json, or undefined for a name that is not a listed sample. */
export function sampleCaseText(root: string, name: string): string | undefined {
  const sample = findSamples(join(root, 'samples')).find((candidate) => candidate.name === name);
  return sample ? readFileSync(join(sample.dir, 'case.json'), 'utf8') : undefined;
}
