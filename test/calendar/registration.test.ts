import { describe, expect, test } from 'vitest';

import { closeOfBusiness, localDate, registrationTime } from '../../src/calendar/index.js';
import { loadKyzylorda, realCalendar } from './helpers.js';

const calendar = realCalendar();
const kyzylorda = loadKyzylorda();

interface RegistrationCase {
  name: string;
  filed: string;
  registered: string;
  skipped: string[];
  counted?: string[];
}

const CASES: RegistrationCase[] = [
  { name: 'filing at 18:29 on Friday', filed: '2019-03-15T18:29:00+05:00', registered: '2019-03-15T18:29:00+05:00', skipped: [] },
  {
    name: 'filing at 18:31 on Friday',
    filed: '2019-03-15T18:31:00+05:00',
    registered: '2019-03-18T09:00:00+05:00',
    skipped: ['2019-03-16 weekend', '2019-03-17 weekend'],
  },
  { name: 'filing at 18:30 sharp', filed: '2019-03-14T18:30:00+05:00', registered: '2019-03-15T09:00:00+05:00', skipped: [] },
  {
    name: 'filing at 18:31 before working Saturday',
    filed: '2017-03-17T18:31:00+06:00',
    registered: '2017-03-18T09:00:00+06:00',
    skipped: [],
    counted: ['2017-03-18'],
  },
  { name: 'filing during lunch', filed: '2017-03-16T13:45:00+06:00', registered: '2017-03-16T14:30:00+06:00', skipped: [] },
  { name: 'filing at 13:00 sharp', filed: '2017-03-16T13:00:00+06:00', registered: '2017-03-16T14:30:00+06:00', skipped: [] },
  { name: 'filing at 12:59', filed: '2017-03-16T12:59:00+06:00', registered: '2017-03-16T12:59:00+06:00', skipped: [] },
  { name: 'filing before opening', filed: '2025-06-05T07:15:00+05:00', registered: '2025-06-05T09:00:00+05:00', skipped: [] },
  {
    name: 'filing on Saturday',
    filed: '2024-04-13T11:00:00+05:00',
    registered: '2024-04-15T09:00:00+05:00',
    skipped: ['2024-04-13 weekend', '2024-04-14 weekend'],
  },
  {
    name: 'filing on a holiday before a transferred day off',
    filed: '2024-05-07T10:00:00+05:00',
    registered: '2024-05-10T09:00:00+05:00',
    skipped: ['2024-05-07 holiday', '2024-05-08 transferred-day-off', '2024-05-09 holiday'],
  },
  {
    name: 'filing at night before Republic Day',
    filed: '2023-10-24T23:00:00+05:00',
    registered: '2023-10-26T09:00:00+05:00',
    skipped: ['2023-10-25 holiday'],
  },
  {
    name: 'filing after hours before Kurban Ait',
    filed: '2025-06-05T18:45:00+05:00',
    registered: '2025-06-09T09:00:00+05:00',
    skipped: ['2025-06-06 religious-holiday', '2025-06-07 weekend', '2025-06-08 weekend'],
  },
  { name: 'filing given in UTC', filed: '2017-03-17T04:00:00Z', registered: '2017-03-17T10:00:00+06:00', skipped: [] },
  {
    name: 'filing the evening before the offset change',
    filed: '2018-12-20T19:00:00+06:00',
    registered: '2018-12-21T09:00:00+05:00',
    skipped: [],
  },
  {
    name: 'filing at 23:30 UTC+6 that is already the next day',
    filed: '2018-12-21T00:30:00+06:00',
    registered: '2018-12-21T09:00:00+05:00',
    skipped: [],
  },
];

describe('registrationTime', () => {
  test.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const result = registrationTime(testCase.filed, calendar, kyzylorda);

    expect(result.registered).toBe(testCase.registered);
    expect(result.skipped.map((day) => `${day.date} ${day.reason}`)).toEqual(testCase.skipped);
    expect(result.countedWeekendDays.map((day) => day.date)).toEqual(testCase.counted ?? []);
  });

  test('restates the filing with the provider offset', () => {
    const result = registrationTime('2017-03-17T04:00:00Z', calendar, kyzylorda);

    expect(result.filed).toBe('2017-03-17T10:00:00+06:00');
  });

  test('stamps calendar and provider versions', () => {
    const result = registrationTime('2017-03-17T10:00:00+06:00', calendar, kyzylorda);

    expect(result.calendarVersion).toBe(calendar.version);
    expect(result.providerVersion).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('provider clock helpers', () => {
  test('localDate reads the provider zone', () => {
    expect(localDate(kyzylorda, '2017-03-16T19:30:00Z')).toBe('2017-03-17');
    expect(localDate(kyzylorda, '2019-03-16T18:30:00Z')).toBe('2019-03-16');
    expect(localDate(kyzylorda, '2019-03-16T19:00:00Z')).toBe('2019-03-17');
  });

  test('closeOfBusiness uses the offset of the date', () => {
    expect(closeOfBusiness(kyzylorda, '2018-12-20')).toBe('2018-12-20T18:30:00+06:00');
    expect(closeOfBusiness(kyzylorda, '2018-12-21')).toBe('2018-12-21T18:30:00+05:00');
  });
});
