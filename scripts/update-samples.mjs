// Rewrites samples/<name>/expected/ from the engine's current output: the decision fields of the
// result and the text of every document. Review the diff by hand before committing: the expected
// files are the testers' statement of what is right, not a snapshot to accept blindly.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuqsatEngine, loadConfig } from '../dist/index.js';
import { docxText } from '../dist/bundle/text.js';

const FIELDS = ['caseId', 'decision', 'workers', 'missingDocuments', 'fee', 'documents', 'warnings'];

const engine = RuqsatEngine.load(loadConfig(process.env, { logLevel: 'silent' }));
try {
  for (const name of readdirSync('samples').sort()) {
    const input = JSON.parse(readFileSync(join('samples', name, 'case.json'), 'utf8'));
    const bundle = await engine.bundle(input, { formats: ['docx'] });
    const dir = join('samples', name, 'expected');
    mkdirSync(dir, { recursive: true });
    const expected = Object.fromEntries(FIELDS.map((field) => [field, bundle.result[field]]));
    expected.schedule = { registeredAt: bundle.result.schedule.registeredAt, steps: bundle.result.schedule.steps.map((step) => ({ id: step.id, due: step.due, status: step.status })) };
    writeFileSync(join(dir, 'result.json'), JSON.stringify(expected, null, 2) + '\n');
    for (const file of bundle.files) writeFileSync(join(dir, `${file.kind}.${file.lang}.txt`), (await docxText(file.bytes)) + '\n');
    console.log(`${name}: ${bundle.result.decision}, ${bundle.files.length} documents`);
  }
} finally {
  await engine.close();
}
