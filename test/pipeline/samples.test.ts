import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, sampleNames, SAMPLES_DIR, testEngine } from '../support/engine.js';
import { collapse, docxText, pdfFonts, pdfText, withoutProvenance } from '../support/extract.js';

afterAll(closeTestEngine);

function expectedResult(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SAMPLES_DIR, name, 'expected', 'result.json'), 'utf8')) as Record<string, unknown>;
}

describe.each(sampleNames())('sample %s', (name) => {
  it('matches every field of expected/result.json', async () => {
    const result = await testEngine().evaluate(readSample(name));
    // The schedule is compared by step id, due and status: the full trace is checked in schedule.test.ts.
    const projected: Record<string, unknown> = {
      ...result,
      schedule: { registeredAt: result.schedule.registeredAt, steps: result.schedule.steps.map((step) => ({ id: step.id, due: step.due, status: step.status })) },
    };
    for (const [field, value] of Object.entries(expectedResult(name))) {
      expect(projected[field], field).toEqual(value);
    }
  });

  it('renders each document as DOCX and PDF with the expected text', async () => {
    const bundle = await testEngine().bundle(readSample(name), { formats: ['docx', 'pdf'] });
    expect(bundle.files.length).toBeGreaterThan(0);

    for (const file of bundle.files) {
      const expectedFile = join(SAMPLES_DIR, name, 'expected', `${file.kind}.${file.lang}.txt`);
      expect(existsSync(expectedFile), expectedFile).toBe(true);
      const expected = readFileSync(expectedFile, 'utf8').trim();

      if (file.format === 'docx') {
        expect(withoutProvenance(await docxText(file.bytes)), file.name).toBe(expected);
      } else {
        const text = collapse(withoutProvenance(pdfText(file.bytes)));
        for (const line of expected.split('\n')) expect(text, `${file.name}: ${line}`).toContain(collapse(line));
        expect(pdfFonts(file.bytes).every((font) => font.embedded && font.name.includes('LiberationSerif')), file.name).toBe(true);
      }
    }
    // A sample renders up to twelve documents, each as DOCX and PDF: more than vitest's 5 s default.
  }, 60_000);
});
