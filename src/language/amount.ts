import { LanguageError } from './errors.js';
import { assertLanguage, type Language } from './locale.js';
import { kazakhIntegerWords } from './words-kk.js';
import { russianIntegerWords } from './words-ru.js';

/** The only currency of the fee and of the amounts in permit documents. */
export type Currency = 'KZT';

export const MAX_AMOUNT = 999_999_999_999;

const EXPECTED_AMOUNT = 'a whole number of tenge from 0 to 999 999 999 999';
const NO_BREAK_SPACE = '\u00A0';

/**
 * The tenge in each language. Neither word changes after a numeral. Russian usage wavers between
 * masculine and neuter for «тенге»; the masculine («один тенге», «два тенге») follows «рубль».
 */
const CURRENCY_WORDS: Readonly<Record<Language, string>> = { ru: 'тенге', kk: 'теңге' };

function findAmountProblem(amount: unknown): string | null {
  if (typeof amount !== 'number') {
    return 'amounts are passed as numbers, not as text';
  }
  if (!Number.isFinite(amount)) {
    return 'not a finite number';
  }
  if (!Number.isInteger(amount)) {
    return 'amounts with tiyn are not supported';
  }
  if (amount < 0) {
    return 'the amount is negative';
  }
  if (amount > MAX_AMOUNT) {
    return 'the amount is above 999 999 999 999';
  }
  return null;
}

function assertAmount(amount: unknown): asserts amount is number {
  const problem = findAmountProblem(amount);
  if (problem) {
    throw new LanguageError('language.invalid-amount', amount, problem, EXPECTED_AMOUNT);
  }
}

function assertCurrency(currency: unknown): asserts currency is Currency {
  if (currency !== 'KZT') {
    throw new LanguageError('language.invalid-argument', currency, 'not a supported currency', '"KZT"');
  }
}

/**
 * Writes a whole amount of tenge in words with the currency word, as on a payment document:
 * ru «триста десять тысяч восемьсот пятьдесят три тенге», kk «үш жүз он мың сегіз жүз елу үш теңге».
 * The text is lower case, so that a template can put it after the figures in brackets or start a
 * sentence with it. Amounts with tiyn and negative amounts throw `language.invalid-amount`.
 */
export function amountInWords(amount: number, language: Language, currency: Currency): string {
  assertAmount(amount);
  assertLanguage(language);
  assertCurrency(currency);

  const words = language === 'ru' ? russianIntegerWords(amount, 'masculine') : kazakhIntegerWords(amount);
  return `${words} ${CURRENCY_WORDS[language]}`;
}

/**
 * Formats a whole amount in digits grouped by thousands with a no-break space (U+00A0), the same in
 * both languages: «310 853». The grouping is written out here rather than taken from `Intl`, whose
 * separator depends on the ICU data that Node was built with.
 */
export function formatMoney(amount: number, language: Language): string {
  assertAmount(amount);
  assertLanguage(language);

  return String(amount).replace(/\B(?=(\d{3})+$)/g, NO_BREAK_SPACE);
}
