import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/index.js';
import { translate } from '../../src/i18n/index.js';
import { ROOT } from '../support/engine.js';

let copies: string[] = [];

/** Copies the content folders to a scratch root, so a test can break a file without touching the checkout. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'ruqsat-content-'));
  for (const folder of ['rules', 'templates', 'schemas']) cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
  copies.push(root);
  return root;
}

function editJson(root: string, file: string, edit: (data: any) => void): void {
  const path = join(root, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

const GROUNDS = 'rules/packs/kz-2017/grounds.json';

afterEach(() => {
  copies.forEach((root) => rmSync(root, { recursive: true, force: true }));
  copies = [];
});

describe('content lint', () => {
  it('loads the shipped content without problems', () => {
    const loaded = loadContent(ROOT);
    expect(loaded.problems).toEqual([]);
    expect(loaded.content?.packs.map((pack) => pack.id)).toEqual(['kz-2017']);
  });

  it('names the file, pointer and nearest fact for a misspelt fact', () => {
    const root = contentCopy();
    editJson(root, GROUNDS, (data) => {
      data.grounds[1].conditions.all[0].any[0].all[1].fact = 'localSharePercnt';
    });

    const loaded = loadContent(root);

    expect(loaded.content).toBeUndefined();
    expect(loaded.problems).toEqual([
      {
        severity: 'error',
        code: 'content.unknown-fact.suggest',
        file: GROUNDS,
        pointer: '/grounds/1/conditions/all/0/any/0/all/1/fact',
        params: { fact: 'localSharePercnt', suggestion: 'localSharePercent' },
      },
    ]);
    expect(translate('ru', loaded.problems[0]!.code, loaded.problems[0]!.params)).toBe('Неизвестный факт «localSharePercnt». Возможно, имелся в виду «localSharePercent».');
  });

  it('rejects an unknown operator, a string value for in, and a numeric operator on text', () => {
    const root = contentCopy();
    editJson(root, GROUNDS, (data) => {
      data.grounds[4].conditions.all[0].operator = 'equals';
      data.grounds[4].conditions.all.push({ fact: 'category', operator: 'in', value: '1, 2' });
      data.grounds[4].conditions.all.push({ fact: 'category', operator: 'greaterThan', value: 2 });
    });

    const codes = loadContent(root).problems.map((problem) => [problem.code, problem.pointer]);

    expect(codes).toContainEqual(['field.invalid', '/grounds/4/conditions']);
    expect(loadContent(root).content).toBeUndefined();
  });

  it('reports an empty rule file instead of reading it as no grounds', () => {
    const root = contentCopy();
    writeFileSync(join(root, GROUNDS), '');

    const loaded = loadContent(root);

    expect(loaded.content).toBeUndefined();
    expect(loaded.problems).toEqual([{ severity: 'error', code: 'content.file-empty', file: GROUNDS, params: {} }]);
  });

  it('locates a JSON syntax error by line and column', () => {
    const root = contentCopy();
    writeFileSync(join(root, GROUNDS), '{\n  "grounds": [\n    { "id": FALSE }\n  ]\n}\n');

    const problem = loadContent(root).problems[0];

    expect(problem?.code).toBe('content.json-syntax');
    expect(problem?.file).toBe(GROUNDS);
    expect(problem?.line).toBe(3);
  });

  it('reports a template syntax error with its line', () => {
    const root = contentCopy();
    writeFileSync(join(root, 'templates', 'receipt.ru.hbs'), '<document>\n<p>{{#if x}}</p>\n</document>\n');

    const problem = loadContent(root).problems.find((entry) => entry.file === 'templates/receipt.ru.hbs');

    expect(problem?.code).toBe('content.template-syntax');
  });

  it('names a misspelt template variable with its line', () => {
    const root = contentCopy();
    const file = join(root, 'templates', 'permit.ru.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{employer.name}}', '{{employer.nmae}}'));

    const problem = loadContent(root).problems.find((entry) => entry.file === 'templates/permit.ru.hbs');

    expect(problem).toMatchObject({ code: 'content.template-variable.suggest', line: 6, params: { variable: 'employer.nmae', suggestion: 'employer.name' } });
  });

  it('checks variables inside each blocks against the list items', () => {
    const root = contentCopy();
    const file = join(root, 'templates', 'notification.ru.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<td>{{position}}</td>', '<td>{{positon}}</td>'));

    const problem = loadContent(root).problems.find((entry) => entry.file === 'templates/notification.ru.hbs');

    expect(problem?.params).toEqual({ variable: 'positon', suggestion: 'position' });
  });
});

