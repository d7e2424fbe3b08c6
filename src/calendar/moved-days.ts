import { addDays, isWeekend } from './civil-date.js';
import type { CalendarYear, HolidayEntry } from './types.js';

/** A day off that the weekend rule gives for a holiday. */
export interface DerivedMove {
  holiday: HolidayEntry;
  date: string;
}

/**
 * Derives the moved days off by the weekend rule of the Law «О праздниках в Республике Казахстан»
 * (art. 5): when a statutory holiday falls on a Saturday or Sunday, the next working day after the
 * holiday is a day off. "Next working day" skips weekends, every holiday (religious ones too) and
 * the days already given to an earlier holiday, so Наурыз on Saturday 21 and Sunday 22 March 2026
 * (23 March a holiday as well) gives 24 and 25 March. Religious days off (7 January, Курбан айт)
 * are never moved (Labour Code art. 84 p. 5), and holidays listed in `cancelledMoves` are skipped.
 * Decreed transfers are not considered: they are made after the statutory moves are known.
 */
export function deriveMovedDaysOff(years: readonly CalendarYear[]): DerivedMove[] {
  const holidays = years.flatMap((year) => year.holidays).sort((a, b) => a.date.localeCompare(b.date));
  const holidayDates = new Set(holidays.map((holiday) => holiday.date));
  const cancelled = new Set(years.flatMap((year) => year.cancelledMoves.map((entry) => entry.holiday)));
  const assignedDates = new Set<string>();
  const moves: DerivedMove[] = [];

  for (const holiday of holidays) {
    if (holiday.kind !== 'statutory' || !isWeekend(holiday.date) || cancelled.has(holiday.date)) {
      continue;
    }

    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || holidayDates.has(date) || assignedDates.has(date)) {
      date = addDays(date, 1);
    }

    assignedDates.add(date);
    moves.push({ holiday, date });
  }

  return moves;
}
