import { describe, expect, it } from 'vitest';

import { amountInWords, formatMoney, LanguageError, MAX_AMOUNT } from '../../src/language/index.js';

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

describe('formatMoney', () => {
  it('groups thousands with a no-break space', () => {
    expect(formatMoney(310_853, 'ru')).toBe('310\u00A0853');
    expect(formatMoney(310_853, 'kk')).toBe('310\u00A0853');
  });

  it('formats small and large amounts', () => {
    expect(formatMoney(0, 'ru')).toBe('0');
    expect(formatMoney(999, 'ru')).toBe('999');
    expect(formatMoney(1_000, 'ru')).toBe('1\u00A0000');
    expect(formatMoney(54_456, 'ru')).toBe('54\u00A0456');
    expect(formatMoney(1_000_000, 'kk')).toBe('1\u00A0000\u00A0000');
    expect(formatMoney(MAX_AMOUNT, 'ru')).toBe('999\u00A0999\u00A0999\u00A0999');
  });

  it('rejects the same amounts as amountInWords', () => {
    expect(captureError(() => formatMoney(10.5, 'ru')).code).toBe('language.invalid-amount');
    expect(captureError(() => formatMoney(-1, 'ru')).code).toBe('language.invalid-amount');
  });
});

describe('amount validation', () => {
  const invalidAmounts: readonly [string, unknown, string][] = [
    ['tiyn', 310_853.5, 'the number 310853.5'],
    ['negative', -1, 'the number -1'],
    ['above the maximum', MAX_AMOUNT + 1, 'the number 1000000000000'],
    ['NaN', Number.NaN, 'the number NaN'],
    ['infinity', Number.POSITIVE_INFINITY, 'the number Infinity'],
    ['text', '310853', '"310853"'],
    ['missing', undefined, 'undefined'],
    ['a helper options object', { hash: {}, data: {} }, 'an object with keys hash, data'],
  ];

  it.each(invalidAmounts)('rejects %s', (_case, amount, shown) => {
    const error = captureError(() => amountInWords(amount as number, 'ru', 'KZT'));

    expect(error.code).toBe('language.invalid-amount');
    expect(error.params.value).toBe(shown);
    expect(error.message).toContain(shown);
    expect(error.message).not.toContain('[object Object]');
  });

  it('treats negative zero as zero', () => {
    expect(amountInWords(-0, 'ru', 'KZT')).toBe('ноль тенге');
  });

  it('rejects another currency', () => {
    const error = captureError(() => amountInWords(100, 'ru', 'USD' as 'KZT'));

    expect(error.code).toBe('language.invalid-argument');
    expect(error.message).toContain('"USD"');
  });

  it('rejects the locale code kz', () => {
    const error = captureError(() => amountInWords(100, 'kz' as 'kk', 'KZT'));

    expect(error.code).toBe('language.invalid-locale');
    expect(error.message).toContain('"kk"');
  });
});
