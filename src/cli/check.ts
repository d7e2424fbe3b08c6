import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { collectCoverage } from '../check/coverage/collect.js';
import { formatCoverage } from '../check/coverage/report.js';
import { junitReport } from '../check/junit.js';
import { ProgressBar, type Terminal } from '../check/progress.js';
import { formatOutcome, formatSummary, tally } from '../check/report.js';
import { checkSamples, type SampleOutcome } from '../check/run.js';
import { findSamples, SamplePathError, type SampleRef } from '../check/samples.js';
import { updateSamples } from '../check/update.js';
import type { RuqsatEngine } from '../engine.js';
import { EngineError } from '../errors/problem.js';
import { ERRORS } from '../errors/registry.js';
import { translate, type Lang } from '../i18n/index.js';
import type { Streams } from './output.js';

export interface CheckOptions {
  paths: string[];
  update: boolean;
  yes: boolean;
  junit?: string;
  coverage: boolean;
}

/** Reads the options of `check` from the parsed command line. */
export function checkOptions(paths: string[], values: { update?: boolean; yes?: boolean; junit?: string; coverage?: boolean }): CheckOptions {
  const options: CheckOptions = { paths, update: values.update === true, yes: values.yes === true, coverage: values.coverage === true };
  if (values.junit !== undefined) options.junit = values.junit;
  return options;
}

/** The terminal and the question the command may ask; tests replace both. */
export interface CheckIo {
  terminal: Terminal;
  /** Asks a yes-or-no question; undefined when there is no terminal to ask on. */
  confirm?: (question: string) => Promise<boolean>;
}

async function askOnTerminal(question: string): Promise<boolean> {
  const reader = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes|д|да|и|иә)$/i.test((await reader.question(question)).trim());
  } finally {
    reader.close();
  }
}

/** Returns the process's stderr and stdin: the bar and the question go to the terminal, the report to stdout. */
export function processIo(): CheckIo {
  const io: CheckIo = { terminal: { isTTY: process.stderr.isTTY === true, columns: process.stderr.columns, write: (text) => process.stderr.write(text) } };
  if (process.stdin.isTTY) io.confirm = askOnTerminal;
  return io;
}

function selectSamples(root: string, paths: string[], lang: Lang): SampleRef[] {
  let samples: SampleRef[];
  try {
    samples = findSamples(root, paths);
  } catch (error) {
    if (!(error instanceof SamplePathError)) throw error;
    throw new EngineError('cli.usage', { reason: translate(lang, 'check.no-samples', { path: error.path }) });
  }
  if (samples.length === 0) throw new EngineError('cli.usage', { reason: translate(lang, 'check.no-samples', { path: root }) });
  return samples;
}

async function runWithProgress(engine: RuqsatEngine, samples: SampleRef[], lang: Lang, streams: Streams, terminal: Terminal): Promise<SampleOutcome[]> {
  const bar = new ProgressBar(terminal);
  const outcomes = await checkSamples(engine, samples, {
    started: (sample, index, total) => bar.draw(index, total, sample.name),
    finished: (outcome, index, total) => {
      bar.clear();
      formatOutcome(outcome, lang).forEach((line) => streams.out(line));
      if (index + 1 < total) bar.draw(index + 1, total, '');
    },
  });
  bar.clear();
  return outcomes;
}

/** Asks before rewriting expected files unless `--yes` is given. Without a terminal it cannot ask, so it raises a usage error. */
async function confirmUpdate(outcomes: SampleOutcome[], options: CheckOptions, lang: Lang, io: CheckIo): Promise<boolean> {
  if (options.yes) return true;
  if (!io.confirm) throw new EngineError('cli.usage', { reason: translate(lang, 'check.update.needs-confirmation') });
  const names = outcomes.filter((outcome) => outcome.actual && outcome.differences.length > 0).map((outcome) => outcome.sample.name);
  return io.confirm(translate(lang, 'check.update.confirm', { count: names.length, samples: names.join(', ') }));
}

/** Rewrites what differs and returns the outcomes as they stand after the update. */
async function applyUpdate(outcomes: SampleOutcome[], options: CheckOptions, lang: Lang, streams: Streams, io: CheckIo): Promise<SampleOutcome[]> {
  if (tally(outcomes).failed === 0) {
    streams.out(translate(lang, 'check.update.nothing'));
    return outcomes;
  }
  if (!(await confirmUpdate(outcomes, options, lang, io))) {
    streams.out(translate(lang, 'check.update.cancelled'));
    return outcomes;
  }
  const updated = updateSamples(outcomes);
  for (const entry of updated) {
    const files = [...entry.written, ...entry.removed.map((file) => translate(lang, 'check.update.removed-file', { file }))].join(', ');
    streams.out(translate(lang, 'check.update.written', { sample: entry.sample, files }));
  }
  const names = new Set(updated.map((entry) => entry.sample));
  return outcomes.map((outcome) => (names.has(outcome.sample.name) ? { ...outcome, differences: [] } : outcome));
}

/**
 * Returns 3 when the engine failed on a sample, 2 when a sample failed for a content error (as lint
 * would), 1 for any other difference, else 0.
 */
function exitCode(outcomes: SampleOutcome[]): number {
  if (outcomes.some((outcome) => outcome.crash !== undefined)) return 3;
  if (outcomes.some((outcome) => outcome.failure && ERRORS[outcome.failure.code].exit === 2)) return 2;
  return tally(outcomes).failed > 0 ? 1 : 0;
}

/**
 * `ruqsat check [paths…] [--update [--yes]] [--junit FILE] [--coverage]`: compares every sample
 * with its expected files and prints each difference with a line diff, then the summary.
 */
export async function runCheck(options: CheckOptions, lang: Lang, streams: Streams, loadEngine: () => RuqsatEngine, io: CheckIo = processIo()): Promise<number> {
  const engine = loadEngine();
  try {
    const samples = selectSamples(join(engine.content.root, 'samples'), options.paths, lang);
    let outcomes = await runWithProgress(engine, samples, lang, streams, io.terminal);
    if (options.junit !== undefined) {
      writeFileSync(resolve(options.junit), junitReport(outcomes, lang));
      streams.err(translate(lang, 'check.junit.written', { file: options.junit }));
    }
    if (options.coverage) formatCoverage(await collectCoverage(engine.content, samples), lang).forEach((line) => streams.out(line));
    if (options.update) outcomes = await applyUpdate(outcomes, options, lang, streams, io);
    formatSummary(outcomes, lang).forEach((line) => streams.out(line));
    return exitCode(outcomes);
  } finally {
    await engine.close();
  }
}
