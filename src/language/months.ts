import { LanguageError } from './errors.js';
import { assertLanguage, type Language } from './locale.js';

/**
 * Grammatical form of a month name. Russian uses the nominative alone («март», in headings) and the
 * genitive after a day number («17 марта»). Kazakh puts the same base form in both places
 * («наурыз», «17 наурыз»), so both forms return it in Kazakh.
 */
export type MonthForm = 'nominative' | 'genitive';

const MONTHS: Readonly<Record<Language, Readonly<Record<MonthForm, readonly string[]>>>> = {
  ru: {
    nominative: [
      'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
      'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
    ],
    genitive: [
      'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
      'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    ],
  },
  kk: {
    nominative: [
      'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
      'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
    ],
    genitive: [
      'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
      'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
    ],
  },
};

const MONTH_FORMS: readonly string[] = ['nominative', 'genitive'];

/** Returns the lower-case name of a month (1-12) in the given language and form. */
export function monthName(month: number, language: Language, form: MonthForm): string {
  assertLanguage(language);
  if (typeof form !== 'string' || !MONTH_FORMS.includes(form)) {
    throw new LanguageError('language.invalid-argument', form, 'not a month form', '"nominative" or "genitive"');
  }

  const name = Number.isInteger(month) ? MONTHS[language][form][month - 1] : undefined;
  if (name === undefined) {
    throw new LanguageError('language.invalid-date', month, 'not a month number', 'an integer from 1 to 12');
  }
  return name;
}
