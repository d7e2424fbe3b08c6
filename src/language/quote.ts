import { LanguageError } from './errors.js';

const LOW_OPENING = '„';
const HIGH_CLOSING = '\u201C';
const ENGLISH_CLOSING = '\u201D';
const STRAIGHT_QUOTE = '"';

/**
 * Turns «…», English “…” and existing „…“ into „…“. U+201C closes „ in Russian but opens a quote in
 * English, so it counts as closing only while a „ from the text is still open.
 */
function toInnerQuotes(text: string): string {
  let openLowQuotes = 0;
  let result = '';

  for (const char of text) {
    if (char === '«') {
      result += LOW_OPENING;
    } else if (char === '»' || char === ENGLISH_CLOSING) {
      result += HIGH_CLOSING;
    } else if (char === LOW_OPENING) {
      openLowQuotes += 1;
      result += LOW_OPENING;
    } else if (char === HIGH_CLOSING) {
      result += openLowQuotes > 0 ? HIGH_CLOSING : LOW_OPENING;
      openLowQuotes = Math.max(0, openLowQuotes - 1);
    } else {
      result += char;
    }
  }
  return result;
}

function replaceStraightQuotes(text: string): string {
  const count = text.split(STRAIGHT_QUOTE).length - 1;
  if (count % 2 !== 0) {
    // An unpaired quote is indistinguishable from an opening one, so all straight quotes stay as they are.
    return text;
  }

  let opening = true;
  return text.replaceAll(STRAIGHT_QUOTE, () => {
    const mark = opening ? LOW_OPENING : HIGH_CLOSING;
    opening = !opening;
    return mark;
  });
}

/**
 * Puts text in Russian and Kazakh quotes: «text». Quotes already inside become the inner quotes „…“,
 * as in «ТОО „Алем“». Straight quotes are turned into „…“ only when they pair up.
 * NOTE: quotes nested two levels deep also become „…“, so the two inner levels look the same.
 */
export function quote(text: string): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new LanguageError('language.invalid-argument', text, 'the text to quote is missing or blank', 'a non-blank string');
  }
  return `«${replaceStraightQuotes(toInnerQuotes(text))}»`;
}
