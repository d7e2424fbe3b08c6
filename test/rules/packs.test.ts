import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/types.js';
import { loadContent } from '../../src/content/index.js';
import type { ContentSet } from '../../src/decision/content.js';
import { evaluateCase } from '../../src/decision/evaluate.js';
import { EngineError } from '../../src/errors/problem.js';
import { readSample, ROOT } from '../support/engine.js';

let root: string;
let content: ContentSet;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ruqsat-packs-'));
  for (const folder of ['rules', 'templates', 'schemas']) cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
  cpSync(join(root, 'rules', 'packs', 'kz-2017'), join(root, 'rules', 'packs', 'kz-2020'), { recursive: true });
  cpSync(join(ROOT, 'test', 'fixtures', 'packs', 'kz-2020'), join(root, 'rules', 'packs', 'kz-2020'), { recursive: true });
  const loaded = loadContent(root);
  expect(loaded.problems).toEqual([]);
  content = loaded.content!;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function extensionFiledOn(filedAt: string): Case {
  const data = structuredClone(readSample('extension-approved')) as unknown as Case;
  data.filedAt = filedAt;
  data.previousPermit = { number: 'KZO-2020-00001', issuedOn: '2020-01-10', validFrom: '2020-01-10', validUntil: '2021-01-09', extensions: 0 };
  delete data.events;
  return data;
}

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

describe('rule pack in force on the filing date', () => {
  it('decides a filing of 30 April 2020 by the 2017 pack', async () => {
    const { result } = await evaluateCase(extensionFiledOn('2020-04-30T10:00:00+05:00'), content);

    expect(result.pack.id).toBe('kz-2017');
    expect(result.fee?.items[0]?.rateMrp).toBe(202);
  });

  it('decides a filing of 4 May 2020 by the 2020 pack', async () => {
    const { result } = await evaluateCase(extensionFiledOn('2020-05-04T10:00:00+05:00'), content);

    expect(result.pack.id).toBe('kz-2020');
    expect(result.fee?.items[0]?.rateMrp).toBe(160);
    expect(result.fee?.mrp.value).toBe(2778);
  });

  it('rejects a filing after every pack', async () => {
    const error = await failure(evaluateCase(extensionFiledOn('2023-07-03T10:00:00+05:00'), content));

    expect(error.code).toBe('pack.not-in-force');
    expect(error.params).toEqual({ date: '2023-07-03', pack: 'kz-2017, kz-2020', from: '2017-01-01', until: '2023-06-30' });
  });

  it('replays a case with a pinned pack only within its period', async () => {
    const pinned = await evaluateCase(extensionFiledOn('2020-04-30T10:00:00+05:00'), content, { pack: 'kz-2017' });
    expect(pinned.result.pack.id).toBe('kz-2017');

    const outside = await failure(evaluateCase(extensionFiledOn('2020-05-04T10:00:00+05:00'), content, { pack: 'kz-2017' }));
    expect(outside.code).toBe('pack.not-in-force');

    const unknown = await failure(evaluateCase(extensionFiledOn('2020-05-04T10:00:00+05:00'), content, { pack: 'kz-2099' }));
    expect(unknown.code).toBe('pack.not-found');
  });

  it('reports packs whose periods overlap', () => {
    const overlapping = mkdtempSync(join(tmpdir(), 'ruqsat-overlap-'));
    try {
      cpSync(root, overlapping, { recursive: true });
      cpSync(join(overlapping, 'rules', 'packs', 'kz-2017'), join(overlapping, 'rules', 'packs', 'kz-2019'), { recursive: true });
      const packFile = join(overlapping, 'rules', 'packs', 'kz-2019', 'pack.json');
      const pack = JSON.parse(readFileSync(packFile, 'utf8'));
      pack.id = 'kz-2019';
      pack.validFrom = '2019-01-01';
      writeFileSync(packFile, JSON.stringify(pack));

      const problems = loadContent(overlapping).problems;

      expect(problems.map((problem) => problem.code)).toContain('content.packs-overlap');
    } finally {
      rmSync(overlapping, { recursive: true, force: true });
    }
  });
});
