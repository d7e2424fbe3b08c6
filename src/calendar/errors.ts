/** Codes of the errors thrown by the calendar arithmetic; each has a message in `locales/<lang>/calendar.json`. */
export type CalendarErrorCode =
  | 'calendar.out-of-range'
  | 'calendar.invalid-date'
  | 'calendar.invalid-instant'
  | 'calendar.invalid-amount'
  | 'calendar.invalid-unit'
  | 'calendar.invalid-years'
  | 'calendar.provider-not-in-force'
  | 'calendar.unknown-language';

/**
 * An error of a calendar computation: bad input from the caller, or a date the loaded calendar
 * does not cover. The message is English for logs; user-facing text comes from the locale files
 * by `code`, with `params` filled into its placeholders.
 */
export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: CalendarErrorCode, message: string, params: Record<string, string | number>) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
    this.params = params;
  }
}

export function outOfRangeError(date: string, firstYear: number, lastYear: number): CalendarError {
  return new CalendarError(
    'calendar.out-of-range',
    `Date ${date} is outside the loaded calendar years ${firstYear}–${lastYear}; add the calendar file of that year.`,
    { date, firstYear, lastYear },
  );
}

export function invalidDateError(value: string): CalendarError {
  return new CalendarError(
    'calendar.invalid-date',
    `Invalid date "${value}": expected an existing calendar day as YYYY-MM-DD.`,
    { value },
  );
}
