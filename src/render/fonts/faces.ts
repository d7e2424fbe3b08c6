import { readFileSync } from 'node:fs';
import { readCoverage } from './cmap.js';

/**
 * Letters every font of the stylesheet must have: the Russian alphabet, the nine Kazakh letters
 * beyond it in both cases, and the quotation marks and number sign of official documents.
 * fonts-liberation 1.07 lacks all the Kazakh letters except І and і, so a stylesheet pointing at
 * it is rejected at load time instead of printing permits in a fallback face.
 */
export const REQUIRED_CHARACTERS =
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' +
  'ӘҒҚҢӨҰҮҺІәғқңөұүһі' +
  '«»№';

/** Returns the characters of `required` that the TrueType font in `font` has no glyph for. */
export function findMissingCharacters(font: Uint8Array, required: string = REQUIRED_CHARACTERS): string[] {
  const covers = readCoverage(font);
  return [...required].filter((character) => !covers(character.codePointAt(0) ?? 0));
}

const dataUrls = new Map<string, string>();

/**
 * Returns the font file as a `data:` URL, read once per process. A `data:` URL lets a page set
 * with `setContent` (an about:blank origin, which may not load `file:` URLs) use the font with no
 * request at all.
 */
export function fontDataUrl(file: string): string {
  let url = dataUrls.get(file);
  if (url === undefined) {
    url = `data:font/ttf;base64,${readFileSync(file).toString('base64')}`;
    dataUrls.set(file, url);
  }
  return url;
}
