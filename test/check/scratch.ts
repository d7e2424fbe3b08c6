import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { RuqsatEngine } from '../../src/engine.js';
import type { CheckIo } from '../../src/cli/check.js';
import type { Streams } from '../../src/cli/output.js';
import { ROOT } from '../support/engine.js';
import { docxText, withoutProvenance } from '../support/extract.js';

/**
 * Copies the content (rules, templates, schemas) and the named samples into a new temporary
 * folder. With `refresh`, the samples' expected files are written anew from the engine, so a test
 * of `check` itself starts from matching samples whatever the templates contain today.
 */
export async function scratchCopy(samples: string[], options: { refresh: boolean } = { refresh: true }): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'ruqsat-check-'));
  for (const folder of ['rules', 'templates', 'schemas']) cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
  if (!options.refresh) {
    for (const name of samples) cpSync(join(ROOT, 'samples', name), join(root, 'samples', name), { recursive: true });
    return root;
  }
  const engine = engineFor(root)();
  try {
    for (const name of samples) await writeSample(engine, root, name);
  } finally {
    await engine.close();
  }
  return root;
}

async function writeSample(engine: RuqsatEngine, root: string, name: string): Promise<void> {
  const dir = join(root, 'samples', name);
  cpSync(join(ROOT, 'samples', name, 'case.json'), join(dir, 'case.json'));
  const bundle = await engine.bundle(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')), { formats: ['docx'] });
  const { result } = bundle;
  const schedule = { registeredAt: result.schedule.registeredAt, steps: result.schedule.steps.map((step) => ({ id: step.id, due: step.due, status: step.status })) };
  const expected = { caseId: result.caseId, decision: result.decision, workers: result.workers, grounds: result.grounds, missingDocuments: result.missingDocuments, fee: result.fee, documents: result.documents, warnings: result.warnings, schedule };
  cpSync(join(ROOT, 'samples', name, 'expected'), join(dir, 'expected'), { recursive: true });
  for (const file of readdirSync(join(dir, 'expected'))) rmSync(join(dir, 'expected', file));
  writeFileSync(join(dir, 'expected', 'result.json'), JSON.stringify(expected, null, 2) + '\n');
  for (const file of bundle.files) writeFileSync(join(dir, 'expected', `${file.kind}.${file.lang}.txt`), withoutProvenance(await docxText(file.bytes)) + '\n');
}

export function removeScratch(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export function engineFor(root: string): () => RuqsatEngine {
  return () => RuqsatEngine.load(loadConfig(process.env, { contentRoot: root, logLevel: 'silent' }));
}

/** Streams that keep what the command prints, stdout and stderr apart. */
export function capture(): Streams & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(...text.split('\n')), err: (text) => stderr.push(...text.split('\n')) };
}

/** Builds a terminal that records what is written to it; `isTTY` decides whether the progress bar draws. */
export function fakeIo(isTTY: boolean, answer?: boolean): CheckIo & { written: string[]; questions: string[] } {
  const written: string[] = [];
  const questions: string[] = [];
  const io: CheckIo & { written: string[]; questions: string[] } = { written, questions, terminal: { isTTY, columns: 100, write: (text) => written.push(text) } };
  if (answer !== undefined) {
    io.confirm = async (question) => {
      questions.push(question);
      return answer;
    };
  }
  return io;
}
