import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { checkBin, checkIin, withCheckDigit } from '../../src/identifiers/index.js';

const PRIMARY_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** Primary-weight remainder, computed here independently of the module under test. */
function primaryRemainder(digits: string): number {
  let sum = 0;
  for (let index = 0; index < 11; index += 1) {
    sum += Number(digits[index]) * (PRIMARY_WEIGHTS[index] ?? 0);
  }
  return sum % 11;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** First 11 digits of an ИИН with a real birth date between 1800 and 2099. */
const iinPrefix = fc
  .record({
    birthDate: fc.date({
      min: new Date(Date.UTC(1800, 0, 1)),
      max: new Date(Date.UTC(2099, 11, 31)),
      noInvalidDate: true,
    }),
    female: fc.boolean(),
    serial: fc.integer({ min: 0, max: 9999 }),
  })
  .map(({ birthDate, female, serial }) => {
    const year = birthDate.getUTCFullYear();
    const centuryDigit = 1 + 2 * (Math.floor(year / 100) - 18) + (female ? 1 : 0);
    const prefix =
      pad(year % 100, 2) +
      pad(birthDate.getUTCMonth() + 1, 2) +
      pad(birthDate.getUTCDate(), 2) +
      String(centuryDigit) +
      pad(serial, 4);
    return { prefix, isoDate: birthDate.toISOString().slice(0, 10), female };
  });

/** First 11 digits of a БИН with a valid month and kind digits. */
const binPrefix = fc
  .record({
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    entityDigit: fc.constantFrom('4', '5', '6'),
    unitDigit: fc.constantFrom('0', '1', '2', '3'),
    serial: fc.integer({ min: 0, max: 99_999 }),
  })
  .map(({ year, month, entityDigit, unitDigit, serial }) => {
    return pad(year, 2) + pad(month, 2) + entityDigit + unitDigit + pad(serial, 5);
  });

function replaceDigit(value: string, index: number, shift: number): string {
  const digit = (Number(value[index]) + shift) % 10;
  return value.slice(0, index) + String(digit) + value.slice(index + 1);
}

describe('withCheckDigit', () => {
  it('appends the hand-computed digit', () => {
    expect(withCheckDigit('05031550012')).toBe('050315500123');
    expect(withCheckDigit('87041530070')).toBe('870415300703');
  });

  it('returns null when both remainders are 10', () => {
    // Primary: 8 + 14 + 0 + 16 + 5 + 30 + 21 + 0 + 0 + 70 + 99 = 263, and 263 mod 11 = 10.
    // Secondary: 24 + 28 + 0 + 24 + 7 + 40 + 27 + 0 + 0 + 7 + 18 = 175, and 175 mod 11 = 10.
    expect(withCheckDigit('87041530079')).toBeNull();

    for (const digit of '0123456789') {
      expect(checkIin(`87041530079${digit}`)).toEqual({ valid: false, reason: 'check-digit' });
    }
  });

  it('rejects a prefix that is not 11 digits', () => {
    expect(() => withCheckDigit('0503155001')).toThrow(TypeError);
    expect(() => withCheckDigit('050315500123')).toThrow(/expected a string of 11 digits/);
    expect(() => withCheckDigit(5031550012 as unknown as string)).toThrow(/"5031550012"/);
  });

  it('yields ИИНs that checkIin accepts', () => {
    fc.assert(
      fc.property(iinPrefix, ({ prefix, isoDate, female }) => {
        const iin = withCheckDigit(prefix);
        fc.pre(iin !== null);

        expect(checkIin(iin)).toMatchObject({
          valid: true,
          value: iin,
          birthDate: isoDate,
          sex: female ? 'female' : 'male',
        });
      }),
    );
  });

  it('yields БИНs that checkBin accepts', () => {
    fc.assert(
      fc.property(binPrefix, (prefix) => {
        const bin = withCheckDigit(prefix);
        fc.pre(bin !== null);

        expect(checkBin(bin)).toMatchObject({ valid: true, value: bin });
      }),
    );
  });

  it('returns null exactly when no digit fits', () => {
    fc.assert(
      fc.property(iinPrefix, ({ prefix }) => {
        const accepted = [...'0123456789'].filter((digit) => checkIin(prefix + digit).valid);

        const expected = withCheckDigit(prefix);
        expect(accepted).toEqual(expected === null ? [] : [expected.slice(11)]);
      }),
    );
  });
});

describe('single-digit changes', () => {
  it('always break a changed check digit', () => {
    fc.assert(
      fc.property(iinPrefix, fc.integer({ min: 1, max: 9 }), ({ prefix }, shift) => {
        const iin = withCheckDigit(prefix);
        fc.pre(iin !== null);

        expect(checkIin(replaceDigit(iin, 11, shift)).valid).toBe(false);
      }),
    );
  });

  it('break digits 1-10 unless the secondary weights decide', () => {
    const changes = fc.record({
      position: fc.integer({ min: 0, max: 9 }),
      shift: fc.integer({ min: 1, max: 9 }),
    });
    const identifiers = fc.oneof(
      iinPrefix.map(({ prefix }) => prefix),
      binPrefix,
    );

    fc.assert(
      fc.property(identifiers, changes, (prefix, { position, shift }) => {
        const identifier = withCheckDigit(prefix);
        fc.pre(identifier !== null);
        const changed = replaceDigit(identifier, position, shift);
        fc.pre(primaryRemainder(identifier) !== 10 && primaryRemainder(changed) !== 10);

        expect(checkIin(changed).valid).toBe(false);
        expect(checkBin(changed).valid).toBe(false);
      }),
    );
  });

  it('break the 11th digit only under the secondary weights', () => {
    fc.assert(
      fc.property(iinPrefix, fc.integer({ min: 1, max: 9 }), ({ prefix }, shift) => {
        const iin = withCheckDigit(prefix);
        fc.pre(iin !== null);
        const changed = replaceDigit(iin, 10, shift);

        // The primary weight of the 11th digit is 11, which is 0 mod 11.
        const usesSecondaryWeights = primaryRemainder(iin) === 10;
        expect(checkIin(changed).valid).toBe(!usesSecondaryWeights);
      }),
    );
  });

  it('can go unnoticed in digits 1-10', () => {
    // Changing the 9th digit from 0 to 2 adds 18 to the primary sum: 142 mod 11 = 10. The secondary
    // sum is then 157, and 157 mod 11 = 3, the old check digit.
    expect(checkIin('050315500123').valid).toBe(true);
    expect(checkIin('050315502123').valid).toBe(true);
  });
});
