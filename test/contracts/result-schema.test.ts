import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src/case/schema.js';
import { closeTestEngine, readSample, ROOT, sampleNames, testEngine } from '../support/engine.js';

afterAll(closeTestEngine);

describe('result contract', () => {
  const validate = createAjv().compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'result.schema.json'), 'utf8')) as object);

  it.each(sampleNames())('result of %s matches schemas/result.schema.json', async (name) => {
    const result = await testEngine().evaluate(readSample(name));
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });
});
