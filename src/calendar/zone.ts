/**
 * Conversions between UTC instants and a provider's wall-clock time in an IANA zone.
 * Offsets come from the ICU data of the runtime through `tzOffset` of @date-fns/tz, never from the
 * zone of the process, so results are the same under any `TZ`.
 */
import { tzOffset } from '@date-fns/tz';

import { CalendarError } from './errors.js';
import { DAY_MS, dayNumberOfWallClock, fromDayNumber, isValidCivilDate, toDayNumber } from './civil-date.js';

const MINUTE_MS = 60_000;
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant with a UTC offset (`Z` or `±HH:MM`) into milliseconds since the epoch.
 * A local time without an offset is rejected because it does not name one instant.
 */
export function parseInstant(value: string): number {
  const match = INSTANT_PATTERN.exec(value);
  if (match === null || !isValidCivilDate(match[1] as string)) {
    throw invalidInstant(value);
  }

  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  const seconds = Number(match[4] ?? '0');
  if (hours > 23 || minutes > 59 || seconds > 59) {
    throw invalidInstant(value);
  }

  const milliseconds = Number((match[5] ?? '0').padEnd(3, '0'));
  const wallClockMs =
    toDayNumber(match[1] as string) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;

  return wallClockMs - parseOffsetMinutes(match[6] as string) * MINUTE_MS;
}

function parseOffsetMinutes(offset: string): number {
  if (offset === 'Z') {
    return 0;
  }

  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (hours * 60 + minutes);
}

function invalidInstant(value: string): CalendarError {
  return new CalendarError(
    'calendar.invalid-instant',
    `Invalid instant "${value}": expected ISO 8601 with a UTC offset, e.g. 2017-03-17T10:00:00+06:00.`,
    { value },
  );
}

/** UTC offset of `zone` at the instant, in minutes east of UTC (Asia/Qyzylorda in 2017: 360). */
export function offsetMinutes(zone: string, instantMs: number): number {
  return tzOffset(zone, new Date(instantMs));
}

/** Returns the local calendar date in `zone` at the instant. */
export function localDateOf(zone: string, instantMs: number): string {
  const wallClockMs = instantMs + offsetMinutes(zone, instantMs) * MINUTE_MS;
  return fromDayNumber(dayNumberOfWallClock(wallClockMs));
}

/**
 * Converts a local date and minute of the day to a UTC instant. The offset is read twice, first at
 * a guess, then at the result, so a time just after an offset change gets the new offset.
 * NOTE: a wall-clock time that occurs twice resolves to one of the two instants. Asia/Qyzylorda
 * repeated 23:00–24:00 of 20.12.2018 when it went from UTC+6 to UTC+5, outside office hours.
 */
export function localTimeToInstant(zone: string, date: string, minuteOfDay: number): number {
  const wallClockMs = toDayNumber(date) * DAY_MS + minuteOfDay * MINUTE_MS;
  const guess = wallClockMs - offsetMinutes(zone, wallClockMs) * MINUTE_MS;
  return wallClockMs - offsetMinutes(zone, guess) * MINUTE_MS;
}

/** Formats an instant as ISO 8601 with the zone's offset, e.g. `2017-03-30T18:30:00+06:00`. */
export function formatInstant(instantMs: number, zone: string): string {
  const offset = offsetMinutes(zone, instantMs);
  const wallClock = new Date(instantMs + offset * MINUTE_MS).toISOString();
  const milliseconds = wallClock.slice(19, 23);
  const withoutZone = milliseconds === '.000' ? wallClock.slice(0, 19) : wallClock.slice(0, 23);

  return withoutZone + formatOffset(offset);
}

function formatOffset(offsetMinutesEast: number): string {
  const sign = offsetMinutesEast < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutesEast);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${sign}${hours}:${minutes}`;
}

const IANA_NAME_PATTERN = /^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/;

/** Checks that `zone` is an IANA zone name (not a bare offset) known to the runtime's ICU. */
export function isKnownTimeZone(zone: string): boolean {
  if (!IANA_NAME_PATTERN.test(zone)) {
    return false;
  }

  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
