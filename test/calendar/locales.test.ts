import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

const SOURCE_DIR = fileURLToPath(new URL('../../src/calendar/', import.meta.url));
const LANGUAGES = ['ru', 'kk', 'en'] as const;

function catalogue(language: string): Record<string, string> {
  const url = new URL(`../../locales/${language}/calendar.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
}

/** Message codes written as string literals in the calendar sources. */
function literalCodes(): string[] {
  const codes = new Set<string>();
  for (const name of readdirSync(SOURCE_DIR).filter((file) => file.endsWith('.ts'))) {
    const text = readFileSync(`${SOURCE_DIR}${name}`, 'utf8');
    for (const match of text.matchAll(/'(calendar\.[a-z.-]+)'/g)) {
      codes.add(match[1]!);
    }
  }
  return [...codes].sort();
}

/** Codes built from a weekday name at run time. */
const COMPOSED_CODES = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => `calendar.weekday.${day}`),
  'calendar.skipped.transferred-day-off.saturday',
  'calendar.skipped.transferred-day-off.sunday',
  'calendar.counted.saturday',
  'calendar.counted.sunday',
];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('calendar locale files', () => {
  const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, catalogue(language)]));

  test.each(LANGUAGES)('%s has every code the sources use', (language) => {
    const missing = [...literalCodes(), ...COMPOSED_CODES].filter((code) => catalogues[language]![code] === undefined);

    expect(missing).toEqual([]);
  });

  test('the three languages have the same codes and placeholders', () => {
    const ru = catalogues.ru!;

    for (const language of ['kk', 'en'] as const) {
      expect(Object.keys(catalogues[language]!).sort()).toEqual(Object.keys(ru).sort());
      for (const [code, text] of Object.entries(ru)) {
        expect([code, placeholders(catalogues[language]![code]!)]).toEqual([code, placeholders(text)]);
      }
    }
  });

  test('Kazakh weekday names use Kazakh letters', () => {
    expect(catalogues.kk!['calendar.weekday.wednesday']).toBe('сәрсенбі');
    expect(catalogues.kk!['calendar.weekday.sunday']).toBe('жексенбі');
  });
});
