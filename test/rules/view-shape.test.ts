import { afterAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/types.js';
import { evaluateCase } from '../../src/decision/evaluate.js';
import { buildView } from '../../src/documents/view.js';
import { VIEW_SHAPE, type Shape } from '../../src/documents/view-shape.js';
import { closeTestEngine, readSample, sampleNames, testEngine } from '../support/engine.js';

afterAll(closeTestEngine);

/** Lists the paths where a value and a shape disagree: a missing or an undeclared field. */
function mismatches(value: unknown, shape: Shape, path: string): string[] {
  if (shape === true) return [];
  if (Array.isArray(shape)) return Array.isArray(value) ? value.flatMap((item, index) => mismatches(item, shape[0], `${path}[${index}]`)) : [`${path}: not a list`];
  // An optional group (fee, permit, ict, previousPermit, reissue) is false when absent.
  if (value === false) return [];
  const record = value as Record<string, unknown>;
  const declared = Object.keys(shape);
  const missing = declared.filter((field) => !(field in record)).map((field) => `${path}.${field}: missing`);
  const extra = Object.keys(record).filter((field) => !declared.includes(field)).map((field) => `${path}.${field}: not declared`);
  return [...missing, ...extra, ...declared.filter((field) => field in record).flatMap((field) => mismatches(record[field], shape[field]!, `${path}.${field}`))];
}

describe('template view shape', () => {
  it.each(sampleNames())('view of %s has exactly the declared fields', async (name) => {
    const content = testEngine().content;
    const { data, result, pack, provider } = await evaluateCase(readSample(name), content);
    for (const lang of (data as Case).languages) {
      const view = buildView(data, result, pack, { name: provider.name[lang], address: provider.address[lang], territory: provider.territory[lang] }, lang, content.appeal);
      expect(mismatches(view, VIEW_SHAPE, 'view')).toEqual([]);
    }
  });
});
