import { parseIsoDate, parseIsoDateTime } from './calendar-date.js';
import { assertLanguage, type Language } from './locale.js';
import { monthName } from './months.js';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Formats a `YYYY-MM-DD` date in words, as in the body of a letter:
 * ru «17 марта 2017 года», kk «2017 жылғы 17 наурыз». The day has no leading zero.
 * NOTE: a Kazakh date is in the base case; a sentence that needs «наурыздағы» adds the ending itself.
 */
export function formatDateLong(date: string, language: Language): string {
  const { year, month, day } = parseIsoDate(date);
  assertLanguage(language);

  if (language === 'ru') {
    return `${day} ${monthName(month, 'ru', 'genitive')} ${year} года`;
  }
  return `${year} жылғы ${day} ${monthName(month, 'kk', 'nominative')}`;
}

/** Formats a `YYYY-MM-DD` date in digits, the same in both languages: «17.03.2017». */
export function formatDateShort(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${twoDigits(day)}.${twoDigits(month)}.${year}`;
}

/**
 * Formats a date as on the date line of a contract or order, the day in «» quotes and padded to two
 * digits as on a printed form: ru «17» марта 2017 г., kk 2017 жылғы «17» наурыз.
 */
export function formatDateQuoted(date: string, language: Language): string {
  const { year, month, day } = parseIsoDate(date);
  assertLanguage(language);

  if (language === 'ru') {
    return `«${twoDigits(day)}» ${monthName(month, 'ru', 'genitive')} ${year} г.`;
  }
  return `${year} жылғы «${twoDigits(day)}» ${monthName(month, 'kk', 'nominative')}`;
}

/**
 * Formats the month and year of a `YYYY-MM-DD` date for a heading: ru «Март 2017» (nominative,
 * capitalised), kk «2017 жылғы наурыз».
 */
export function formatMonthYear(date: string, language: Language): string {
  const { year, month } = parseIsoDate(date);
  assertLanguage(language);

  if (language === 'ru') {
    return `${capitalize(monthName(month, 'ru', 'nominative'))} ${year}`;
  }
  return `${year} жылғы ${monthName(month, 'kk', 'nominative')}`;
}

/**
 * Formats an ISO 8601 date and time with a UTC offset as «17.03.2017 10:50», in the offset written in
 * the string, whatever the process time zone. Seconds are dropped, not rounded. The digits are the
 * same in both languages, and the language is still checked so that a wrong code fails early.
 */
export function formatDateTime(dateTime: string, language: Language): string {
  const { year, month, day, hour, minute } = parseIsoDateTime(dateTime);
  assertLanguage(language);

  return `${twoDigits(day)}.${twoDigits(month)}.${year} ${twoDigits(hour)}:${twoDigits(minute)}`;
}
