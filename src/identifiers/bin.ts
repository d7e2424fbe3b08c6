import { hasValidCheckDigit } from './check-digit.js';
import { isTwelveDigitString, twoDigitsAt } from './format.js';
import type { BinCheck, BinEntityKind, BinUnitKind } from './types.js';

const ENTITY_KINDS: Readonly<Record<string, BinEntityKind>> = {
  '4': 'resident-legal-entity',
  '5': 'non-resident-legal-entity',
  '6': 'joint-individual-entrepreneurship',
};

const UNIT_KINDS: Readonly<Record<string, BinUnitKind>> = {
  '0': 'head-unit',
  '1': 'branch',
  '2': 'representative-office',
  '3': 'peasant-farm',
};

/**
 * Checks a Kazakh business identification number (БИН) and decodes its registration month and kinds.
 *
 * Layout: `YYMM` of the (re)registration, the entity kind (5th digit), the unit kind (6th digit),
 * a 5-digit serial and the check digit. The checks run in the order format, kind, date, check digit.
 * NOTE: an individual entrepreneur who is not in a joint entrepreneurship is identified by an ИИН,
 * so such an employer fails this check with reason `kind`. Use `checkIin` for that number.
 */
export function checkBin(value: unknown): BinCheck {
  if (!isTwelveDigitString(value)) {
    return { valid: false, reason: 'format' };
  }

  const entityKind = ENTITY_KINDS[value[4] ?? ''];
  const unitKind = UNIT_KINDS[value[5] ?? ''];
  if (!entityKind || !unitKind) {
    return { valid: false, reason: 'kind' };
  }

  const registrationMonth = twoDigitsAt(value, 2);
  if (registrationMonth < 1 || registrationMonth > 12) {
    return { valid: false, reason: 'date' };
  }

  if (!hasValidCheckDigit(value)) {
    return { valid: false, reason: 'check-digit' };
  }
  return {
    valid: true,
    value,
    registrationYearOfCentury: twoDigitsAt(value, 0),
    registrationMonth,
    entityKind,
    unitKind,
    serial: value.slice(6, 11),
  };
}
