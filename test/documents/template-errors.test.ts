import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineError } from '../../src/errors/problem.js';
import { readSample } from '../support/engine.js';
import { contentCopy, editFile, engineOn, removeContentCopies } from './support.js';

afterEach(removeContentCopies);

/** Renders the DOCX files of a sample from a content root and returns the error it fails with. */
async function renderFailure(root: string, sample: string): Promise<EngineError> {
  const engine = engineOn(root);
  try {
    const failure = await engine.bundle(readSample(sample), { formats: ['docx'] }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineError);
    return failure as EngineError;
  } finally {
    await engine.close();
  }
}

/** Finds the 1-based line of the first occurrence of a text in a file of a content copy. */
function lineOf(root: string, file: string, text: string): number {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes(text)) + 1;
}

describe('a missing value in a template', () => {
  it('names the template, line and field when a helper gets no value', async () => {
    const root = contentCopy();
    // issue-approved has no previous permit, so the view's previousPermit is false.
    editFile(root, 'templates/permit.ru.hbs', '<p indent="none">Работодатель:', '<p indent="none">Прежнее разрешение от {{date previousPermit.issuedOn}}</p>\n<p indent="none">Работодатель:');
    const line = lineOf(root, 'templates/permit.ru.hbs', 'Прежнее разрешение');

    const failure = await renderFailure(root, 'issue-approved');

    expect(failure.code).toBe('content.invalid');
    expect(failure.params.reason).toBe(`templates/permit.ru.hbs, line ${line}: no value for "previousPermit.issuedOn" (helper date)`);
  }, 30_000);

  it('names the template, line and field of a plain variable', async () => {
    const root = contentCopy();
    // issue-refused-local-staff has no permit event, so the view's permit is false.
    editFile(root, 'templates/receipt.kk.hbs', '<p indent="none">Өтініштің тіркеу нөмірі:', '<p indent="none">Рұқсат: {{permit.number}}</p>\n<p indent="none">Өтініштің тіркеу нөмірі:');
    const line = lineOf(root, 'templates/receipt.kk.hbs', 'Рұқсат: {{permit.number}}');

    const failure = await renderFailure(root, 'issue-refused-local-staff');

    expect(failure.code).toBe('content.invalid');
    expect(failure.params.reason).toBe(`templates/receipt.kk.hbs, line ${line}: no value for "permit.number"`);
  }, 30_000);

  it('names the partial when the missing value is in a partial', async () => {
    const root = contentCopy();
    editFile(root, 'templates/partials/appeal-route.hbs', '<ul>', '<p>{{date fee.payBy}}</p>\n<ul>');

    const failure = await renderFailure(root, 'issue-refused-local-staff');

    expect(failure.params.reason).toBe('templates/partials/appeal-route.hbs, line 2: no value for "fee.payBy" (helper date)');
  }, 30_000);

  it('fails lint for a field outside the view', () => {
    const root = contentCopy();
    editFile(root, 'templates/notification.ru.hbs', '<h1 align="center">Уведомление о принятом решении</h1>', '<h1 align="center">Уведомление о принятом решении {{employer.nmae}}</h1>');
    const line = lineOf(root, 'templates/notification.ru.hbs', '{{employer.nmae}}');

    expect(() => engineOn(root)).toThrow(expect.objectContaining({
      problems: [expect.objectContaining({ code: 'content.template-variable.suggest', file: 'templates/notification.ru.hbs', line, params: { variable: 'employer.nmae', suggestion: 'employer.name' } })],
    }));
  });
});
