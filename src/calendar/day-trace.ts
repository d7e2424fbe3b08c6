import type { CountedWeekendDay, DayStatus, SkippedDay } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * Records what a computation met while walking the calendar: the days it skipped, the decreed
 * working weekend days it used, and whether it touched a provisional year. Every date goes through
 * `visit`, which throws `calendar.out-of-range` for a date outside the loaded years.
 */
export class DayTrace {
  private readonly skipped: SkippedDay[] = [];
  private readonly counted = new Map<string, CountedWeekendDay>();
  private provisional = false;

  constructor(private readonly calendar: WorkingCalendar) {}

  visit(date: string): DayStatus {
    const status = this.calendar.dayStatus(date);
    this.provisional ||= this.calendar.isProvisional(date);
    return status;
  }

  /** Checks coverage and provisional status of a date whose working status does not matter. */
  reach(date: string): void {
    this.provisional ||= this.calendar.isProvisional(date);
  }

  skip(status: DayStatus & { working: false }): void {
    const { working: _working, ...day } = status;
    this.skipped.push(day);
  }

  /** Records a working day that was used; only a decreed working weekend day is reported. */
  use(status: DayStatus & { working: true }): void {
    if (status.kind === 'transferred-working-day') {
      this.counted.set(status.date, status.transfer);
    }
  }

  result(): { skipped: SkippedDay[]; countedWeekendDays: CountedWeekendDay[]; provisional: boolean } {
    return { skipped: this.skipped, countedWeekendDays: [...this.counted.values()], provisional: this.provisional };
  }
}
