import type { Worker } from '../case/types.js';
import type { RulePack, TermDefinition } from '../pack/types.js';

export interface PermitTerm {
  months: number;
  /** First and last day of validity, once the permit's date is known. */
  validFrom?: string;
  validUntil?: string;
  source: string;
  confidence: TermDefinition['confidence'];
}

/** Adds months to a date and returns the day before the same date that many months later: a 12-month permit from 2017-04-05 runs to 2018-04-04. */
export function lastDayOfTerm(validFrom: string, months: number): string {
  const [year, month, day] = validFrom.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = month - 1 + months;
  const targetYear = year + Math.floor(targetMonthIndex / 12);
  const targetMonth = (targetMonthIndex % 12) + 1;
  const daysInTarget = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  // A term from 31 January ends on the last day of the month if the matching date does not exist.
  const end = new Date(Date.UTC(targetYear, targetMonth - 1, Math.min(day, daysInTarget)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Picks the term rule in force on `date` for the worker's category. */
function termRule(pack: RulePack, worker: Worker, date: string): TermDefinition {
  const rules = pack.terms.filter((term) => term.category === worker.category && term.validFrom <= date);
  // Lint guarantees an entry from the pack's first day for every category.
  return rules.sort((a, b) => a.validFrom.localeCompare(b.validFrom))[rules.length - 1]!;
}

/**
 * Works out the permit term: the longest allowed term not above the one requested, or the shortest
 * allowed when less was requested. `decidedOn` picks the rule in force (terms of 2 and 3 years for
 * category 1 apply to permits issued after 16.04.2018); `validFrom` fixes the dates when known.
 */
export function permitTerm(pack: RulePack, worker: Worker, decidedOn: string, validFrom?: string): PermitTerm {
  const rule = termRule(pack, worker, decidedOn);
  const allowed = [...rule.allowedMonths].sort((a, b) => a - b);
  const fitting = allowed.filter((months) => months <= worker.requestedTermMonths);
  const months = fitting.length > 0 ? fitting[fitting.length - 1]! : allowed[0]!;
  const term: PermitTerm = { months, source: rule.source, confidence: rule.confidence };
  if (validFrom) {
    term.validFrom = validFrom;
    term.validUntil = lastDayOfTerm(validFrom, months);
  }
  return term;
}
