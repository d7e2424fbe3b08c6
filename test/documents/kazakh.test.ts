import { afterAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, sampleNames, testEngine } from '../support/engine.js';
import { docxText, pdfFonts } from '../support/extract.js';
import { KAZAKH_LETTERS } from './support.js';

afterAll(closeTestEngine);

/** Samples with a Kazakh document set. */
const KAZAKH_SAMPLES = sampleNames().filter((name) => (readSample(name).languages as string[]).includes('kk'));

/** A subset font in a PDF is named with six capital letters, a plus sign and the face name. */
const LIBERATION_SERIF = /^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$/;

describe('Kazakh documents of the samples', () => {
  it('include at least one sample in Kazakh', () => {
    expect(KAZAKH_SAMPLES.length).toBeGreaterThan(0);
  });

  it.each(KAZAKH_SAMPLES)('%s: every document has all nine Kazakh letters and only Liberation Serif', async (name) => {
    const bundle = await testEngine().bundle(readSample(name), { formats: ['docx', 'pdf'], languages: ['kk'] });
    expect(bundle.files.length).toBeGreaterThan(0);

    for (const file of bundle.files) {
      if (file.format === 'docx') {
        const text = await docxText(file.bytes);
        const missing = KAZAKH_LETTERS.filter((letter) => !text.includes(letter));
        expect(missing, `${file.name} lacks these letters`).toEqual([]);
        continue;
      }
      const fonts = pdfFonts(file.bytes);
      expect(fonts.length, file.name).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, file.name).toMatch(LIBERATION_SERIF);
        expect(font.embedded, `${file.name}: ${font.name} embedded`).toBe(true);
      }
    }
  }, 60_000);
});
