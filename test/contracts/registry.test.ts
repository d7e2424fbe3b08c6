import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/errors/registry.js';
import { hasMessage, LANGUAGES, messageCodes, negotiateLang } from '../../src/i18n/index.js';
import { ROOT } from '../support/engine.js';

describe('error registry and locale files', () => {
  it('has a title and a detail for every code in every language', () => {
    for (const code of Object.keys(ERRORS)) {
      for (const lang of LANGUAGES) {
        expect(hasMessage(lang, `problem.${code}.title`), `${lang} problem.${code}.title`).toBe(true);
        expect(hasMessage(lang, `problem.${code}.detail`), `${lang} problem.${code}.detail`).toBe(true);
      }
    }
  });

  it('has the same message codes in Russian, Kazakh and English', () => {
    const russian = messageCodes('ru').sort();
    expect(messageCodes('kk').sort()).toEqual(russian);
    expect(messageCodes('en').sort()).toEqual(russian);
  });

  it('lists every code with its status and exit code in docs/errors.md', () => {
    const reference = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
    for (const [code, definition] of Object.entries(ERRORS)) {
      expect(reference, code).toContain(`| \`${code}\` | ${definition.status} | ${definition.exit} |`);
    }
  });

  it('picks the language from Accept-Language and ignores kz', () => {
    expect(negotiateLang('kk-KZ,ru;q=0.8')).toBe('kk');
    expect(negotiateLang('en;q=0.3, kk;q=0.9')).toBe('kk');
    expect(negotiateLang('kz')).toBe('ru');
    expect(negotiateLang(undefined)).toBe('ru');
  });
});
