import { describe, expect, test } from 'vitest';

import { lintCalendar, parseCalendarYear, type CalendarYear } from '../../src/calendar/index.js';
import { loadRealYears, rawYear } from './helpers.js';

const FILE = 'rules/calendars/kz/2017.json';

function codes(problems: { code: string }[]): string[] {
  return problems.map((problem) => problem.code);
}

describe('parseCalendarYear', () => {
  test('accepts the real 2017 file', () => {
    const result = parseCalendarYear(rawYear(2017), FILE);

    expect(result.problems).toEqual([]);
    expect(result.value?.year).toBe(2017);
  });

  test('impossible date', () => {
    const data = rawYear(2017);
    data.holidays[0]!.date = '2017-02-31';
    const result = parseCalendarYear(data, FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'calendar.impossible-date',
        file: FILE,
        pointer: '/holidays/0/date',
        params: { value: '2017-02-31' },
      },
    ]);
  });

  test('transfer to a weekday', () => {
    const data = rawYear(2017);
    data.transfers[0]!.workingDay = '2017-03-17';
    const result = parseCalendarYear(data, FILE);

    expect(result.value).toBeUndefined();
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'calendar.transfer-not-weekend',
        file: FILE,
        pointer: '/transfers/0/workingDay',
        params: { date: '2017-03-17' },
      },
    ]);
  });

  test('transferred day off on a weekend', () => {
    const data = rawYear(2017);
    data.transfers[0]!.dayOff = '2017-03-26';

    expect(codes(parseCalendarYear(data, FILE).problems)).toEqual(['calendar.transfer-day-off-on-weekend']);
  });

  test('date outside the file year', () => {
    const data = rawYear(2017);
    data.transfers[1]!.dayOff = '2018-07-06';

    expect(parseCalendarYear(data, FILE).problems).toMatchObject([
      { code: 'calendar.date-outside-year', pointer: '/transfers/1/dayOff', params: { date: '2018-07-06', year: 2017 } },
    ]);
  });

  test('one date in two roles', () => {
    const data = rawYear(2017);
    data.transfers[0]!.dayOff = '2017-03-21';

    expect(parseCalendarYear(data, FILE).problems).toMatchObject([
      { code: 'calendar.conflicting-entries', pointer: '/transfers/0/dayOff', params: { date: '2017-03-21' } },
    ]);
  });

  test('unknown source', () => {
    const data = rawYear(2017);
    data.holidays[3]!.source = 'holidays-law-1999';

    expect(parseCalendarYear(data, FILE).problems).toMatchObject([
      { code: 'calendar.unknown-source', pointer: '/holidays/3/source', params: { source: 'holidays-law-1999' } },
    ]);
  });

  test('unknown reading of a dispute', () => {
    const data = rawYear(2024);
    data.disputes[0]!.used = 'tuesday-18-june';

    expect(codes(parseCalendarYear(data, 'rules/calendars/kz/2024.json').problems)).toEqual(['calendar.unknown-reading']);
  });

  test('moved day on a weekend', () => {
    const data = rawYear(2017);
    data.movedDaysOff[1]!.date = '2017-05-13';

    expect(codes(parseCalendarYear(data, FILE).problems)).toEqual(['calendar.moved-day-on-weekend']);
  });

  test('schema: unknown property and missing field', () => {
    const data = rawYear(2017) as unknown as Record<string, unknown>;
    data.holidayz = [];
    delete data.status;
    const result = parseCalendarYear(data, FILE);

    expect(result.value).toBeUndefined();
    expect(codes(result.problems).sort()).toEqual(['field.required', 'field.unknown-property.suggest']);
  });

  test('schema: invalid id', () => {
    const data = rawYear(2017);
    data.holidays[0]!.id = 'New Year';

    expect(parseCalendarYear(data, FILE).problems).toMatchObject([
      { code: 'calendar.invalid-id', pointer: '/holidays/0/id', params: { value: 'New Year' } },
    ]);
  });

  test('schema: non-ISO date', () => {
    const data = rawYear(2017);
    data.holidays[0]!.date = '01.01.2017';

    expect(parseCalendarYear(data, FILE).problems).toMatchObject([
      { code: 'field.format.date', pointer: '/holidays/0/date' },
    ]);
  });

  test('unused source is a warning', () => {
    const data = rawYear(2017);
    data.sources.push({ id: 'spare', citation: 'Spare source', confidence: 'secondary' });
    const result = parseCalendarYear(data, FILE);

    expect(result.value).toBeDefined();
    expect(result.problems).toMatchObject([{ severity: 'warning', code: 'calendar.unused-source' }]);
  });
});

describe('lintCalendar', () => {
  function withYear(year: number, edit: (data: CalendarYear) => void): CalendarYear[] {
    return loadRealYears().map((data) => {
      if (data.year !== year) {
        return data;
      }
      const copy = structuredClone(data);
      edit(copy);
      return copy;
    });
  }

  test('real data has no differences from the rule', () => {
    expect(lintCalendar(loadRealYears())).toEqual([]);
  });

  test('moved day the data lacks', () => {
    const years = withYear(2017, (data) => {
      data.movedDaysOff = data.movedDaysOff.filter((entry) => entry.date !== '2017-05-08');
    });

    expect(lintCalendar(years)).toEqual([
      {
        severity: 'error',
        code: 'calendar.moved-day-missing',
        file: FILE,
        pointer: '/movedDaysOff',
        params: { date: '2017-05-08', holiday: '2017-05-07', name: 'День защитника Отечества' },
      },
    ]);
  });

  test('moved day on another date', () => {
    const years = withYear(2017, (data) => {
      data.movedDaysOff.find((entry) => entry.holiday === '2017-12-17')!.date = '2017-12-20';
    });

    expect(lintCalendar(years)).toMatchObject([
      { code: 'calendar.moved-day-differs', params: { holiday: '2017-12-17', expected: '2017-12-19', actual: '2017-12-20' } },
    ]);
  });

  test('moved day for a religious holiday', () => {
    const years = withYear(2017, (data) => {
      data.movedDaysOff.push({ date: '2017-09-04', holiday: '2017-09-01', source: 'weekend-rule' });
    });

    expect(lintCalendar(years)).toMatchObject([
      { code: 'calendar.moved-day-unexpected', params: { date: '2017-09-04', holiday: '2017-09-01' } },
    ]);
  });

  test('sourced exception silences the difference', () => {
    const years = withYear(2017, (data) => {
      const entry = data.movedDaysOff.find((candidate) => candidate.holiday === '2017-12-17')!;
      entry.date = '2017-12-20';
      entry.exception = { source: 'weekend-rule', note: 'Test exception.' };
    });

    expect(lintCalendar(years)).toEqual([]);
  });

  test('cancelled move silences a missing day', () => {
    const years = withYear(2017, (data) => {
      data.movedDaysOff = data.movedDaysOff.filter((entry) => entry.date !== '2017-05-08');
      data.cancelledMoves.push({ holiday: '2017-05-07', source: 'weekend-rule', note: 'Test cancellation.' });
    });

    expect(lintCalendar(years)).toEqual([]);
  });

  test('cancelled move of a weekday holiday is a warning', () => {
    const years = withYear(2017, (data) => {
      data.cancelledMoves.push({ holiday: '2017-03-08', source: 'weekend-rule', note: 'Not needed.' });
    });

    expect(lintCalendar(years)).toMatchObject([{ severity: 'warning', code: 'calendar.cancelled-move-unneeded' }]);
  });

  test('two moved days for one holiday', () => {
    const years = withYear(2017, (data) => {
      data.movedDaysOff.push({ date: '2017-05-10', holiday: '2017-05-07', source: 'weekend-rule' });
    });

    expect(codes(lintCalendar(years))).toEqual(['calendar.duplicate-move']);
  });

  test('missing year', () => {
    const years = loadRealYears().filter((data) => data.year !== 2019);

    expect(lintCalendar(years)).toMatchObject([
      { code: 'calendar.missing-year', file: 'rules/calendars/kz/2019.json', params: { year: 2019 } },
    ]);
  });

  test('the rule chains Наурыз 2026 over later holidays', () => {
    const years = withYear(2026, (data) => {
      data.movedDaysOff = data.movedDaysOff.filter((entry) => entry.date !== '2026-03-25');
    });

    expect(lintCalendar(years)).toMatchObject([
      { code: 'calendar.moved-day-missing', params: { date: '2026-03-25', holiday: '2026-03-22' } },
    ]);
  });
});
