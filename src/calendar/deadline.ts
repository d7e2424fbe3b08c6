/**
 * Deadline arithmetic: a start instant plus a duration in working time, working days or calendar
 * days, over the working calendar and the provider's office hours.
 */
import { addDays } from './civil-date.js';
import { DayTrace } from './day-trace.js';
import { CalendarError } from './errors.js';
import { firstWorkingInstant } from './registration.js';
import type { DeadlineResult, Duration, DurationUnit, ProviderProfile } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { closeOfBusinessInstant, localDateAt, periodsOn, providerVersion, zoneAt } from './working-time.js';
import { formatInstant, parseInstant } from './zone.js';

const UNIT_MS: Partial<Record<DurationUnit, number>> = { minutes: 60_000, hours: 3_600_000 };

/**
 * Adds a duration to a start instant (ISO 8601 with an offset) and returns the due instant with
 * the provider's offset, the days skipped, the decreed working weekend days used, and whether a
 * provisional year was touched.
 *
 * - `minutes`, `hours`: working time only. Lunch, nights and days off do not count, so a step that
 *   does not fit into the rest of a day continues on the next working morning.
 * - `working-days`: the start day is not counted; day 1 is the next working day after it. The due
 *   is the close of business of the N-th working day.
 * - `calendar-days`: day N is the N-th calendar day after the start day. When it is a day off, the
 *   due moves to the close of business of the next working day.
 *
 * Amount 0 means "no time has to pass". For minutes and hours the due is the first working instant
 * at or after the start. For days it is the close of business of the start day, or of the next
 * working day when the start day is a day off.
 *
 * Throws `CalendarError` for an amount that is not a non-negative integer, an unknown unit, an
 * invalid instant, or a day outside the loaded calendar (`calendar.out-of-range`).
 */
export function addDuration(
  startIso: string,
  duration: Duration,
  calendar: WorkingCalendar,
  profile: ProviderProfile,
): DeadlineResult {
  assertAmount(duration.amount);
  const startMs = parseInstant(startIso);
  const trace = new DayTrace(calendar);
  const dueMs = computeDue(startMs, duration, calendar, profile, trace);

  return {
    start: formatInstant(startMs, zoneAt(profile, startMs)),
    due: formatInstant(dueMs, zoneAt(profile, dueMs)),
    ...trace.result(),
    calendarVersion: calendar.version,
    providerVersion: providerVersion(profile),
  };
}

function assertAmount(amount: unknown): void {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    throw new CalendarError(
      'calendar.invalid-amount',
      `Invalid duration amount ${String(amount)}: expected a non-negative integer.`,
      { value: String(amount) },
    );
  }
}

function computeDue(
  startMs: number,
  duration: Duration,
  calendar: WorkingCalendar,
  profile: ProviderProfile,
  trace: DayTrace,
): number {
  const unitMs = UNIT_MS[duration.unit];
  if (unitMs !== undefined) {
    return addWorkingTime(startMs, duration.amount * unitMs, calendar, profile, trace);
  }

  const startDate = localDateAt(profile, startMs);
  if (duration.unit === 'working-days') {
    return closeOfBusinessInstant(addWorkingDays(startDate, duration.amount, trace), profile);
  }
  if (duration.unit === 'calendar-days') {
    return closeOfBusinessInstant(addCalendarDays(startDate, duration.amount, trace), profile);
  }

  throw new CalendarError(
    'calendar.invalid-unit',
    `Invalid duration unit "${String(duration.unit)}": expected minutes, hours, working-days or calendar-days.`,
    { value: String(duration.unit) },
  );
}

/** Consumes `amountMs` of working time period by period, from the first working instant on. */
function addWorkingTime(
  startMs: number,
  amountMs: number,
  calendar: WorkingCalendar,
  profile: ProviderProfile,
  trace: DayTrace,
): number {
  if (amountMs === 0) {
    return firstWorkingInstant(startMs, calendar, profile, trace);
  }

  let remaining = amountMs;
  let cursor = startMs;
  for (let date = localDateAt(profile, startMs); ; date = addDays(date, 1)) {
    const status = trace.visit(date);
    if (!status.working) {
      trace.skip(status);
      continue;
    }

    for (const period of periodsOn(date, calendar, profile)) {
      if (period.end <= cursor) {
        continue;
      }

      trace.use(status);
      const from = Math.max(cursor, period.start);
      if (remaining <= period.end - from) {
        return from + remaining;
      }

      remaining -= period.end - from;
      cursor = period.end;
    }
  }
}

/**
 * Returns the N-th working day after `startDate`; for 0, the start day itself or the next working
 * day. The start day is checked against the calendar's range but never counted.
 */
function addWorkingDays(startDate: string, amount: number, trace: DayTrace): string {
  trace.reach(startDate);
  let date = amount === 0 ? addDays(startDate, -1) : startDate;
  let counted = 0;
  const target = Math.max(amount, 1);

  while (counted < target) {
    date = addDays(date, 1);
    const status = trace.visit(date);
    if (status.working) {
      trace.use(status);
      counted += 1;
    } else {
      trace.skip(status);
    }
  }

  return date;
}

/** Returns the N-th calendar day after `startDate`, moved forward to a working day if needed. */
function addCalendarDays(startDate: string, amount: number, trace: DayTrace): string {
  for (let offset = 0; offset < amount; offset += 1) {
    trace.reach(addDays(startDate, offset));
  }

  for (let date = addDays(startDate, amount); ; date = addDays(date, 1)) {
    const status = trace.visit(date);
    if (status.working) {
      trace.use(status);
      return date;
    }
    trace.skip(status);
  }
}
