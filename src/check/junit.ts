import { translate, type Lang } from '../i18n/index.js';
import { formatOutcome, tally } from './report.js';
import type { SampleOutcome } from './run.js';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 allows no control characters other than tab, line feed and carriage return.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function testCase(outcome: SampleOutcome, lang: Lang): string {
  const seconds = (outcome.durationMs / 1000).toFixed(3);
  const open = `    <testcase classname="samples" name="${escapeXml(outcome.sample.name)}" time="${seconds}"`;
  if (outcome.differences.length === 0) return `${open}/>`;
  const fields = [...new Set(outcome.differences.map((difference) => difference.field))].join(', ');
  const message = translate(lang, 'check.junit.failure', { count: outcome.differences.length, fields });
  const body = formatOutcome(outcome, lang).join('\n');
  return `${open}>\n      <failure message="${escapeXml(message)}" type="sample-difference">${escapeXml(body)}</failure>\n    </testcase>`;
}

/**
 * Builds a JUnit XML report: one test suite `ruqsat check`, one test case per sample, and a
 * failure per differing sample whose text is the same readable diff the console shows.
 */
export function junitReport(outcomes: SampleOutcome[], lang: Lang, timestamp = new Date()): string {
  const { failed } = tally(outcomes);
  const seconds = (outcomes.reduce((sum, outcome) => sum + outcome.durationMs, 0) / 1000).toFixed(3);
  const suite = `tests="${outcomes.length}" failures="${failed}" errors="0" skipped="0" time="${seconds}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ruqsat check" ${suite}>`,
    `  <testsuite name="samples" ${suite} timestamp="${timestamp.toISOString().slice(0, 19)}">`,
    ...outcomes.map((outcome) => testCase(outcome, lang)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
