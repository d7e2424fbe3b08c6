import { LanguageError } from './errors.js';

/** A person's name in the three parts of Kazakh records. Many foreign workers have no patronymic. */
export interface PersonName {
  lastName: string;
  firstName: string;
  /** Patronymic. Absent, null, empty and blank all mean that the person has none. */
  middleName?: string | null;
}

/**
 * Words that end a patronymic without being part of it: Azerbaijani «оглы»/«кызы», Kazakh «ұлы»/«қызы»
 * written apart, Kyrgyz «уулу», Uzbek «угли»/«кизи». They get no initial: «Али оглы» gives «А.».
 * NOTE: the list covers the Cyrillic spellings in use in Kazakhstan; a Latin spelling gets an initial.
 */
const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set([
  'оглы', 'оглу', 'угли', 'ўғли', 'улы', 'ұлы', 'уулу', 'кызы', 'қызы', 'кизи', 'қизи',
]);

const FIRST_LETTER = /\p{L}\p{M}*/u;

/** Trims, collapses inner whitespace and composes letters such as «й» written as «и» plus a breve. */
function normalizePart(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

function requirePart(name: PersonName, field: 'lastName' | 'firstName'): string {
  const value: unknown = name[field];
  const part = typeof value === 'string' ? normalizePart(value) : '';
  if (part === '') {
    throw new LanguageError('language.invalid-argument', value, `the ${field} is missing or blank`, 'a non-blank string');
  }
  return part;
}

function optionalPart(name: PersonName): string {
  const value: unknown = name.middleName;
  if (value === undefined || value === null) {
    return '';
  }
  if (typeof value !== 'string') {
    throw new LanguageError('language.invalid-argument', value, 'the middleName is not a string', 'a string or no value');
  }
  return normalizePart(value);
}

function assertPersonName(name: unknown): asserts name is PersonName {
  if (typeof name !== 'object' || name === null || Array.isArray(name)) {
    throw new LanguageError('language.invalid-argument', name, 'not a person name', 'an object with lastName and firstName');
  }
}

/** Initial of one word: «Ж.», or «Ж.-П.» for a hyphenated word such as «Жан-Поль». */
function wordInitial(word: string): string {
  return word
    .split('-')
    .filter((part) => part !== '')
    .map((part) => {
      const letter = FIRST_LETTER.exec(part)?.[0];
      return letter === undefined ? '' : `${letter.toUpperCase()}.`;
    })
    .filter((initial) => initial !== '')
    .join('-');
}

function partInitials(part: string): string {
  return part
    .split(' ')
    .filter((word) => !PATRONYMIC_PARTICLES.has(word.toLowerCase()))
    .map(wordInitial)
    .join('');
}

/** Writes a full name in the order of Kazakh records: last name, first name, patronymic. */
export function fullName(name: PersonName): string {
  assertPersonName(name);
  const parts = [requirePart(name, 'lastName'), requirePart(name, 'firstName'), optionalPart(name)];
  return parts.filter((part) => part !== '').join(' ');
}

/**
 * Writes the last name followed by the initials, with no space between initials: «Ахметов А.Б.»,
 * or «Смит Д.» for a person without a patronymic.
 */
export function initials(name: PersonName): string {
  assertPersonName(name);
  const lastName = requirePart(name, 'lastName');
  const firstName = requirePart(name, 'firstName');

  const firstInitials = partInitials(firstName);
  if (firstInitials === '') {
    throw new LanguageError('language.invalid-argument', name.firstName, 'the firstName has no letter', 'a name that starts with a letter');
  }
  return `${lastName} ${firstInitials}${partInitials(optionalPart(name))}`;
}
