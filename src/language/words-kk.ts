const ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const HUNDRED = 'жүз';

const SCALES: readonly { size: number; word: string }[] = [
  { size: 1e9, word: 'миллиард' },
  { size: 1e6, word: 'миллион' },
  { size: 1e3, word: 'мың' },
];

/** Words for 1-999, or an empty list for 0. A lone hundred is «жүз», not «бір жүз». */
function groupWords(group: number): string[] {
  const hundreds = Math.floor(group / 100);
  const words: string[] = [];

  if (hundreds === 1) {
    words.push(HUNDRED);
  } else if (hundreds > 1) {
    words.push(ONES[hundreds] ?? '', HUNDRED);
  }
  words.push(TENS[Math.floor((group % 100) / 10)] ?? '', ONES[group % 10] ?? '');
  return words.filter((word) => word !== '');
}

/**
 * Writes a non-negative integer below 10^12 in Kazakh words. Kazakh numerals do not inflect and the
 * noun after them stays singular.
 *
 * Convention: a hundred on its own is «жүз» (100 is «жүз», 101 000 is «жүз бір мың»), as on the
 * National Bank's 100-tenge coin, whose inscription has read «ЖҮЗ ТЕҢГЕ» since 2007. Thousands,
 * millions and billions keep «бір» (1 000 is «бір мың», 1 000 000 is «бір миллион»).
 * NOTE: everyday Kazakh also writes a bare «мың» for 1 000. «бір мың» is the convention chosen here
 * to match the Russian «одна тысяча»; no standard that fixes either form was found.
 */
export function kazakhIntegerWords(value: number): string {
  if (value === 0) {
    return 'нөл';
  }

  const words: string[] = [];
  let rest = value;
  for (const scale of SCALES) {
    const group = Math.floor(rest / scale.size);
    rest %= scale.size;
    if (group > 0) {
      words.push(...groupWords(group), scale.word);
    }
  }
  words.push(...groupWords(rest));
  return words.join(' ');
}
