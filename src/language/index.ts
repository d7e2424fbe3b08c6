/**
 * Words, dates, amounts and names in Russian and Kazakh, written as a Kazakh government office writes
 * them in documents. Every helper throws a `LanguageError` on a missing or malformed value instead of
 * printing a placeholder such as «Invalid Date».
 */
export { LanguageError, type LanguageErrorCode } from './errors.js';
export type { Language } from './locale.js';
export { monthName, type MonthForm } from './months.js';
export { formatDateLong, formatDateQuoted, formatDateShort, formatDateTime, formatMonthYear } from './dates.js';
export { amountInWords, formatMoney, MAX_AMOUNT, type Currency } from './amount.js';
export { fullName, initials, type PersonName } from './names.js';
export { quote } from './quote.js';
export { pluralRu } from './plural.js';
