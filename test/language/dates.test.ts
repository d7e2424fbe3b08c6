import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  formatDateLong,
  formatDateQuoted,
  formatDateShort,
  formatDateTime,
  formatMonthYear,
  LanguageError,
  monthName,
} from '../../src/language/index.js';

const RU_NOMINATIVE = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];
const RU_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];
const KK_MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
];

function captureError(action: () => unknown): LanguageError {
  try {
    action();
  } catch (error) {
    if (error instanceof LanguageError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a LanguageError, but nothing was thrown');
}

describe('monthName', () => {
  for (let month = 1; month <= 12; month += 1) {
    it(`names month ${month} in every form`, () => {
      expect(monthName(month, 'ru', 'nominative')).toBe(RU_NOMINATIVE[month - 1]);
      expect(monthName(month, 'ru', 'genitive')).toBe(RU_GENITIVE[month - 1]);
      expect(monthName(month, 'kk', 'nominative')).toBe(KK_MONTHS[month - 1]);
      expect(monthName(month, 'kk', 'genitive')).toBe(KK_MONTHS[month - 1]);
    });
  }

  it('rejects month numbers outside 1-12', () => {
    for (const month of [0, 13, 1.5, Number.NaN]) {
      expect(captureError(() => monthName(month, 'ru', 'genitive')).code).toBe('language.invalid-date');
    }
  });

  it('rejects a missing form', () => {
    const error = captureError(() => monthName(3, 'ru', undefined as unknown as 'genitive'));

    expect(error.code).toBe('language.invalid-argument');
  });
});

describe('formatDateLong', () => {
  it('writes the decision date', () => {
    expect(formatDateLong('2017-03-17', 'ru')).toBe('17 марта 2017 года');
    expect(formatDateLong('2017-03-17', 'kk')).toBe('2017 жылғы 17 наурыз');
  });

  it('writes every month', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = `2024-${String(month).padStart(2, '0')}-05`;

      expect(formatDateLong(date, 'ru')).toBe(`5 ${RU_GENITIVE[month - 1]} 2024 года`);
      expect(formatDateLong(date, 'kk')).toBe(`2024 жылғы 5 ${KK_MONTHS[month - 1]}`);
    }
  });

  it('accepts 29 February of leap years', () => {
    expect(formatDateLong('2024-02-29', 'ru')).toBe('29 февраля 2024 года');
    expect(formatDateLong('2000-02-29', 'kk')).toBe('2000 жылғы 29 ақпан');
  });
});

describe('formatDateShort', () => {
  it('pads day and month', () => {
    expect(formatDateShort('2017-03-17')).toBe('17.03.2017');
    expect(formatDateShort('2005-03-05')).toBe('05.03.2005');
    expect(formatDateShort('2099-12-31')).toBe('31.12.2099');
  });
});

describe('formatDateQuoted', () => {
  it('quotes the day with guillemets', () => {
    expect(formatDateQuoted('2017-03-17', 'ru')).toBe('«17» марта 2017 г.');
    expect(formatDateQuoted('2017-03-17', 'kk')).toBe('2017 жылғы «17» наурыз');
  });

  it('pads a one-digit day', () => {
    expect(formatDateQuoted('2017-06-05', 'ru')).toBe('«05» июня 2017 г.');
    expect(formatDateQuoted('2017-06-05', 'kk')).toBe('2017 жылғы «05» маусым');
  });
});

describe('formatMonthYear', () => {
  it('uses the capitalised nominative in Russian', () => {
    expect(formatMonthYear('2017-03-17', 'ru')).toBe('Март 2017');
    expect(formatMonthYear('2017-12-01', 'ru')).toBe('Декабрь 2017');
  });

  it('puts the year first in Kazakh', () => {
    expect(formatMonthYear('2017-03-17', 'kk')).toBe('2017 жылғы наурыз');
  });
});

describe('formatDateTime', () => {
  const originalTimeZone = process.env.TZ;

  beforeEach(() => {
    process.env.TZ = 'America/Los_Angeles';
  });

  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  it('keeps the offset of the string', () => {
    expect(formatDateTime('2017-03-17T10:50:00+06:00', 'ru')).toBe('17.03.2017 10:50');
    expect(formatDateTime('2017-03-17T10:50:00+05:00', 'kk')).toBe('17.03.2017 10:50');
    expect(formatDateTime('2017-03-17T23:59:59.999-03:00', 'ru')).toBe('17.03.2017 23:59');
    expect(formatDateTime('2017-03-17T00:05Z', 'ru')).toBe('17.03.2017 00:05');
  });

  it('rejects a time without an offset', () => {
    const error = captureError(() => formatDateTime('2017-03-17T10:50:00', 'ru'));

    expect(error.code).toBe('language.invalid-date');
    expect(error.message).toContain('"2017-03-17T10:50:00"');
  });

  it('rejects impossible times and offsets', () => {
    const invalid = [
      '2017-03-17T24:00:00+06:00',
      '2017-03-17T10:60:00+06:00',
      '2017-03-17T10:50:60+06:00',
      '2017-03-17T10:50:00+15:00',
      '2017-03-17T10:50:00+06:60',
      '2023-02-29T10:50:00+06:00',
      '2017-03-17 10:50:00+06:00',
    ];

    for (const value of invalid) {
      expect(captureError(() => formatDateTime(value, 'ru')).code, value).toBe('language.invalid-date');
    }
  });
});

describe('date validation', () => {
  const invalidDates: readonly [string, unknown, string][] = [
    ['29 February of a common year', '2023-02-29', '"2023-02-29"'],
    ['31 April', '2017-04-31', '"2017-04-31"'],
    ['month 13', '2024-13-01', '"2024-13-01"'],
    ['day 00', '2017-03-00', '"2017-03-00"'],
    ['year 0005', '0005-03-15', '"0005-03-15"'],
    ['29 February 1900', '1900-02-29', '"1900-02-29"'],
    ['a dd.mm.yyyy string', '17.03.2017', '"17.03.2017"'],
    ['a date with a time', '2017-03-17T10:50:00+06:00', '"2017-03-17T10:50:00+06:00"'],
    ['a Date object', new Date(Date.UTC(2017, 2, 17)), 'a Date object (2017-03-17T00:00:00.000Z)'],
    ['an invalid Date object', new Date(Number.NaN), 'a Date object with no valid time'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a number', 20_170_317, 'the number 20170317'],
    ['a helper options object', { hash: {}, data: {}, loc: {} }, 'an object with keys hash, data, loc'],
  ];

  it.each(invalidDates)('rejects %s', (_case, value, shown) => {
    const error = captureError(() => formatDateLong(value as string, 'ru'));

    expect(error.code).toBe('language.invalid-date');
    expect(error.params.value).toBe(shown);
    expect(error.message).toContain(shown);
    expect(error.message).not.toMatch(/Invalid Date|\[object Object\]|NaN/);
  });

  it('rejects invalid dates in every formatter', () => {
    const formatters = [
      () => formatDateShort('2023-02-29'),
      () => formatDateQuoted('2023-02-29', 'ru'),
      () => formatMonthYear('0005-03-15', 'kk'),
    ];

    for (const format of formatters) {
      expect(captureError(format).code).toBe('language.invalid-date');
    }
  });
});

describe('language codes', () => {
  it('rejects kz instead of mapping it', () => {
    const error = captureError(() => formatDateLong('2017-03-17', 'kz' as 'kk'));

    expect(error.code).toBe('language.invalid-locale');
    expect(error.message).toContain('Kazakh is "kk"');
  });

  it('rejects other and missing codes', () => {
    for (const language of ['en', 'KK', 'ru-RU', '', undefined, { hash: {} }]) {
      const error = captureError(() => formatDateQuoted('2017-03-17', language as 'ru'));

      expect(error.code).toBe('language.invalid-locale');
    }
  });
});
