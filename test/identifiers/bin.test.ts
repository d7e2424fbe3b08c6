import { describe, expect, it } from 'vitest';

import { checkBin } from '../../src/identifiers/index.js';

describe('checkBin', () => {
  it('decodes a resident head unit', () => {
    // 1 + 14 + 0 + 16 + 20 + 0 + 0 + 8 + 18 + 30 + 44 = 151, and 151 mod 11 = 8.
    expect(checkBin('170440012348')).toEqual({
      valid: true,
      value: '170440012348',
      registrationYearOfCentury: 17,
      registrationMonth: 4,
      entityKind: 'resident-legal-entity',
      unitKind: 'head-unit',
      serial: '01234',
    });
  });

  it('keeps the leading zero', () => {
    // 0 + 14 + 0 + 36 + 20 + 0 + 0 + 0 + 0 + 10 + 22 = 102, and 102 mod 11 = 3.
    expect(checkBin('070940000123')).toMatchObject({
      valid: true,
      value: '070940000123',
      registrationYearOfCentury: 7,
      registrationMonth: 9,
    });
  });

  it('decodes every entity and unit kind', () => {
    expect(checkBin('980551600127')).toMatchObject({
      valid: true,
      entityKind: 'non-resident-legal-entity',
      unitKind: 'branch',
    });
    expect(checkBin('120362000450')).toMatchObject({
      valid: true,
      entityKind: 'joint-individual-entrepreneurship',
      unitKind: 'representative-office',
    });
    expect(checkBin('150143000772')).toMatchObject({
      valid: true,
      entityKind: 'resident-legal-entity',
      unitKind: 'peasant-farm',
    });
  });

  it('uses the secondary weights when the first remainder is 10', () => {
    // Primary: 1 + 10 + 0 + 28 + 20 + 6 + 0 + 0 + 0 + 0 + 0 = 65, and 65 mod 11 = 10.
    // Secondary: 3 + 20 + 0 + 42 + 28 + 8 + 0 + 0 + 0 + 0 + 0 = 101, and 101 mod 11 = 2.
    expect(checkBin('150741000002')).toMatchObject({ valid: true, unitKind: 'branch' });
  });

  it('rejects a wrong check digit', () => {
    expect(checkBin('170440012349')).toEqual({ valid: false, reason: 'check-digit' });
  });

  it('rejects a registration month outside 1-12', () => {
    expect(checkBin('151340000121')).toEqual({ valid: false, reason: 'date' });
    expect(checkBin('150040000128')).toEqual({ valid: false, reason: 'date' });
  });

  it('rejects unknown kind digits', () => {
    expect(checkBin('050315500123')).toEqual({ valid: false, reason: 'kind' });
    expect(checkBin('170470012345')).toEqual({ valid: false, reason: 'kind' });
    expect(checkBin('170444012345')).toEqual({ valid: false, reason: 'kind' });
  });

  it('rejects anything but 12 ASCII digits', () => {
    const malformed: unknown[] = [70940000123, '70940000123', '0709 4000 0123', '', undefined, null];

    for (const value of malformed) {
      expect(checkBin(value), String(value)).toEqual({ valid: false, reason: 'format' });
    }
  });
});
