import { describeCountedWeekendDay, describeSkippedDay } from '../calendar/index.js';
import type { CaseResult } from '../decision/result.js';
import { translate, type Lang } from '../i18n/index.js';
import { formatDateShort, formatDateTime, formatMoney } from '../language/index.js';
import type { ComparedFact, GroundResult } from '../rules/grounds.js';
import type { ScheduledStep } from '../schedule/index.js';

/** Formats a fact value for a reader: text in «», lists joined, numbers as they are. */
function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'string') return `«${value}»`;
  return String(value);
}

function formatComparison(fact: ComparedFact, lang: Lang): string {
  return translate(lang, 'explain.fact', {
    fact: fact.fact,
    factValue: formatValue(fact.factValue),
    operator: translate(lang, `explain.operator.${fact.operator}`),
    value: formatValue(fact.value),
    result: translate(lang, fact.result ? 'explain.yes' : 'explain.no'),
  });
}

function groundLines(ground: GroundResult, result: CaseResult, lang: Lang): string[] {
  const worker = ground.worker === undefined ? undefined : result.workers.find((entry) => entry.id === ground.worker);
  const header = translate(lang, ground.fired ? 'explain.ground.fired' : 'explain.ground.not-fired', { id: ground.id, text: ground.text[lang] });
  const lines = [header];
  if (worker) lines.push(translate(lang, 'explain.worker', { name: worker.name }));
  lines.push(translate(lang, 'explain.citation', { citation: ground.citation[lang], confidence: translate(lang, `explain.confidence.${ground.confidence}`) }));
  if (ground.sourceNote) lines.push(translate(lang, 'explain.source-note', { note: ground.sourceNote[lang] }));
  for (const fact of ground.facts) lines.push(formatComparison(fact, lang));
  return lines;
}

/** Local date and time of an ISO instant with offset, e.g. 17.03.2017 10:50. */
function moment(iso: string): string {
  return formatDateTime(iso, 'ru');
}

function stepLines(step: ScheduledStep, lang: Lang): string[] {
  const lines = [translate(lang, 'explain.step', { id: step.id, actor: step.actorTitle[lang], start: moment(step.start), due: moment(step.due), status: translate(lang, `explain.status.${step.status}`) })];
  if (step.actual) lines.push(translate(lang, 'explain.actual', { actual: moment(step.actual) }));
  for (const day of step.countedWeekendDays) lines.push(`    + ${describeCountedWeekendDay(day, lang)}`);
  for (const day of step.skipped) lines.push(`    − ${describeSkippedDay(day, lang)}`);
  return lines;
}

/**
 * Writes the decision trace for a person: every ground, fired or not, with the facts compared and
 * the citation; missing documents; the fee; and each step of the schedule with the days it skipped
 * and why.
 */
export function explainResult(result: CaseResult, lang: Lang): string[] {
  const lines = [
    translate(lang, 'explain.header', { caseId: result.caseId, decision: translate(lang, `cli.decision.${result.decision}`) }),
    translate(lang, 'explain.pack', { id: result.pack.id, from: formatDateShort(result.pack.validFrom), until: formatDateShort(result.pack.validUntil), hash: result.pack.hash }),
    '',
  ];

  if (result.missingDocuments.length > 0) {
    lines.push(translate(lang, 'explain.missing'));
    for (const missing of result.missingDocuments) {
      const worker = result.workers.find((entry) => entry.id === missing.worker);
      lines.push(`  - ${missing.title[lang]}${worker ? ` (${worker.name})` : ''}; ${missing.citation}`);
    }
    lines.push('');
  }

  const grounds = [...result.grounds.fired, ...result.grounds.notFired];
  if (grounds.length > 0) {
    lines.push(translate(lang, 'explain.grounds'));
    for (const ground of grounds) lines.push(...groundLines(ground, result, lang).map((line) => `  ${line}`));
    lines.push('');
  }

  if (result.fee) {
    const documentLang = lang === 'kk' ? 'kk' : 'ru';
    lines.push(translate(lang, 'explain.fee', {
      amount: formatMoney(result.fee.amount, documentLang),
      mrp: formatMoney(result.fee.mrp.value, documentLang),
      date: formatDateShort(result.fee.mrpDate),
      payBy: result.fee.payBy ? moment(result.fee.payBy) : '—',
    }));
    lines.push('');
  }

  lines.push(translate(lang, 'explain.schedule', { filed: moment(result.schedule.filedAt), registered: moment(result.schedule.registeredAt) }));
  for (const day of result.schedule.registrationSkipped) lines.push(`    − ${describeSkippedDay(day, lang)}`);
  for (const step of result.schedule.steps) lines.push(...stepLines(step, lang).map((line) => `  ${line}`));
  for (const warning of result.warnings) lines.push(translate(lang, warning.code, warning.params));
  return lines;
}
