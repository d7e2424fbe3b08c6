import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentTemplates } from '../../src/check/coverage/branches.js';
import { collectCoverage, type Coverage } from '../../src/check/coverage/collect.js';
import { formatCoverage } from '../../src/check/coverage/report.js';
import { findSamples } from '../../src/check/samples.js';
import { evaluateCase } from '../../src/decision/evaluate.js';
import { buildView } from '../../src/documents/view.js';
import { closeTestEngine, ROOT, readSample, SAMPLES_DIR, testEngine } from '../support/engine.js';

let coverage: Coverage;

beforeAll(async () => {
  coverage = await collectCoverage(testEngine().content, findSamples(SAMPLES_DIR));
});

afterAll(closeTestEngine);

describe('ruqsat check --coverage', () => {
  it('finds a sample for every refusal ground', () => {
    const pack = testEngine().content.packs.find((candidate) => candidate.id === 'kz-2017')!;

    expect(coverage.grounds.map((item) => item.id).sort()).toEqual(pack.grounds.map((ground) => `kz-2017/${ground.id}`).sort());
    expect(coverage.grounds.filter((item) => item.samples.length === 0)).toEqual([]);
  });

  it('finds a sample for every required document and template', () => {
    expect(coverage.requiredDocuments.filter((item) => item.samples.length === 0)).toEqual([]);
    expect(coverage.documentKinds.filter((item) => item.samples.length === 0)).toEqual([]);
  });

  it('covers approved, refused and incomplete for every procedure', () => {
    const missed = coverage.outcomes.filter((item) => item.samples.length === 0 && !item.id.endsWith('/partially-approved'));

    expect(missed).toEqual([]);
  });

  it('locates every branch at its block in the template source', () => {
    expect(coverage.branches.length).toBeGreaterThan(0);
    for (const branch of coverage.branches) {
      const line = readFileSync(join(ROOT, branch.file), 'utf8').split('\n')[branch.line - 1]!;
      expect(line.slice(branch.column - 1), `${branch.file}:${branch.line}`).toMatch(new RegExp(`^\\{\\{~?#${branch.helper} `));
    }
  });

  it('records which samples take a branch', () => {
    const fee = coverage.branches.find((branch) => branch.file === 'templates/notification.ru.hbs' && branch.expression === 'fee' && branch.side === 'then')!;
    const noFee = coverage.branches.find((branch) => branch.file === 'templates/notification.ru.hbs' && branch.expression === 'fee' && branch.side === 'else')!;

    expect(fee.samples).toContain('issue-approved');
    expect(fee.samples).not.toContain('issue-refused-local-staff');
    expect(noFee.samples).toContain('issue-refused-local-staff');
    expect(noFee.written).toBe(false);
  });

  it('renders the same text with and without branch markers', async () => {
    const content = testEngine().content;
    const instrumented = instrumentTemplates(content.root);
    const { data, result, pack, provider } = await evaluateCase(readSample('issue-partially-approved-quota'), content);

    const ids = result.documents.flatMap((document) => document.languages.map((lang) => [`${document.kind}.${lang}`, lang] as const));
    expect(ids.length).toBeGreaterThan(3);
    for (const [id, lang] of ids) {
      const view = buildView(data, result, pack, { name: provider.name[lang], address: provider.address[lang], territory: provider.territory[lang] }, lang, content.appeal);
      expect(instrumented.render(id, view), id).toBe(content.templates.templates.get(id)!.render(view));
    }
  });

  it('prints each section and what no sample exercises', () => {
    const lines = formatCoverage(coverage, 'ru');
    const grounds = lines.findIndex((line) => line.startsWith('Основания отказа'));

    expect(lines[0]).toBe(`Покрытие образцами (образцов: ${coverage.samples})`);
    expect(lines[grounds]).toBe(`Основания отказа (сработали в образце): покрыто ${coverage.grounds.length} из ${coverage.grounds.length}`);
    expect(lines[grounds + coverage.grounds.length + 1]).toBe('  Непокрытых нет.');
    expect(lines.some((line) => line.startsWith('Ветви шаблонов'))).toBe(true);
  });
});
