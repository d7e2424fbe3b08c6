import { addDays } from './civil-date.js';
import { DayTrace } from './day-trace.js';
import type { ProviderProfile, RegistrationResult } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { localDateAt, periodsOn, providerVersion, zoneAt } from './working-time.js';
import { formatInstant, parseInstant } from './zone.js';

/**
 * Returns the registration instant of a filing: the filing itself when it falls in working time,
 * else the start of the next working period (after lunch, the next working morning, or the first
 * working day after days off). The standards of that period register a filing made after hours,
 * on a weekend or on a holiday on the next working day.
 */
export function registrationTime(
  instantIso: string,
  calendar: WorkingCalendar,
  profile: ProviderProfile,
): RegistrationResult {
  const filedMs = parseInstant(instantIso);
  const trace = new DayTrace(calendar);
  const registeredMs = firstWorkingInstant(filedMs, calendar, profile, trace);

  return {
    filed: formatInstant(filedMs, zoneAt(profile, filedMs)),
    registered: formatInstant(registeredMs, zoneAt(profile, registeredMs)),
    ...trace.result(),
    calendarVersion: calendar.version,
    providerVersion: providerVersion(profile),
  };
}

/**
 * Returns the first instant at or after `instantMs` that lies in working time. Working periods
 * include their start and exclude their end, so a filing at 18:30 sharp waits for the next morning.
 */
export function firstWorkingInstant(
  instantMs: number,
  calendar: WorkingCalendar,
  profile: ProviderProfile,
  trace: DayTrace,
): number {
  for (let date = localDateAt(profile, instantMs); ; date = addDays(date, 1)) {
    const status = trace.visit(date);
    if (!status.working) {
      trace.skip(status);
      continue;
    }

    const period = periodsOn(date, calendar, profile).find((range) => instantMs < range.end);
    if (period !== undefined) {
      trace.use(status);
      return Math.max(instantMs, period.start);
    }
  }
}
