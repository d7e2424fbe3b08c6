import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuqsatEngine } from '../engine.js';
import { asEngineError, type EngineError } from '../errors/problem.js';
import { produceActual, type Actual } from './actual.js';
import { compareSample, type Difference } from './compare.js';
import { readExpected } from './expected.js';
import type { SampleRef } from './samples.js';

/** The outcome of checking one sample. */
export interface SampleOutcome {
  sample: SampleRef;
  differences: Difference[];
  /** Output of the engine; absent when the case could not be evaluated. */
  actual?: Actual;
  /** Why the case could not be evaluated: the problem a user of `evaluate` would see. */
  failure?: EngineError;
  /** Stack of an internal error of the engine, which the report prints for a developer. */
  crash?: string;
  /** Time the sample took, in milliseconds. */
  durationMs: number;
}

/** Called before each sample starts and after it ends, for progress output. */
export interface CheckListener {
  started?: (sample: SampleRef, index: number, total: number) => void;
  finished?: (outcome: SampleOutcome, index: number, total: number) => void;
}

/** Reads the case, evaluates and renders it, and compares the output with the expected files. */
export async function checkSample(engine: RuqsatEngine, sample: SampleRef): Promise<SampleOutcome> {
  const started = Date.now();
  const expected = readExpected(sample.dir);
  try {
    const input = JSON.parse(readFileSync(join(sample.dir, 'case.json'), 'utf8')) as unknown;
    const actual = await produceActual(engine, input);
    return { sample, differences: compareSample(expected, actual), actual, durationMs: Date.now() - started };
  } catch (error) {
    const failure = asEngineError(error);
    const outcome: SampleOutcome = { sample, differences: [{ kind: 'failed', field: 'case.json' }], failure, durationMs: Date.now() - started };
    // A fault of the engine itself: the other samples are still checked, and `check` exits 3.
    if (failure.code === 'internal') outcome.crash = String((error as Error)?.stack ?? error);
    return outcome;
  }
}

/** Checks the samples one after another, so the progress output follows the list. */
export async function checkSamples(engine: RuqsatEngine, samples: SampleRef[], listener: CheckListener = {}): Promise<SampleOutcome[]> {
  const outcomes: SampleOutcome[] = [];
  for (const [index, sample] of samples.entries()) {
    listener.started?.(sample, index, samples.length);
    const outcome = await checkSample(engine, sample);
    outcomes.push(outcome);
    listener.finished?.(outcome, index, samples.length);
  }
  return outcomes;
}
