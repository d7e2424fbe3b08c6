import { hasValidCheckDigit } from './check-digit.js';
import { hasBinKindDigit, isTwelveDigitString, twoDigitsAt } from './format.js';
import type { IinCheck, Sex } from './types.js';

interface CenturyAndSex {
  firstYear: number;
  sex: Sex;
}

/**
 * Decodes the 7th digit of an ИИН: 1 and 2 for the 1800s, 3 and 4 for the 1900s, 5 and 6 for the
 * 2000s, odd for male and even for female. Returns null for 0 and 7-9.
 */
function decodeCenturyDigit(digit: number): CenturyAndSex | null {
  if (digit < 1 || digit > 6) {
    return null;
  }
  const firstYear = 1800 + Math.floor((digit - 1) / 2) * 100;
  return { firstYear, sex: digit % 2 === 1 ? 'male' : 'female' };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Decodes the birth date as `YYYY-MM-DD`, or returns null when it does not exist. */
function decodeBirthDate(digits: string, firstYear: number): string | null {
  const year = firstYear + twoDigitsAt(digits, 0);
  const month = twoDigitsAt(digits, 2);
  const day = twoDigitsAt(digits, 4);

  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Checks a Kazakh individual identification number (ИИН) and decodes its birth date and sex.
 *
 * The checks run in the order of the rejection reasons: format, kind (a БИН given as an ИИН),
 * date (including the century digit), then the check digit.
 * NOTE: a birth date in the future is not rejected, because the check has no notion of today.
 */
export function checkIin(value: unknown): IinCheck {
  if (!isTwelveDigitString(value)) {
    return { valid: false, reason: 'format' };
  }
  if (hasBinKindDigit(value)) {
    return { valid: false, reason: 'kind' };
  }

  const centuryAndSex = decodeCenturyDigit(Number(value[6]));
  const birthDate = centuryAndSex && decodeBirthDate(value, centuryAndSex.firstYear);
  if (!centuryAndSex || !birthDate) {
    return { valid: false, reason: 'date' };
  }

  if (!hasValidCheckDigit(value)) {
    return { valid: false, reason: 'check-digit' };
  }
  return { valid: true, value, birthDate, sex: centuryAndSex.sex, serial: value.slice(7, 11) };
}
