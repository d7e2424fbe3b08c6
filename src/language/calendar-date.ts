import { LanguageError } from './errors.js';

/** A calendar date with a 1-based month. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock date and time, as written in an ISO 8601 string in its own UTC offset. */
export interface WallDateTime extends CalendarDate {
  hour: number;
  minute: number;
}

/**
 * Years accepted in documents: birth dates of living people and dates of cases. The range catches
 * years such as 0005 that come from reading a two-digit year as a four-digit one.
 * NOTE: an ИИН can encode a birth year from 1800, and such a date cannot be formatted here.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EXPECTED_DATE = 'a date string "YYYY-MM-DD" such as "2017-03-17"';
const EXPECTED_DATE_TIME = 'an ISO 8601 date and time with a UTC offset such as "2017-03-17T10:50:00+06:00"';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** Returns why the date does not exist or is out of range, or null when it is valid. */
function findDateProblem({ year, month, day }: CalendarDate): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `the year is outside ${MIN_YEAR}-${MAX_YEAR}`;
  }
  if (month < 1 || month > 12) {
    return 'the month is outside 01-12';
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return `the day does not exist in ${year}-${String(month).padStart(2, '0')}`;
  }
  return null;
}

function invalidDate(value: unknown, problem: string, expected: string): LanguageError {
  return new LanguageError('language.invalid-date', value, problem, expected);
}

/**
 * Parses a `YYYY-MM-DD` string. Only strings are accepted: a `Date` object has no calendar date of
 * its own until a time zone is chosen, and the choice belongs to the caller.
 */
export function parseIsoDate(value: unknown): CalendarDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) {
    throw invalidDate(value, 'not a date string', EXPECTED_DATE);
  }

  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const problem = findDateProblem(date);
  if (problem) {
    throw invalidDate(value, problem, EXPECTED_DATE);
  }
  return date;
}

/**
 * Parses an ISO 8601 date and time with a UTC offset, keeping the wall-clock time of that offset.
 * The process time zone never takes part. Seconds and fractions are checked and then dropped.
 */
export function parseIsoDateTime(value: unknown): WallDateTime {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) {
    throw invalidDate(value, 'not a date and time with a UTC offset', EXPECTED_DATE_TIME);
  }

  const [, year, month, day, hour, minute, second = '00', offset = 'Z'] = match;
  const dateTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
  };

  const problem =
    findDateProblem(dateTime) ?? findTimeProblem(dateTime.hour, dateTime.minute, Number(second), offset);
  if (problem) {
    throw invalidDate(value, problem, EXPECTED_DATE_TIME);
  }
  return dateTime;
}

/** Real UTC offsets range from -12:00 to +14:00. */
function findTimeProblem(hour: number, minute: number, second: number, offset: string): string | null {
  if (hour > 23 || minute > 59 || second > 59) {
    return 'the time of day does not exist';
  }
  if (offset === 'Z') {
    return null;
  }

  const offsetMinutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  const signed = offset.startsWith('-') ? -offsetMinutes : offsetMinutes;
  if (Number(offset.slice(4, 6)) > 59 || signed < -12 * 60 || signed > 14 * 60) {
    return 'the UTC offset is outside -12:00 to +14:00';
  }
  return null;
}
