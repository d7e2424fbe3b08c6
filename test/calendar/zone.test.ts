import { describe, expect, test } from 'vitest';

import { isValidCivilDate, isoWeekday } from '../../src/calendar/civil-date.js';
import { formatInstant, localTimeToInstant, parseInstant } from '../../src/calendar/zone.js';

describe('civil dates', () => {
  test.each([
    ['2017-02-28', true],
    ['2017-02-29', false],
    ['2024-02-29', true],
    ['2017-02-31', false],
    ['2017-13-01', false],
    ['2017-3-1', false],
  ])('%s valid: %s', (date, valid) => {
    expect(isValidCivilDate(date)).toBe(valid);
  });

  test('weekday does not depend on the process zone', () => {
    expect(isoWeekday('2017-03-18')).toBe(6);
    expect(isoWeekday('2017-03-19')).toBe(7);
    expect(isoWeekday('2017-03-20')).toBe(1);
  });
});

describe('instants', () => {
  test('parses offsets and Z to the same instant', () => {
    expect(parseInstant('2017-03-17T10:00:00+06:00')).toBe(parseInstant('2017-03-17T04:00:00Z'));
    expect(parseInstant('2017-03-17T10:00+06:00')).toBe(Date.UTC(2017, 2, 17, 4, 0));
  });

  test('formats with the zone offset of the instant', () => {
    expect(formatInstant(Date.UTC(2018, 11, 20, 12, 30), 'Asia/Qyzylorda')).toBe('2018-12-20T18:30:00+06:00');
    expect(formatInstant(Date.UTC(2018, 11, 21, 13, 30), 'Asia/Qyzylorda')).toBe('2018-12-21T18:30:00+05:00');
    expect(formatInstant(Date.UTC(2018, 11, 21, 13, 30, 0, 250), 'Asia/Qyzylorda')).toBe('2018-12-21T18:30:00.250+05:00');
  });

  test('local office hours around the offset change', () => {
    expect(localTimeToInstant('Asia/Qyzylorda', '2018-12-20', 9 * 60)).toBe(Date.UTC(2018, 11, 20, 3, 0));
    expect(localTimeToInstant('Asia/Qyzylorda', '2018-12-21', 9 * 60)).toBe(Date.UTC(2018, 11, 21, 4, 0));
    expect(localTimeToInstant('Asia/Almaty', '2024-03-01', 9 * 60)).toBe(Date.UTC(2024, 2, 1, 4, 0));
  });
});
