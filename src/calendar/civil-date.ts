/**
 * Civil dates (`YYYY-MM-DD`, no time, no zone) as day numbers counted from 1970-01-01.
 * Every computation goes through `Date.UTC` and the `getUTC*` methods, so results do not depend
 * on the time zone of the process.
 */

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** Checks the `YYYY-MM-DD` shape and that the day exists (rejects 2017-02-31 and 2018-02-29). */
export function isValidCivilDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) {
    return false;
  }

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) {
    return false;
  }

  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Converts a valid civil date to its day number; the caller checks validity first. */
export function toDayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function isoWeekday(date: string): IsoWeekday {
  const sundayZero = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

export function weekdayName(date: string): WeekdayName {
  return WEEKDAY_NAMES[isoWeekday(date) - 1] as WeekdayName;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Formats a civil date as `dd.MM.yyyy`, the form used in documents in all three languages. */
export function formatDottedDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** Day number of a UTC instant in milliseconds, read as a wall-clock date. */
export function dayNumberOfWallClock(wallClockMs: number): number {
  return Math.floor(wallClockMs / DAY_MS);
}

export { DAY_MS };
