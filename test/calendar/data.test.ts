/** Checks of the calendar data itself against the legal facts it records. */
import { describe, expect, test } from 'vitest';

import { loadCalendarDir } from '../../src/calendar/index.js';
import { CALENDAR_DIR, loadRealYears, rawYear, ROOT } from './helpers.js';

const years = loadRealYears();
const byYear = new Map(years.map((data) => [data.year, data]));

function holidayIds(year: number, date: string): string[] {
  return (byYear.get(year)?.holidays ?? []).filter((entry) => entry.date === date).map((entry) => entry.id);
}

function transfers(year: number): string[] {
  return (byYear.get(year)?.transfers ?? []).map((entry) => `${entry.dayOff} ← ${entry.workingDay}`);
}

describe('calendar files', () => {
  test('load without problems', () => {
    const loaded = loadCalendarDir(CALENDAR_DIR, { root: ROOT });

    expect(loaded.problems).toEqual([]);
    expect(Object.keys(loaded.hashes)).toHaveLength(11);
  });

  test('cover 2017–2027 with 2026 and 2027 provisional', () => {
    expect(years.map((data) => `${data.year} ${data.status}`)).toEqual([
      '2017 final', '2018 final', '2019 final', '2020 final', '2021 final', '2022 final',
      '2023 final', '2024 final', '2025 final', '2026 provisional', '2027 provisional',
    ]);
  });

  test.each(years.map((data) => data.year))('%i names its schema', (year) => {
    expect(rawYear(year).$schema).toBe('../../../schemas/calendar.schema.json');
  });
});

describe('decreed transfers', () => {
  const EXPECTED: [number, string[]][] = [
    [2017, ['2017-03-20 ← 2017-03-18', '2017-07-07 ← 2017-07-01']],
    [2018, ['2018-03-09 ← 2018-03-03', '2018-04-30 ← 2018-04-28', '2018-05-08 ← 2018-05-05',
      '2018-08-31 ← 2018-08-25', '2018-12-31 ← 2018-12-29']],
    [2019, ['2019-05-10 ← 2019-05-04']],
    [2020, ['2020-01-03 ← 2020-01-05', '2020-12-18 ← 2020-12-20']],
    [2021, ['2021-07-05 ← 2021-07-03']],
    [2022, ['2022-03-07 ← 2022-03-05', '2022-08-29 ← 2022-08-27', '2022-10-24 ← 2022-10-22']],
    [2023, ['2023-07-07 ← 2023-07-01']],
    [2024, ['2024-05-08 ← 2024-05-04']],
    [2025, ['2025-01-03 ← 2025-01-05']],
    [2026, []],
    [2027, []],
  ];

  test.each(EXPECTED)('%i', (year, expected) => {
    expect(transfers(year)).toEqual(expected);
  });

  test('2017 transfers cite act P1700000005', () => {
    const data = byYear.get(2017)!;
    const source = data.sources.find((entry) => entry.id === data.transfers[0]!.source);

    expect(source?.adilet).toBe('P1700000005');
  });
});

describe('holiday law changes of 2022', () => {
  test('Republic Day from 2022', () => {
    expect(holidayIds(2021, '2021-10-25')).toEqual([]);
    expect(holidayIds(2022, '2022-10-25')).toEqual(['republic-day']);
  });

  test('1 December until 2021', () => {
    expect(holidayIds(2021, '2021-12-01')).toEqual(['first-president-day']);
    expect(holidayIds(2022, '2022-12-01')).toEqual([]);
  });

  test('17 December until 2021, with the 2022 dispute recorded', () => {
    const dispute = byYear.get(2022)!.disputes.find((entry) => entry.id === 'independence-day-2022');

    expect(holidayIds(2021, '2021-12-17')).toEqual(['independence-day']);
    expect(holidayIds(2022, '2022-12-17')).toEqual([]);
    expect(dispute?.used).toBe('law-2022-in-force');
    expect(dispute?.readings.map((reading) => reading.id)).toEqual(['law-2022-in-force', 'days-off-16-19-december']);
  });
});

describe('religious days off', () => {
  test('every year has 7 January and one Kurban Ait, both religious', () => {
    for (const data of years) {
      const religious = data.holidays.filter((entry) => entry.kind === 'religious').map((entry) => entry.id);
      expect(religious.sort()).toEqual(['kurban-ait', 'orthodox-christmas']);
    }
  });

  test('no moved day off for a religious day', () => {
    const religious = new Set(years.flatMap((data) => data.holidays.filter((entry) => entry.kind === 'religious').map((entry) => entry.date)));

    for (const data of years) {
      expect(data.movedDaysOff.filter((entry) => religious.has(entry.holiday))).toEqual([]);
    }
  });

  test('Kurban Ait 2024 keeps both readings and uses 16 June', () => {
    const dispute = byYear.get(2024)!.disputes.find((entry) => entry.id === 'kurban-ait-2024');

    expect(holidayIds(2024, '2024-06-16')).toEqual(['kurban-ait']);
    expect(holidayIds(2024, '2024-06-17')).toEqual([]);
    expect(dispute?.used).toBe('sunday-16-june');
    expect(dispute?.readings.map((reading) => reading.id)).toEqual(['sunday-16-june', 'monday-17-june']);
  });

  test('Victory Day 2020 moved to Friday 8 May as a sourced exception', () => {
    const move = byYear.get(2020)!.movedDaysOff.find((entry) => entry.holiday === '2020-05-09');

    expect(move?.date).toBe('2020-05-08');
    expect(move?.exception?.source).toBe('may-2020-final-report');
  });
});

describe('names', () => {
  test('Наурыз in three languages', () => {
    const nauryz = byYear.get(2017)!.holidays.find((entry) => entry.id === 'nauryz');

    expect(nauryz?.name).toEqual({ ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы', en: 'Nauryz Meiramy' });
  });

  test('Kazakh names use Kazakh letters', () => {
    const kurban = byYear.get(2017)!.holidays.find((entry) => entry.id === 'kurban-ait');
    const independence = byYear.get(2017)!.holidays.find((entry) => entry.id === 'independence-day');

    expect(kurban?.name.kk).toBe('Құрбан айт');
    expect(independence?.name.kk).toBe('Тәуелсіздік күні');
  });
});
