const TWELVE_DIGITS = /^[0-9]{12}$/;

/**
 * Tells whether a value is a string of exactly 12 ASCII digits. A number is never accepted, because
 * converting an identifier to a number drops its leading zero (an ИИН of someone born in 2005 starts with 0).
 */
export function isTwelveDigitString(value: unknown): value is string {
  return typeof value === 'string' && TWELVE_DIGITS.test(value);
}

/** Returns the two-digit number at a 0-based position of a digit string. */
export function twoDigitsAt(digits: string, index: number): number {
  return Number(digits.slice(index, index + 2));
}

/** Tells whether the 5th digit marks a БИН (4, 5 or 6). In an ИИН this digit is the first of the day, 0-3. */
export function hasBinKindDigit(digits: string): boolean {
  return ['4', '5', '6'].includes(digits[4] ?? '');
}
