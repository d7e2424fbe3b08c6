import { sha256 } from '../content/json-file.js';
import { isValidCivilDate, isWeekend, weekdayName, yearOf } from './civil-date.js';
import { CalendarError, invalidDateError, outOfRangeError } from './errors.js';
import { localizedMessage } from './localized.js';
import type {
  CalendarSource,
  CalendarYear,
  CountedWeekendDay,
  DayStatus,
  HolidayEntry,
  MovedDayOffEntry,
  TransferEntry,
} from './types.js';

interface Indexed<T> {
  entry: T;
  source: string;
}

/**
 * The working-day calendar over a contiguous range of years, built from loaded calendar data.
 * The data decides every day; nothing is derived here, so a changed file changes the result
 * without a code change. Methods throw `CalendarError` for an invalid date or a date outside
 * the loaded years.
 */
export class WorkingCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly provisionalYears: readonly number[];
  /** SHA-256 of the calendar data, stamped on every result so a stale deadline can be detected. */
  readonly version: string;

  private readonly holidays = new Map<string, Indexed<HolidayEntry>>();
  private readonly movedDaysOff = new Map<string, Indexed<MovedDayOffEntry>>();
  private readonly transferredDaysOff = new Map<string, Indexed<TransferEntry>>();
  private readonly workingWeekendDays = new Map<string, Indexed<TransferEntry>>();

  constructor(years: readonly CalendarYear[]) {
    const sorted = [...years].sort((a, b) => a.year - b.year);
    assertContiguous(sorted);

    this.firstYear = (sorted[0] as CalendarYear).year;
    this.lastYear = (sorted[sorted.length - 1] as CalendarYear).year;
    this.provisionalYears = sorted.filter((year) => year.status === 'provisional').map((year) => year.year);
    this.version = sha256(JSON.stringify(sorted));

    for (const year of sorted) {
      this.indexYear(year);
    }
  }

  private indexYear(year: CalendarYear): void {
    const citations = new Map(year.sources.map((source) => [source.id, formatCitation(source)]));
    const cite = (id: string) => citations.get(id) ?? id;

    for (const entry of year.holidays) {
      this.holidays.set(entry.date, { entry, source: cite(entry.source) });
    }
    for (const entry of year.movedDaysOff) {
      this.movedDaysOff.set(entry.date, { entry, source: cite(entry.exception?.source ?? entry.source) });
    }
    for (const entry of year.transfers) {
      this.transferredDaysOff.set(entry.dayOff, { entry, source: cite(entry.source) });
      this.workingWeekendDays.set(entry.workingDay, { entry, source: cite(entry.source) });
    }
  }

  /** Checks that `date` is a valid `YYYY-MM-DD` inside the loaded years, else throws. */
  assertCovered(date: string): void {
    if (!isValidCivilDate(date)) {
      throw invalidDateError(date);
    }

    const year = yearOf(date);
    if (year < this.firstYear || year > this.lastYear) {
      throw outOfRangeError(date, this.firstYear, this.lastYear);
    }
  }

  isProvisional(date: string): boolean {
    this.assertCovered(date);
    return this.provisionalYears.includes(yearOf(date));
  }

  isWorkingDay(date: string): boolean {
    return this.dayStatus(date).working;
  }

  /**
   * Returns whether `date` is a working day and why. Precedence, for data that lint would flag:
   * holiday, transferred day off, moved day off, decreed working weekend day, weekend, weekday.
   */
  dayStatus(date: string): DayStatus {
    this.assertCovered(date);

    return (
      this.holidayStatus(date) ??
      this.transferredDayOffStatus(date) ??
      this.movedDayOffStatus(date) ??
      this.workingWeekendStatus(date) ??
      plainDayStatus(date)
    );
  }

  private holidayStatus(date: string): DayStatus | undefined {
    const holiday = this.holidays.get(date);
    if (holiday === undefined) {
      return undefined;
    }

    const reason = holiday.entry.kind === 'religious' ? 'religious-holiday' : 'holiday';
    return { date, working: false, reason, name: holiday.entry.name, source: holiday.source };
  }

  private transferredDayOffStatus(date: string): DayStatus | undefined {
    const transfer = this.transferredDaysOff.get(date);
    if (transfer === undefined) {
      return undefined;
    }

    return {
      date,
      working: false,
      reason: 'transferred-day-off',
      name: localizedMessage('calendar.day-name.transferred-day-off'),
      relatedDate: transfer.entry.workingDay,
      source: transfer.source,
    };
  }

  private movedDayOffStatus(date: string): DayStatus | undefined {
    const moved = this.movedDaysOff.get(date);
    if (moved === undefined) {
      return undefined;
    }

    // The holiday may lie in a year that is not loaded, and then the generic name is used.
    const holiday = this.holidays.get(moved.entry.holiday)?.entry;
    return {
      date,
      working: false,
      reason: 'moved-day-off',
      name: holiday?.name ?? localizedMessage('calendar.day-name.moved-day-off'),
      relatedDate: moved.entry.holiday,
      source: moved.source,
    };
  }

  private workingWeekendStatus(date: string): DayStatus | undefined {
    const transfer = this.workingWeekendDays.get(date);
    if (transfer === undefined) {
      return undefined;
    }

    const counted: CountedWeekendDay = { date, dayOff: transfer.entry.dayOff, source: transfer.source };
    return { date, working: true, kind: 'transferred-working-day', transfer: counted };
  }
}

function plainDayStatus(date: string): DayStatus {
  if (isWeekend(date)) {
    const name = localizedMessage(`calendar.weekday.${weekdayName(date)}`);
    return { date, working: false, reason: 'weekend', name };
  }

  return { date, working: true, kind: 'weekday' };
}

function formatCitation(source: CalendarSource): string {
  return source.adilet === undefined ? source.citation : `${source.citation} (adilet.zan.kz: ${source.adilet})`;
}

function assertContiguous(sorted: readonly CalendarYear[]): void {
  const years = sorted.map((year) => year.year);
  const contiguous = years.every((year, index) => index === 0 || year === (years[index - 1] as number) + 1);

  if (years.length === 0 || !contiguous) {
    throw new CalendarError(
      'calendar.invalid-years',
      `Calendar years must be one unbroken range without duplicates; got [${years.join(', ')}].`,
      { years: years.join(', ') },
    );
  }
}
