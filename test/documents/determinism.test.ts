import { afterAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';

afterAll(closeTestEngine);

// A portal case with an order and a permit, and an office case with a partial refusal: between them
// they hold every document kind except the refusal receipt, which `issue-incomplete` adds.
const SAMPLES = ['ict-reissue-approved-renamed', 'issue-partially-approved-quota', 'issue-incomplete'];

describe('bundle determinism', () => {
  it.each(SAMPLES)('%s: two runs give byte-identical DOCX and PDF files', async (name) => {
    const first = await testEngine().bundle(readSample(name), { formats: ['docx', 'pdf'] });
    // Let the clock move on, so that a timestamp taken at render time would differ.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await testEngine().bundle(readSample(name), { formats: ['docx', 'pdf'] });

    expect(second.files.map((file) => file.name)).toEqual(first.files.map((file) => file.name));
    for (const [index, file] of first.files.entries()) {
      expect(second.files[index]!.bytes.equals(file.bytes), file.name).toBe(true);
    }
    expect(second.manifest).toEqual(first.manifest);
  }, 90_000);
});
