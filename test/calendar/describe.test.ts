import { describe, expect, test } from 'vitest';

import {
  addDuration,
  CalendarError,
  describeCountedWeekendDay,
  describeSkippedDay,
  type Language,
  type SkippedDay,
} from '../../src/calendar/index.js';
import { loadKyzylorda, realCalendar } from './helpers.js';

const calendar = realCalendar();
const kyzylorda = loadKyzylorda();

function skippedOn(date: string): SkippedDay {
  const status = calendar.dayStatus(date);
  if (status.working) {
    throw new Error(`${date} is a working day`);
  }
  const { working: _working, ...day } = status;
  return day;
}

const LINES: [string, Language, string][] = [
  ['2017-03-21', 'ru', '21.03.2017 — Наурыз мейрамы'],
  ['2017-03-21', 'kk', '21.03.2017 — Наурыз мейрамы'],
  ['2017-03-21', 'en', '21.03.2017 — Nauryz Meiramy'],
  ['2017-03-20', 'ru', '20.03.2017 — перенесённый выходной (рабочая суббота 18.03.2017)'],
  ['2017-03-20', 'kk', '20.03.2017 — ауыстырылған демалыс күні (жұмыс күні болған сенбі 18.03.2017)'],
  ['2017-03-20', 'en', '20.03.2017 — transferred day off (working Saturday 18.03.2017)'],
  ['2017-03-19', 'ru', '19.03.2017 — выходной день (воскресенье)'],
  ['2017-03-19', 'kk', '19.03.2017 — демалыс күні (жексенбі)'],
  ['2017-03-19', 'en', '19.03.2017 — weekend (Sunday)'],
  ['2025-01-03', 'ru', '03.01.2025 — перенесённый выходной (рабочее воскресенье 05.01.2025)'],
  ['2025-01-03', 'kk', '03.01.2025 — ауыстырылған демалыс күні (жұмыс күні болған жексенбі 05.01.2025)'],
  ['2017-05-08', 'ru', '08.05.2017 — выходной день, перенесённый с 07.05.2017 (День защитника Отечества)'],
  ['2017-05-08', 'kk', '08.05.2017 — ауыстырылған демалыс күні (07.05.2017, Отан қорғаушы күні, демалыс күнімен сәйкес келді)'],
  ['2017-05-08', 'en', '08.05.2017 — day off moved from 07.05.2017 (Defender of the Fatherland Day), which fell on a weekend'],
  ['2024-06-16', 'ru', '16.06.2024 — Курбан айт'],
  ['2024-06-16', 'kk', '16.06.2024 — Құрбан айт'],
];

describe('describeSkippedDay', () => {
  test.each(LINES)('%s in %s', (date, lang, line) => {
    expect(describeSkippedDay(skippedOn(date), lang)).toBe(line);
  });

  test('rejects the country code kz', () => {
    const call = () => describeSkippedDay(skippedOn('2017-03-21'), 'kz' as Language);

    expect(call).toThrow(CalendarError);
  });

  test('describes the days of the 17.03.2017 example', () => {
    const result = addDuration('2017-03-17T10:00:00+06:00', { amount: 6, unit: 'working-days' }, calendar, kyzylorda);

    expect(result.skipped.map((day) => describeSkippedDay(day, 'ru'))).toEqual([
      '19.03.2017 — выходной день (воскресенье)',
      '20.03.2017 — перенесённый выходной (рабочая суббота 18.03.2017)',
      '21.03.2017 — Наурыз мейрамы',
      '22.03.2017 — Наурыз мейрамы',
      '23.03.2017 — Наурыз мейрамы',
      '25.03.2017 — выходной день (суббота)',
      '26.03.2017 — выходной день (воскресенье)',
    ]);
  });
});

describe('describeCountedWeekendDay', () => {
  const counted = { date: '2017-03-18', dayOff: '2017-03-20', source: 'P1700000005' };

  test('ru', () => {
    expect(describeCountedWeekendDay(counted, 'ru')).toBe('18.03.2017 — рабочая суббота (выходной перенесён на 20.03.2017)');
  });

  test('kk', () => {
    expect(describeCountedWeekendDay(counted, 'kk')).toBe(
      '18.03.2017 — жұмыс күні болған сенбі (демалыс күні 20.03.2017 күніне ауыстырылды)',
    );
  });

  test('en', () => {
    expect(describeCountedWeekendDay(counted, 'en')).toBe('18.03.2017 — working Saturday (the day off moved to 20.03.2017)');
  });
});

describe('dayStatus', () => {
  test('holiday carries its name and source', () => {
    const status = calendar.dayStatus('2022-10-25');

    expect(status).toMatchObject({ working: false, reason: 'holiday', name: { ru: 'День Республики', kk: 'Республика күні' } });
    expect(status).toHaveProperty('source', expect.stringContaining('2022'));
  });

  test('transferred day off names the working weekend day and the act', () => {
    const status = calendar.dayStatus('2017-03-20');

    expect(status).toMatchObject({ working: false, reason: 'transferred-day-off', relatedDate: '2017-03-18' });
    expect(status).toHaveProperty('source', expect.stringContaining('P1700000005'));
  });

  test('working Saturday names its day off', () => {
    expect(calendar.dayStatus('2017-03-18')).toMatchObject({
      working: true,
      kind: 'transferred-working-day',
      transfer: { date: '2017-03-18', dayOff: '2017-03-20' },
    });
  });

  test('plain weekday', () => {
    expect(calendar.dayStatus('2017-03-16')).toEqual({ date: '2017-03-16', working: true, kind: 'weekday' });
  });

  test('moved day off names the holiday', () => {
    expect(calendar.dayStatus('2026-03-25')).toMatchObject({
      working: false,
      reason: 'moved-day-off',
      relatedDate: '2026-03-22',
      name: { ru: 'Наурыз мейрамы' },
    });
  });

  test('covered years and provisional years', () => {
    expect(calendar.firstYear).toBe(2017);
    expect(calendar.lastYear).toBe(2027);
    expect(calendar.provisionalYears).toEqual([2026, 2027]);
    expect(calendar.isProvisional('2025-12-31')).toBe(false);
    expect(calendar.isProvisional('2026-01-01')).toBe(true);
  });
});
