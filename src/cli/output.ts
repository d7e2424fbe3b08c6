import { toProblem, type EngineError } from '../errors/problem.js';
import { translate, type Lang } from '../i18n/index.js';
import type { ContentProblem } from '../content/problem.js';
import type { CaseResult } from '../decision/result.js';
import { formatDateShort, formatMoney } from '../language/index.js';

export interface Streams {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Prints a failure as readable lines on stderr and as the problem document on stdout. */
export function printProblem(error: EngineError, lang: Lang, streams: Streams): void {
  const problem = toProblem(error, lang);
  streams.err(`${problem.title}. ${problem.detail}`);
  for (const field of problem.errors ?? []) streams.err(translate(lang, 'cli.error.field', { pointer: field.pointer, message: field.message }));
  streams.out(JSON.stringify(problem, null, 2));
}

/** Formats one content problem as «file:line» or «file#pointer», then the message. */
export function formatContentProblem(problem: ContentProblem, lang: Lang): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}` : `${problem.file}${problem.pointer !== undefined ? `#${problem.pointer}` : ''}`;
  const severity = problem.severity === 'error' ? 'ERROR' : 'WARNING';
  return `${where} ${severity} ${translate(lang, problem.code, problem.params)}`;
}

/** Prints the decision in the user's language: the outcome, the grounds or missing documents, the fee. */
export function printDecision(result: CaseResult, lang: Lang, streams: Streams): void {
  const textLang = lang === 'en' ? 'en' : lang;
  streams.out(translate(lang, 'cli.decision', { caseId: result.caseId, decision: translate(lang, `cli.decision.${result.decision}`) }));
  for (const missing of result.missingDocuments) streams.out(translate(lang, 'cli.missing-document', { title: missing.title[textLang] }));
  const printed = new Set<string>();
  for (const ground of result.grounds.fired) {
    if (printed.has(ground.id)) continue;
    printed.add(ground.id);
    streams.out(translate(lang, 'cli.ground', { text: ground.text[textLang], citation: ground.citation[textLang] }));
  }
  if (result.fee?.payBy) {
    const documentLang = lang === 'kk' ? 'kk' : 'ru';
    streams.out(translate(lang, 'cli.fee', { amount: formatMoney(result.fee.amount, documentLang), payBy: formatDateShort(result.fee.payBy.slice(0, 10)) }));
  }
}
