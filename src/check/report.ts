import { toProblem } from '../errors/problem.js';
import { translate, type Lang } from '../i18n/index.js';
import type { Difference } from './compare.js';
import { formatDiff } from './diff.js';
import type { SampleOutcome } from './run.js';

/** Counts of one check run. */
export interface Tally {
  passed: number;
  failed: number;
}

export function tally(outcomes: SampleOutcome[]): Tally {
  const failed = outcomes.filter((outcome) => outcome.differences.length > 0).length;
  return { passed: outcomes.length - failed, failed };
}

/** Indents every line of a block by `prefix`. */
function indent(lines: string[], prefix: string): string[] {
  return lines.map((line) => prefix + line);
}

function describeFailure(outcome: SampleOutcome, lang: Lang): string[] {
  if (!outcome.failure) return [];
  const problem = toProblem(outcome.failure, lang);
  const fields = (problem.errors ?? []).map((field) => `${field.pointer}: ${field.message}`);
  const crash = outcome.crash === undefined ? [] : indent(outcome.crash.split('\n'), '    ');
  return [translate(lang, 'check.difference.failed', { field: 'case.json', title: problem.title, detail: problem.detail }), ...indent(fields, '    '), ...crash];
}

/** Formats one difference: what differs, then a line diff of the expected and actual text. */
export function formatDifference(difference: Difference, lang: Lang): string[] {
  const head = translate(lang, `check.difference.${difference.kind}`, { field: difference.field });
  if (difference.kind === 'no-result') return [head];
  if (difference.kind === 'not-produced' || difference.kind === 'not-expected') return [head];
  const absent = translate(lang, 'check.field-absent');
  const diff = formatDiff(difference.expected ?? absent, difference.actual ?? absent);
  return [head, ...indent(diff, '    ')];
}

/** Lists a failed sample with each of its differences; a passed sample gets one line. */
export function formatOutcome(outcome: SampleOutcome, lang: Lang): string[] {
  const count = outcome.differences.length;
  if (count === 0) return [translate(lang, 'check.sample.passed', { sample: outcome.sample.name })];
  const lines = [translate(lang, 'check.sample.failed', { sample: outcome.sample.name, count })];
  if (outcome.failure) return [...lines, ...indent(describeFailure(outcome, lang), '  ')];
  for (const difference of outcome.differences) lines.push(...indent(formatDifference(difference, lang), '  '));
  return lines;
}

/**
 * Formats the closing lines: a sentence in the user's language, then `N passed, M failed` in the
 * same words in every language, because CI reads that line.
 */
export function formatSummary(outcomes: SampleOutcome[], lang: Lang): string[] {
  const { passed, failed } = tally(outcomes);
  return [translate(lang, 'check.summary.local', { total: outcomes.length, passed, failed }), `${passed} passed, ${failed} failed`];
}
