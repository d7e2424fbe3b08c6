import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { docxText } from '../../src/bundle/text.js';
import { loadContent } from '../../src/content/index.js';
import type { AppealRoute } from '../../src/documents/appeal.js';
import { closeTestEngine, readSample, ROOT, testEngine } from '../support/engine.js';
import { contentCopy, engineOn, removeContentCopies } from './support.js';

afterAll(closeTestEngine);
afterEach(removeContentCopies);

const APPEAL_FILE = 'rules/reference/appeal.json';

function appealData(root = ROOT): Omit<AppealRoute, 'hash'> {
  return JSON.parse(readFileSync(join(root, APPEAL_FILE), 'utf8')) as Omit<AppealRoute, 'hash'>;
}

function editAppeal(root: string, edit: (data: Record<string, any>) => void): void {
  const data = appealData(root) as Record<string, any>;
  edit(data);
  writeFileSync(join(root, APPEAL_FILE), JSON.stringify(data, null, 2));
}

async function documentText(name: string, sample: string, root?: string): Promise<string> {
  const engine = root ? engineOn(root) : testEngine();
  try {
    const bundle = await engine.bundle(readSample(sample), { formats: ['docx'] });
    const file = bundle.files.find((entry) => entry.name === name);
    expect(file, `${sample} has ${name}`).toBeDefined();
    return docxText(file!.bytes);
  } finally {
    if (root) await engine.close();
  }
}

/** Lists the lines the appeal route prints: the intro, then each destination with «;» or a final «.». */
function routeLines(lang: 'ru' | 'kk', data = appealData()): string[] {
  return [data.intro[lang], ...data.route.map((entry, index) => `${entry.text[lang]}${index === data.route.length - 1 ? '.' : ';'}`)];
}

describe('appeal route data', () => {
  it('is marked unconfirmed and says where it comes from', () => {
    const data = appealData();
    expect(data.confidence).toBe('unconfirmed');
    expect(data.route.map((entry) => entry.id)).toEqual(['provider-head', 'quality-body', 'court']);
    for (const lang of ['ru', 'kk', 'en'] as const) expect(data.source[lang].length).toBeGreaterThan(0);
  });

  it('is part of the content every rendered result names', async () => {
    const result = await testEngine().evaluate(readSample('issue-refused-local-staff'));
    const hash = testEngine().content.appeal.hash;
    expect(result.content).toContainEqual({ kind: 'reference', id: 'appeal', hash });
  });
});

describe('documents that print the appeal route', () => {
  it.each([
    ['notification.ru.docx', 'issue-refused-local-staff', 'ru'],
    ['notification.kk.docx', 'issue-refused-local-staff', 'kk'],
    ['notification.ru.docx', 'issue-partially-approved-quota', 'ru'],
    ['notification.kk.docx', 'issue-partially-approved-quota', 'kk'],
    ['receipt-refusal.ru.docx', 'issue-incomplete', 'ru'],
    ['receipt-refusal.kk.docx', 'issue-incomplete', 'kk'],
  ] as const)('%s of %s prints every route entry in order', async (name, sample, lang) => {
    const lines = (await documentText(name, sample)).split('\n');
    const start = lines.indexOf(routeLines(lang)[0]!);
    expect(start, 'intro line').toBeGreaterThan(0);
    expect(lines.slice(start, start + routeLines(lang).length)).toEqual(routeLines(lang));
  }, 30_000);

  it('leaves it out of an approval notification', async () => {
    const text = await documentText('notification.ru.docx', 'issue-approved');
    expect(text).not.toContain(appealData().intro.ru);
  }, 30_000);

  it('prints an edited route from the data', async () => {
    const root = contentCopy();
    editAppeal(root, (data) => {
      data.route[1].text.ru = 'в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг (через его территориальное подразделение)';
    });
    const text = await documentText('notification.ru.docx', 'issue-refused-local-staff', root);
    expect(text).toContain('в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг (через его территориальное подразделение);');
  }, 30_000);
});

describe('appeal route lint', () => {
  it('reports a route entry without its Kazakh text', () => {
    const root = contentCopy();
    editAppeal(root, (data) => {
      delete data.route[2].text.kk;
    });
    const loaded = loadContent(root);
    expect(loaded.content).toBeUndefined();
    expect(loaded.problems).toEqual([{ severity: 'error', code: 'field.required', file: APPEAL_FILE, pointer: '/route/2/text/kk', params: { field: 'kk' } }]);
  });

  it('reports a repeated route id', () => {
    const root = contentCopy();
    editAppeal(root, (data) => {
      data.route[2].id = 'provider-head';
    });
    const loaded = loadContent(root);
    expect(loaded.problems).toEqual([{ severity: 'error', code: 'content.duplicate-id', file: APPEAL_FILE, pointer: '/route/2/id', params: { id: 'provider-head' } }]);
  });
});
