import { describe, expect, it } from 'vitest';

import { LanguageError, pluralRu } from '../../src/language/index.js';

const CASES: readonly [number, string][] = [
  [0, 'дней'],
  [1, 'день'],
  [2, 'дня'],
  [4, 'дня'],
  [5, 'дней'],
  [11, 'дней'],
  [12, 'дней'],
  [14, 'дней'],
  [15, 'дней'],
  [21, 'день'],
  [22, 'дня'],
  [25, 'дней'],
  [101, 'день'],
  [111, 'дней'],
  [112, 'дней'],
  [122, 'дня'],
  [1_000_001, 'день'],
  [-1, 'день'],
  [-12, 'дней'],
];

describe('pluralRu', () => {
  it.each(CASES)('agrees with %i', (count, expected) => {
    expect(pluralRu(count, 'день', 'дня', 'дней')).toBe(expected);
  });

  it('rejects a fractional or missing count', () => {
    for (const count of [2.5, Number.NaN, undefined, '5']) {
      expect(() => pluralRu(count as number, 'день', 'дня', 'дней')).toThrow(LanguageError);
    }
  });

  it('rejects a missing form', () => {
    expect(() => pluralRu(5, 'день', 'дня', undefined as unknown as string)).toThrow(LanguageError);
  });
});
