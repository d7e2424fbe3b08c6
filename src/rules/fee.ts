import type { Case, Worker } from '../case/types.js';
import { amountInWords } from '../language/index.js';
import type { FeeRates, RulePack } from '../pack/types.js';
import { mrpOn, okedSection, type ReferenceTables } from '../reference/index.js';

export interface FeeItem {
  worker: string;
  category: Worker['category'];
  sectorGroup: string;
  rateMrp: number;
  amount: number;
}

export interface Fee {
  /** Sum for all approved workers, in tenge. */
  amount: number;
  words: { ru: string; kk: string };
  mrp: { value: number; validFrom: string; source: string };
  /** The date whose МРП is used, and what it is: the notification or the payment. */
  mrpDate: string;
  mrpDateBasis: 'notification' | 'payment';
  /** True when the date comes from the schedule rather than from an event that happened. */
  mrpDateEstimated: boolean;
  okedSection: string;
  sectorGroup: string;
  rates: { validFrom: string; source: string; confidence: FeeRates['confidence'] };
  items: FeeItem[];
  payBy?: string;
}

export class FeeError extends Error {
  constructor(readonly code: 'fee.no-mrp' | 'fee.no-sector-group' | 'fee.no-rates', readonly params: Record<string, string>) {
    super(code);
  }
}

function ratesOn(pack: RulePack, date: string): FeeRates {
  const rates = pack.fees.rates.filter((entry) => entry.validFrom <= date).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const found = rates[rates.length - 1];
  if (!found) throw new FeeError('fee.no-rates', { date });
  return found;
}

function sectorGroupOf(pack: RulePack, section: string): string | undefined {
  return Object.entries(pack.fees.sectorGroups).find(([, group]) => group.okedSections.includes(section))?.[0];
}

export function feeIsDue(pack: RulePack, data: Case): boolean {
  return pack.procedures[data.procedure]?.feeDue === true && !pack.fees.freeProcedures.includes(data.procedure);
}

/**
 * Computes the fee for the approved workers: each worker's rate in МРП (by category and the sector
 * group of the employer's ОКЭД section; seasonal workers have one rate) times the МРП in force on
 * the date the pack names.
 */
export function computeFee(
  pack: RulePack,
  reference: ReferenceTables,
  data: Case,
  approved: Worker[],
  dates: { notifiedOn: string; notifiedEstimated: boolean; paidOn?: string },
): Fee {
  const basis = pack.fees.mrpDate;
  const usePayment = basis === 'payment' && dates.paidOn !== undefined;
  const mrpDate = usePayment ? dates.paidOn! : dates.notifiedOn;
  const mrp = mrpOn(reference, mrpDate);
  if (!mrp) throw new FeeError('fee.no-mrp', { date: mrpDate });

  const section = okedSection(reference, data.employer.oked);
  const group = section === undefined ? undefined : sectorGroupOf(pack, section);
  if (section === undefined || group === undefined) throw new FeeError('fee.no-sector-group', { oked: data.employer.oked, section: section ?? '' });

  const rates = ratesOn(pack, mrpDate);
  const items = approved.map((worker) => {
    const rateMrp = worker.category === 'seasonal' ? rates.seasonal : rates.byGroup[group]![worker.category];
    return { worker: worker.id, category: worker.category, sectorGroup: group, rateMrp, amount: rateMrp * mrp.value };
  });
  const amount = items.reduce((sum, item) => sum + item.amount, 0);

  return {
    amount,
    words: { ru: amountInWords(amount, 'ru', 'KZT'), kk: amountInWords(amount, 'kk', 'KZT') },
    mrp: { value: mrp.value, validFrom: mrp.validFrom, source: mrp.source },
    mrpDate,
    mrpDateBasis: usePayment ? 'payment' : 'notification',
    mrpDateEstimated: usePayment ? false : dates.notifiedEstimated,
    okedSection: section,
    sectorGroup: group,
    rates: { validFrom: rates.validFrom, source: rates.source, confidence: rates.confidence },
    items,
  };
}
