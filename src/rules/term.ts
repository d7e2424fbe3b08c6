import type { PreviousPermit, Procedure, Worker } from '../case/types.js';
import type { RulePack, TermDefinition } from '../pack/types.js';
import { wholeMonthsBetween } from './facts.js';

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

/**
 * Picks the term rule in force on `date` for the worker's category: an entry limited to the
 * procedure wins over a general one, and among those the latest in force.
 */
function termRule(pack: RulePack, procedure: Procedure, worker: Worker, date: string): TermDefinition {
  const inForce = pack.terms.filter((term) => term.category === worker.category && term.validFrom <= date);
  const specific = inForce.filter((term) => term.procedures?.includes(procedure));
  const rules = specific.length > 0 ? specific : inForce.filter((term) => term.procedures === undefined);
  // Lint guarantees a general entry from the pack's first day for every category.
  return rules.sort((a, b) => a.validFrom.localeCompare(b.validFrom))[rules.length - 1]!;
}

/**
 * Works out the permit term: the longest allowed term not above the one requested, or the shortest
 * allowed when less was requested. `decidedOn` picks the rule in force (terms of 2 and 3 years for
 * category 1 apply to permits issued after 16.04.2018); `validFrom` fixes the dates when known.
 */
export function permitTerm(pack: RulePack, procedure: Procedure, worker: Worker, decidedOn: string, validFrom?: string): PermitTerm {
  const rule = termRule(pack, procedure, worker, decidedOn);
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

/**
 * Works out the term of a re-issued permit: it replaces the previous permit and ends when that one
 * ends, so only its first day changes.
 */
export function reissuedTerm(previous: PreviousPermit, validFrom?: string): PermitTerm {
  const start = validFrom ?? previous.validFrom;
  // Whole months covered, inclusive: 2017-04-13 … 2018-04-12 is 12.
  const months = Math.max(1, wholeMonthsBetween(start, addDays(previous.validUntil, 1)));
  return { months, validFrom: start, validUntil: previous.validUntil, source: 'Срок переоформляемого разрешения', confidence: 'secondary' };
}
