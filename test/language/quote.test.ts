import { describe, expect, it } from 'vitest';

import { LanguageError, quote } from '../../src/language/index.js';

describe('quote', () => {
  it('wraps text in guillemets', () => {
    expect(quote('Алем')).toBe('«Алем»');
  });

  it('turns inner guillemets into low-high quotes', () => {
    expect(quote('ТОО «Алем»')).toBe('«ТОО „Алем“»');
    expect(quote('«Алем» и «Береке»')).toBe('«„Алем“ и „Береке“»');
  });

  it('turns paired straight and curly quotes into low-high quotes', () => {
    expect(quote('ТОО "Алем"')).toBe('«ТОО „Алем“»');
    expect(quote('LLP \u201CAlem\u201D')).toBe('«LLP „Alem“»');
  });

  it('keeps existing low-high quotes', () => {
    expect(quote('ТОО „Алем“')).toBe('«ТОО „Алем“»');
    expect(quote('„Алем“ и “Береке”')).toBe('«„Алем“ и „Береке“»');
  });

  it('leaves an unpaired straight quote alone', () => {
    expect(quote('ТОО "Алем')).toBe('«ТОО "Алем»');
  });

  it('rejects missing and blank text', () => {
    for (const text of [undefined, null, '', '  ', { hash: {} }]) {
      expect(() => quote(text as string)).toThrow(LanguageError);
    }
  });
});
