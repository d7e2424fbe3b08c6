import { describe, expect, it } from 'vitest';

import { fullName, initials, LanguageError, type PersonName } from '../../src/language/index.js';

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

const AKHMETOV: PersonName = { lastName: 'Ахметов', firstName: 'Алибек', middleName: 'Бауржанович' };

describe('fullName', () => {
  it('puts the last name first', () => {
    expect(fullName(AKHMETOV)).toBe('Ахметов Алибек Бауржанович');
  });

  it('omits an absent or blank patronymic', () => {
    for (const middleName of [undefined, null, '', '   ']) {
      expect(fullName({ lastName: 'Smith', firstName: 'John', middleName })).toBe('Smith John');
    }
  });

  it('normalizes whitespace and composed letters', () => {
    const name = { lastName: '  Сейтжанов ', firstName: 'Нур\u00A0 Султан', middleName: 'Серге\u0438\u0306евич' };

    expect(fullName(name)).toBe('Сейтжанов Нур Султан Сергейевич');
  });

  it('rejects blank and missing required parts', () => {
    const broken: unknown[] = [
      { lastName: '', firstName: 'Алибек' },
      { lastName: '   ', firstName: 'Алибек' },
      { lastName: 'Ахметов' },
      { lastName: 'Ахметов', firstName: 42 },
      { lastName: 'Ахметов', firstName: 'Алибек', middleName: 7 },
      undefined,
      null,
      'Ахметов Алибек',
    ];

    for (const name of broken) {
      expect(captureError(() => fullName(name as PersonName)).code).toBe('language.invalid-argument');
    }
  });
});

describe('initials', () => {
  it('writes initials without spaces', () => {
    expect(initials(AKHMETOV)).toBe('Ахметов А.Б.');
  });

  it('writes one initial without a patronymic', () => {
    expect(initials({ lastName: 'Smith', firstName: 'John' })).toBe('Smith J.');
    expect(initials({ lastName: 'Smith', firstName: 'John', middleName: ' ' })).toBe('Smith J.');
  });

  it('keeps the hyphen of a double name', () => {
    expect(initials({ lastName: 'Дюпон', firstName: 'Жан-Поль' })).toBe('Дюпон Ж.-П.');
  });

  it('gives each word of a name an initial', () => {
    expect(initials({ lastName: 'Garcia', firstName: 'Anna Maria' })).toBe('Garcia A.M.');
  });

  it('drops patronymic particles', () => {
    expect(initials({ lastName: 'Мамедов', firstName: 'Рашид', middleName: 'Али оглы' })).toBe('Мамедов Р.А.');
    expect(initials({ lastName: 'Алиева', firstName: 'Лейла', middleName: 'Гасан кызы' })).toBe('Алиева Л.Г.');
    expect(initials({ lastName: 'Сейтов', firstName: 'Ерлан', middleName: 'Болат Ұлы' })).toBe('Сейтов Е.Б.');
  });

  it('capitalizes lower-case initials', () => {
    expect(initials({ lastName: 'ахметов', firstName: 'алибек', middleName: 'бауржанович' })).toBe('ахметов А.Б.');
  });

  it('rejects a first name without letters', () => {
    expect(captureError(() => initials({ lastName: 'Смит', firstName: '---' })).code).toBe(
      'language.invalid-argument',
    );
  });
});
