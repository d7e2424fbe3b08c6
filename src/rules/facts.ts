import type { Case, Worker, WorkerCategory } from '../case/types.js';

/**
 * The facts that refusal grounds may use. Rules name facts by these ids; lint rejects any other
 * name and suggests the nearest one. Every fact is a number, a boolean or a string, never a date:
 * dates are turned into counts (months, days) here, because json-rules-engine's numeric operators
 * would otherwise compare date strings by their leading number.
 */
export interface FactDefinition {
  type: 'number' | 'boolean' | 'string';
  scope: 'case' | 'worker';
  description: string;
}

export const FACTS: Record<string, FactDefinition> = {
  inauthenticCaseDocuments: { type: 'number', scope: 'case', description: 'Findings of inauthentic documents or data that concern the whole application.' },
  illegalEmploymentFound: { type: 'boolean', scope: 'case', description: 'A finding that the employer employed foreigners without a permit or in another profession.' },
  monthsSinceIllegalEmployment: { type: 'number', scope: 'case', description: 'Whole months from the day that finding was established to the filing date; -1 when there is no finding.' },
  employerIsForeignBranch: { type: 'boolean', scope: 'case', description: 'The employer is a branch or representative office of a foreign legal entity.' },
  employerStaffTotal: { type: 'number', scope: 'case', description: 'All staff of the employer on the filing date, every category and citizenship.' },
  previousExtensions: { type: 'number', scope: 'case', description: 'How many times the permit being extended has already been extended.' },
  daysUntilPreviousPermitExpiry: { type: 'number', scope: 'case', description: 'Calendar days from the filing date to the last day of the previous permit; negative once it has expired.' },
  ictSpecialConditionChosen: { type: 'boolean', scope: 'case', description: 'The employer chose a special condition of the intra-corporate transfer (false outside ICT).' },
  reissueReason: { type: 'string', scope: 'case', description: 'Reason given for a re-issue; empty for other procedures.' },
  inauthenticWorkerDocuments: { type: 'number', scope: 'worker', description: 'Findings of inauthentic documents or data that concern this worker.' },
  category: { type: 'string', scope: 'worker', description: 'Worker category: 1, 2, 3, 4 or seasonal.' },
  categoryGroup: { type: 'string', scope: 'worker', description: 'Group of the local-staff ratio: 1-2 or 3-4 (seasonal workers count in 3-4).' },
  localSharePercent: { type: 'number', scope: 'worker', description: 'Share of Kazakh citizens and EAEU nationals in the staff of the worker\'s category group, counting the workers applied for in that group, in percent.' },
  quotaRemaining: { type: 'number', scope: 'worker', description: 'Permits left in the quota for the worker\'s category.' },
  quotaPosition: { type: 'number', scope: 'worker', description: 'Position of the worker among the workers of the same category in the application (1 for the first).' },
  requestedTermMonths: { type: 'number', scope: 'worker', description: 'Permit term applied for, in months.' },
  ictServiceMonths: { type: 'number', scope: 'worker', description: 'Months the worker served the foreign legal entity before the transfer (0 outside ICT).' },
  ictSharePercent: { type: 'number', scope: 'worker', description: 'Staff transferred within the company in the worker\'s category group, counting those applied for, as a percentage of the Kazakh staff of that group.' },
  qualificationMismatch: { type: 'boolean', scope: 'worker', description: 'The commission found that the worker\'s education and experience do not match the position.' },
};

export type FactValues = Record<string, number | boolean | string>;

/** Whole months from `from` to `to` (both YYYY-MM-DD): 2016-05-10 → 2017-05-09 is 11, → 2017-05-10 is 12. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  return toDay >= fromDay ? months : months - 1;
}

function staffTotal(data: Case): number {
  const { categories12, categories34 } = data.employer.staff;
  return [categories12, categories34].reduce((sum, group) => sum + group.kazakh + group.eaeu + group.foreign, 0);
}

export function categoryGroupOf(category: WorkerCategory): '1-2' | '3-4' {
  // NOTE: decree No. 802 names only categories 1–4; seasonal workers are counted with the
  // qualified workers (3–4) as the closer group. This reading is unconfirmed.
  return category === '1' || category === '2' ? '1-2' : '3-4';
}

/** Facts about the application as a whole, computed once per case. */
export function deriveCaseFacts(data: Case, filedOn: string): FactValues {
  const illegalOn = data.findings?.illegalEmploymentEstablishedOn;
  return {
    inauthenticCaseDocuments: (data.findings?.inauthenticDocuments ?? []).filter((finding) => finding.worker === undefined).length,
    illegalEmploymentFound: illegalOn !== undefined,
    monthsSinceIllegalEmployment: illegalOn === undefined ? -1 : wholeMonthsBetween(illegalOn, filedOn),
    employerIsForeignBranch: data.employer.foreignBranch,
    employerStaffTotal: staffTotal(data),
    previousExtensions: data.previousPermit?.extensions ?? 0,
    // Validation requires a previous permit for the procedures whose grounds read this fact.
    daysUntilPreviousPermitExpiry: data.previousPermit ? daysBetween(filedOn, data.previousPermit.validUntil) : 0,
    ictSpecialConditionChosen: data.ict?.specialCondition !== undefined,
    reissueReason: data.reissue?.reason ?? '',
  };
}

/**
 * Share of local staff in a category group, in percent with two decimals. EAEU nationals count with
 * Kazakh citizens because they are not foreigners for the ratio (from 2017); the workers applied for
 * count as foreigners of their group, so the ratio is the one the employer would have after hiring.
 */
function localSharePercent(data: Case, group: '1-2' | '3-4'): number {
  const staff = group === '1-2' ? data.employer.staff.categories12 : data.employer.staff.categories34;
  const requested = data.workers.filter((worker) => categoryGroupOf(worker.category) === group).length;
  const local = staff.kazakh + staff.eaeu;
  const total = local + staff.foreign + requested;
  return total === 0 ? 100 : Math.floor((local / total) * 10000) / 100;
}

/** Calendar days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Share used when a group has no Kazakh staff at all: any transferee then exceeds every limit. */
const NO_LOCAL_STAFF_SHARE = 1_000_000;

/**
 * ICT staff of a category group (already transferred plus applied for) as a percentage of the
 * Kazakh citizens of that group, with two decimals.
 */
function ictSharePercent(data: Case, group: '1-2' | '3-4'): number {
  const transferred = group === '1-2' ? data.ict?.transferredStaff?.categories12 ?? 0 : data.ict?.transferredStaff?.categories34 ?? 0;
  const requested = data.workers.filter((worker) => categoryGroupOf(worker.category) === group).length;
  const kazakh = (group === '1-2' ? data.employer.staff.categories12 : data.employer.staff.categories34).kazakh;
  if (kazakh === 0) return transferred + requested === 0 ? 0 : NO_LOCAL_STAFF_SHARE;
  return Math.floor(((transferred + requested) / kazakh) * 10000) / 100;
}

/** Facts about one worker, computed for each worker of the case. */
export function deriveWorkerFacts(data: Case, worker: Worker): FactValues {
  const sameCategory = data.workers.filter((other) => other.category === worker.category);
  const group = categoryGroupOf(worker.category);
  return {
    inauthenticWorkerDocuments: (data.findings?.inauthenticDocuments ?? []).filter((finding) => finding.worker === worker.id).length,
    category: worker.category,
    categoryGroup: group,
    localSharePercent: localSharePercent(data, group),
    quotaRemaining: data.findings?.quotaRemaining?.[worker.category] ?? Number.NaN,
    quotaPosition: sameCategory.indexOf(worker) + 1,
    requestedTermMonths: worker.requestedTermMonths,
    ictServiceMonths: worker.ictServiceMonths ?? 0,
    ictSharePercent: ictSharePercent(data, group),
    qualificationMismatch: (data.findings?.qualificationMismatch ?? []).includes(worker.id),
  };
}
