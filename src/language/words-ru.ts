import { russianPluralCategory } from './plural.js';

/** Grammatical gender of the noun counted, which decides один/одна and два/две. */
export type RussianGender = 'masculine' | 'feminine';

const ONES: Readonly<Record<RussianGender, readonly string[]>> = {
  masculine: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  feminine: ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
};
const TEENS = [
  'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать',
  'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать',
];
const TENS = [
  '', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто',
];
const HUNDREDS = [
  '', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот',
];

interface Scale {
  size: number;
  gender: RussianGender;
  /** Noun forms after one, few and many. */
  forms: Readonly<Record<'one' | 'few' | 'many', string>>;
}

/** Thousands are feminine («одна тысяча», «две тысячи»), millions and billions masculine. */
const SCALES: readonly Scale[] = [
  { size: 1e9, gender: 'masculine', forms: { one: 'миллиард', few: 'миллиарда', many: 'миллиардов' } },
  { size: 1e6, gender: 'masculine', forms: { one: 'миллион', few: 'миллиона', many: 'миллионов' } },
  { size: 1e3, gender: 'feminine', forms: { one: 'тысяча', few: 'тысячи', many: 'тысяч' } },
];

/** Words for 1-999, or an empty list for 0. */
function groupWords(group: number, gender: RussianGender): string[] {
  const words = [HUNDREDS[Math.floor(group / 100)] ?? ''];
  const belowHundred = group % 100;

  if (belowHundred >= 10 && belowHundred < 20) {
    words.push(TEENS[belowHundred - 10] ?? '');
  } else {
    words.push(TENS[Math.floor(belowHundred / 10)] ?? '', ONES[gender][belowHundred % 10] ?? '');
  }
  return words.filter((word) => word !== '');
}

/**
 * Writes a non-negative integer below 10^12 in Russian words, agreeing the last group with the
 * gender of the noun that follows. One thousand and one million keep their numeral
 * («одна тысяча», «один миллион»), the convention chosen for amounts in words.
 */
export function russianIntegerWords(value: number, gender: RussianGender): string {
  if (value === 0) {
    return 'ноль';
  }

  const words: string[] = [];
  let rest = value;
  for (const scale of SCALES) {
    const group = Math.floor(rest / scale.size);
    rest %= scale.size;
    if (group > 0) {
      words.push(...groupWords(group, scale.gender), scale.forms[russianPluralCategory(group)]);
    }
  }
  words.push(...groupWords(rest, gender));
  return words.join(' ');
}
