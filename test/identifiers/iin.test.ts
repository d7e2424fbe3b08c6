import { describe, expect, it } from 'vitest';

import { checkIin } from '../../src/identifiers/index.js';

describe('checkIin', () => {
  it('accepts a 2005 ИИН with its leading zero', () => {
    // 0·1 + 5·2 + 0·3 + 3·4 + 1·5 + 5·6 + 5·7 + 0·8 + 0·9 + 1·10 + 2·11 = 124, and 124 mod 11 = 3.
    const result = checkIin('050315500123');

    expect(result).toEqual({
      valid: true,
      value: '050315500123',
      birthDate: '2005-03-15',
      sex: 'male',
      serial: '0012',
    });
  });

  it('decodes a man born in the 1900s', () => {
    // 8 + 16 + 0 + 8 + 0 + 6 + 21 + 0 + 0 + 10 + 22 = 91, and 91 mod 11 = 3.
    const result = checkIin('880201300123');

    expect(result).toMatchObject({ valid: true, birthDate: '1988-02-01', sex: 'male' });
  });

  it('decodes a woman born in the 1900s', () => {
    // 9 + 2 + 3 + 8 + 15 + 6 + 28 + 0 + 0 + 50 + 66 = 187, and 187 mod 11 = 0.
    const result = checkIin('911231400560');

    expect(result).toMatchObject({ valid: true, birthDate: '1991-12-31', sex: 'female' });
  });

  it('decodes the 1800s and 2000s century digits', () => {
    expect(checkIin('990101100010')).toMatchObject({ valid: true, birthDate: '1899-01-01', sex: 'male' });
    expect(checkIin('990101200017')).toMatchObject({ valid: true, birthDate: '1899-01-01', sex: 'female' });
    expect(checkIin('100101600019')).toMatchObject({ valid: true, birthDate: '2010-01-01', sex: 'female' });
  });

  it('uses the secondary weights when the first remainder is 10', () => {
    // Primary: 8 + 14 + 0 + 16 + 5 + 30 + 21 + 0 + 0 + 70 + 0 = 164, and 164 mod 11 = 10.
    // Secondary: 24 + 28 + 0 + 24 + 7 + 40 + 27 + 0 + 0 + 7 + 0 = 157, and 157 mod 11 = 3.
    expect(checkIin('870415300703')).toMatchObject({ valid: true, birthDate: '1987-04-15' });
    expect(checkIin('870415300700')).toEqual({ valid: false, reason: 'check-digit' });
  });

  it('accepts 29 February of a leap year', () => {
    expect(checkIin('000229500018')).toMatchObject({ valid: true, birthDate: '2000-02-29' });
  });

  it('rejects a wrong check digit', () => {
    expect(checkIin('050315500124')).toEqual({ valid: false, reason: 'check-digit' });
    expect(checkIin('050315500120')).toEqual({ valid: false, reason: 'check-digit' });
  });

  it('rejects dates that do not exist', () => {
    // The check digits of these numbers are correct, so only the date can reject them.
    expect(checkIin('310231300010')).toEqual({ valid: false, reason: 'date' });
    expect(checkIin('000229300015')).toEqual({ valid: false, reason: 'date' });
    expect(checkIin('051315500126')).toEqual({ valid: false, reason: 'date' });
    expect(checkIin('050015500122')).toEqual({ valid: false, reason: 'date' });
    expect(checkIin('050300500121')).toEqual({ valid: false, reason: 'date' });
  });

  it('rejects century digits outside 1-6', () => {
    expect(checkIin('050315000121')).toEqual({ valid: false, reason: 'date' });
    expect(checkIin('050315700126')).toEqual({ valid: false, reason: 'date' });
  });

  it('rejects a БИН as another kind', () => {
    expect(checkIin('170440012348')).toEqual({ valid: false, reason: 'kind' });
  });

  it('rejects anything but 12 ASCII digits', () => {
    const malformed: unknown[] = [
      50315500123,
      50_315_500_123n,
      '50315500123',
      '0503155001230',
      ' 050315500123',
      '050315500123 ',
      '0503 1550 0123',
      '   ',
      '',
      '05031550012x',
      '０５０３１５５００１２３',
      '٠٥٠٣١٥٥٠٠١٢٣',
      undefined,
      null,
      {},
      ['050315500123'],
    ];

    for (const value of malformed) {
      expect(checkIin(value), String(value)).toEqual({ valid: false, reason: 'format' });
    }
  });
});
