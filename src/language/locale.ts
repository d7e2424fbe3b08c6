import { LanguageError } from './errors.js';

/** Language of a document: Russian or Kazakh, by their ISO 639-1 codes. */
export type Language = 'ru' | 'kk';

const LANGUAGES: readonly string[] = ['ru', 'kk'];

/**
 * Rejects anything but `ru` and `kk`. `kz` (the country code) is rejected rather than mapped, because
 * a wrong code that is silently accepted elsewhere makes text fall back to another language.
 */
export function assertLanguage(value: unknown): asserts value is Language {
  if (typeof value === 'string' && LANGUAGES.includes(value)) {
    return;
  }
  const problem =
    value === 'kz' ? '"kz" is the country code of Kazakhstan, and Kazakh is "kk"' : 'not a supported language';
  throw new LanguageError('language.invalid-locale', value, problem, '"ru" or "kk"');
}
