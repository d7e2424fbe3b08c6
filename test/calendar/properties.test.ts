/**
 * Properties of the arithmetic over the real data. Starts lie in 2017-01-01 … 2027-06-30 so that
 * every generated deadline stays inside the loaded years.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { addDuration, countWorkingDays, localDate, registrationTime, type DurationUnit } from '../../src/calendar/index.js';
import { loadKyzylorda, realCalendar } from './helpers.js';

const calendar = realCalendar();
const kyzylorda = loadKyzylorda();

const FIRST_START = Date.UTC(2017, 0, 1);
const LAST_START = Date.UTC(2027, 5, 30);
const MINUTE_MS = 60_000;

const startInstant = fc
  .integer({ min: 0, max: (LAST_START - FIRST_START) / MINUTE_MS })
  .map((minutes) => new Date(FIRST_START + minutes * MINUTE_MS).toISOString());

const dayAmount = fc.integer({ min: 0, max: 40 });
const dayUnit = fc.constantFrom<DurationUnit>('working-days', 'calendar-days');
const timeAmount = fc.oneof(
  fc.record({ unit: fc.constant<DurationUnit>('minutes'), amount: fc.integer({ min: 0, max: 3000 }) }),
  fc.record({ unit: fc.constant<DurationUnit>('hours'), amount: fc.integer({ min: 0, max: 60 }) }),
);

/** Local `HH:MM` of an ISO instant that carries its own offset. */
function localTime(iso: string): string {
  return iso.slice(11, 16);
}

function isInWorkingHours(time: string): boolean {
  return (time >= '09:00' && time <= '13:00') || (time >= '14:30' && time <= '18:30');
}

describe('deadline properties', () => {
  test('day-based due at close of business', () => {
    fc.assert(
      fc.property(startInstant, dayAmount, dayUnit, (start, amount, unit) => {
        const result = addDuration(start, { amount, unit }, calendar, kyzylorda);

        expect(calendar.isWorkingDay(localDate(kyzylorda, result.due))).toBe(true);
        expect(localTime(result.due)).toBe('18:30');
      }),
      { numRuns: 500 },
    );
  });

  test('working-time due in working hours', () => {
    fc.assert(
      fc.property(startInstant, timeAmount, (start, duration) => {
        const result = addDuration(start, duration, calendar, kyzylorda);

        expect(calendar.isWorkingDay(localDate(kyzylorda, result.due))).toBe(true);
        expect(isInWorkingHours(localTime(result.due))).toBe(true);
        expect(Date.parse(result.due)).toBeGreaterThanOrEqual(Date.parse(start));
      }),
      { numRuns: 500 },
    );
  });

  test('add N working days, count N', () => {
    fc.assert(
      fc.property(startInstant, fc.integer({ min: 1, max: 40 }), (start, amount) => {
        const result = addDuration(start, { amount, unit: 'working-days' }, calendar, kyzylorda);
        const startDate = localDate(kyzylorda, start);
        const dueDate = localDate(kyzylorda, result.due);

        expect(countWorkingDays(startDate, dueDate, calendar)).toBe(amount);
      }),
      { numRuns: 500 },
    );
  });

  test('N + 1 working days adds one', () => {
    fc.assert(
      fc.property(startInstant, fc.integer({ min: 1, max: 30 }), (start, amount) => {
        const shorter = addDuration(start, { amount, unit: 'working-days' }, calendar, kyzylorda);
        const longer = addDuration(start, { amount: amount + 1, unit: 'working-days' }, calendar, kyzylorda);
        const shorterDate = localDate(kyzylorda, shorter.due);
        const longerDate = localDate(kyzylorda, longer.due);

        expect(countWorkingDays(shorterDate, longerDate, calendar)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  test('working minutes are additive', () => {
    fc.assert(
      fc.property(
        startInstant,
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 1, max: 1500 }),
        (start, first, second) => {
          const whole = addDuration(start, { amount: first + second, unit: 'minutes' }, calendar, kyzylorda);
          const part = addDuration(start, { amount: first, unit: 'minutes' }, calendar, kyzylorda);
          const rest = addDuration(part.due, { amount: second, unit: 'minutes' }, calendar, kyzylorda);

          expect(rest.due).toBe(whole.due);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('registration in working time', () => {
    fc.assert(
      fc.property(startInstant, (filed) => {
        const result = registrationTime(filed, calendar, kyzylorda);
        const time = localTime(result.registered);

        expect(calendar.isWorkingDay(localDate(kyzylorda, result.registered))).toBe(true);
        expect(isInWorkingHours(time)).toBe(true);
        expect(time).not.toBe('13:00');
        expect(time).not.toBe('18:30');
        expect(Date.parse(result.registered)).toBeGreaterThanOrEqual(Date.parse(filed));
      }),
      { numRuns: 500 },
    );
  });

  test('every skipped day is a day off', () => {
    fc.assert(
      fc.property(startInstant, dayAmount, dayUnit, (start, amount, unit) => {
        const result = addDuration(start, { amount, unit }, calendar, kyzylorda);

        for (const day of result.skipped) {
          expect(calendar.isWorkingDay(day.date)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('countWorkingDays', () => {
  test('is antisymmetric', () => {
    expect(countWorkingDays('2017-03-30', '2017-03-17', calendar)).toBe(-6);
    expect(countWorkingDays('2017-03-17', '2017-03-17', calendar)).toBe(0);
  });

  test('fee window of 10 working days', () => {
    // Notified Friday 17.03.2017: the 10th working day is 05.04.2017 (18.03 counts, 19–23.03 do not).
    expect(countWorkingDays('2017-03-17', '2017-04-05', calendar)).toBe(10);
    expect(countWorkingDays('2017-03-17', '2017-04-06', calendar)).toBe(11);
  });
});
