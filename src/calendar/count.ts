import { addDays } from './civil-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * Counts the working days after `fromDate` up to and including `toDate`, by the same rule as
 * `working-days` deadlines: the first day is not counted. So a payment on the due date of a
 * 10-working-day window counts 10. When `toDate` is before `fromDate` the count is negative.
 * Both dates must lie inside the loaded calendar years.
 */
export function countWorkingDays(fromDate: string, toDate: string, calendar: WorkingCalendar): number {
  calendar.assertCovered(fromDate);
  calendar.assertCovered(toDate);

  if (toDate < fromDate) {
    return -countWorkingDays(toDate, fromDate, calendar);
  }

  let count = 0;
  for (let date = addDays(fromDate, 1); date <= toDate; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) {
      count += 1;
    }
  }

  return count;
}
