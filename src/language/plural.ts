import { LanguageError } from './errors.js';

export type RussianPluralCategory = 'one' | 'few' | 'many';

/**
 * Picks the Russian plural category of an integer. The category is `one` for 1, 21 and 101 but not 11,
 * `few` for 2-4 and 22-24 but not 12-14, and `many` for the rest, 0 included. A negative number takes
 * the category of its absolute value.
 */
export function russianPluralCategory(count: number): RussianPluralCategory {
  const lastTwo = Math.abs(count) % 100;
  const last = lastTwo % 10;

  if (last === 1 && lastTwo !== 11) {
    return 'one';
  }
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
    return 'few';
  }
  return 'many';
}

/**
 * Returns the form of a Russian noun that agrees with an integer count:
 * `pluralRu(21, 'день', 'дня', 'дней')` is «день», `pluralRu(5, …)` is «дней».
 * NOTE: fractions are rejected, because Russian puts the genitive singular after them («2,5 дня»).
 */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  if (typeof count !== 'number' || !Number.isSafeInteger(count)) {
    throw new LanguageError('language.invalid-argument', count, 'not an integer count', 'an integer such as 21');
  }
  for (const form of [one, few, many]) {
    if (typeof form !== 'string') {
      throw new LanguageError('language.invalid-argument', form, 'not a word form', 'three strings: one, few, many');
    }
  }

  const forms: Record<RussianPluralCategory, string> = { one, few, many };
  return forms[russianPluralCategory(count)];
}
