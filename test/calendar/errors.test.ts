import { describe, expect, test } from 'vitest';

import {
  addDuration,
  CalendarError,
  countWorkingDays,
  registrationTime,
  versionOn,
  WorkingCalendar,
  type Duration,
} from '../../src/calendar/index.js';
import { loadKyzylorda, loadRealYears, realCalendar } from './helpers.js';

const calendar = realCalendar();
const kyzylorda = loadKyzylorda();

function thrown(action: () => unknown): CalendarError {
  try {
    action();
  } catch (error) {
    if (error instanceof CalendarError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('out-of-range', () => {
  test('deadline past the last year', () => {
    const error = thrown(() =>
      addDuration('2027-12-28T10:00:00+05:00', { amount: 5, unit: 'working-days' }, calendar, kyzylorda),
    );

    expect(error.code).toBe('calendar.out-of-range');
    expect(error.params).toEqual({ date: '2028-01-01', firstYear: 2017, lastYear: 2027 });
  });

  test('start before the first year', () => {
    // A profile in force earlier, so that the calendar's range is what fails.
    const firstVersion = { ...kyzylorda.versions[0]!, validFrom: '2000-01-01' };
    const earlierProfile = { ...kyzylorda, versions: [firstVersion] };
    const error = thrown(() =>
      addDuration('2016-12-30T10:00:00+06:00', { amount: 1, unit: 'working-days' }, calendar, earlierProfile),
    );

    expect(error.code).toBe('calendar.out-of-range');
    expect(error.params.date).toBe('2016-12-30');
  });

  test('registration after the last working period', () => {
    const error = thrown(() => registrationTime('2027-12-31T19:00:00+05:00', calendar, kyzylorda));

    expect(error.code).toBe('calendar.out-of-range');
  });

  test('calendar-days reaching beyond the data', () => {
    const error = thrown(() =>
      addDuration('2027-12-20T10:00:00+05:00', { amount: 30, unit: 'calendar-days' }, calendar, kyzylorda),
    );

    expect(error.code).toBe('calendar.out-of-range');
  });

  test('dayStatus of an uncovered date', () => {
    expect(thrown(() => calendar.dayStatus('2030-01-01')).code).toBe('calendar.out-of-range');
  });

  test('countWorkingDays beyond the data', () => {
    expect(thrown(() => countWorkingDays('2027-12-01', '2028-01-10', calendar)).code).toBe('calendar.out-of-range');
  });
});

describe('invalid input', () => {
  const invalidAmounts: unknown[] = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3'];

  test.each(invalidAmounts.map((amount) => [String(amount), amount] as const))('amount %s', (_label, amount) => {
    const duration = { amount, unit: 'working-days' } as unknown as Duration;
    const error = thrown(() => addDuration('2017-03-17T10:00:00+06:00', duration, calendar, kyzylorda));

    expect(error.code).toBe('calendar.invalid-amount');
  });

  test('unknown unit', () => {
    const duration = { amount: 1, unit: 'weeks' } as unknown as Duration;
    const error = thrown(() => addDuration('2017-03-17T10:00:00+06:00', duration, calendar, kyzylorda));

    expect(error.code).toBe('calendar.invalid-unit');
  });

  const invalidInstants = ['2017-03-17T10:00:00', '2017-02-31T10:00:00+06:00', '2017-03-17T24:00:00+06:00', '17.03.2017'];

  test.each(invalidInstants)('instant %s', (instant) => {
    const error = thrown(() => registrationTime(instant, calendar, kyzylorda));

    expect(error.code).toBe('calendar.invalid-instant');
    expect(error.params.value).toBe(instant);
  });

  test('impossible date in dayStatus', () => {
    expect(thrown(() => calendar.dayStatus('2017-02-31')).code).toBe('calendar.invalid-date');
  });

  test('calendar with a gap', () => {
    const years = loadRealYears().filter((year) => year.year !== 2019);

    expect(thrown(() => new WorkingCalendar(years)).code).toBe('calendar.invalid-years');
  });

  test('provider version before its first date', () => {
    const error = thrown(() => versionOn(kyzylorda, '2016-12-31'));

    expect(error.code).toBe('calendar.provider-not-in-force');
    expect(error.params).toEqual({ provider: 'kyzylorda-employment', date: '2016-12-31', validFrom: '2017-01-01' });
  });
});
