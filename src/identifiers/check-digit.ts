/**
 * Check digit of a Kazakh ИИН or БИН: the same weighted mod-11 scheme for both numbers.
 *
 * The first 11 digits are multiplied by the primary weights 1…11 and summed. The remainder modulo 11
 * is the check digit unless it is 10. In that case the sum is taken again with the secondary weights,
 * and a second remainder of 10 means that no check digit exists, so such a number is never issued.
 *
 * NOTE: the scheme misses some single-digit typos. The primary weight of the 11th digit is 11, which
 * is 0 mod 11, so a changed 11th digit goes unnoticed unless the secondary weights decide. A change in
 * digits 1-10 that moves the primary remainder to or from 10 can also land on the same check digit
 * (050315500123 and 050315502123 are both valid).
 */
const PRIMARY_WEIGHTS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECONDARY_WEIGHTS: readonly number[] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const NO_DIGIT = 10;

const ELEVEN_DIGITS = /^[0-9]{11}$/;

function weightedRemainder(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (const [index, digit] of digits.entries()) {
    sum += digit * (weights[index] ?? 0);
  }
  return sum % 11;
}

/**
 * Computes the check digit for the first 11 digits of an identifier, or returns null when both weight
 * sets give a remainder of 10. The caller guarantees 11 ASCII digits.
 */
export function computeCheckDigit(first11: string): number | null {
  const digits = Array.from(first11, Number);

  const primary = weightedRemainder(digits, PRIMARY_WEIGHTS);
  if (primary !== NO_DIGIT) {
    return primary;
  }

  const secondary = weightedRemainder(digits, SECONDARY_WEIGHTS);
  return secondary === NO_DIGIT ? null : secondary;
}

/** Tells whether the 12th digit of a 12-digit identifier matches its first 11 digits. */
export function hasValidCheckDigit(twelveDigits: string): boolean {
  const expected = computeCheckDigit(twelveDigits.slice(0, 11));
  return expected !== null && expected === Number(twelveDigits[11]);
}

/**
 * Appends the check digit to the first 11 digits of an ИИН or БИН, or returns null when those digits
 * cannot get one. Only the check digit is computed: the caller makes the date and kind digits valid.
 * Meant for inventing valid identifiers in tests and samples.
 *
 * @throws TypeError when `first11` is not a string of exactly 11 ASCII digits.
 */
export function withCheckDigit(first11: string): string | null {
  if (typeof first11 !== 'string' || !ELEVEN_DIGITS.test(first11)) {
    throw new TypeError(
      `Invalid identifier prefix ${JSON.stringify(String(first11))}: expected a string of 11 digits 0-9.`,
    );
  }

  const digit = computeCheckDigit(first11);
  return digit === null ? null : `${first11}${digit}`;
}
