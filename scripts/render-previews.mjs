// Renders the first page of every document kind, in Russian and Kazakh, from the samples to
// docs/ru/images/<kind>.<lang>.png with poppler's pdftoppm, for the template guide
// (docs/ru/templates.md). Run it through `npm run previews`, which builds dist/ first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuqsatEngine, loadConfig } from '../dist/index.js';

const OUTPUT_DIR = join('docs', 'ru', 'images');
const KINDS = ['application', 'receipt', 'receipt-refusal', 'notification', 'permit', 'ict-order'];
const LANGUAGES = ['ru', 'kk'];
/** Width of a preview in pixels. An A4 page is then 990 pixels high. */
const WIDTH_PX = 700;

// The sample each kind is shown from: the one whose document has the most to show. A kind whose
// sample is gone or no longer has that document falls back to the first sample that has it.
const PREFERRED_SAMPLE = {
  application: 'issue-approved',
  receipt: 'issue-approved',
  'receipt-refusal': 'issue-incomplete',
  notification: 'issue-partially-approved-quota',
  permit: 'extension-approved',
  'ict-order': 'ict-issue-approved',
};

function readCase(name) {
  return JSON.parse(readFileSync(join('samples', name, 'case.json'), 'utf8'));
}

/** Orders the samples so that the preferred one for a kind is tried first. */
function candidates(kind, names) {
  const preferred = PREFERRED_SAMPLE[kind];
  return names.includes(preferred) ? [preferred, ...names.filter((name) => name !== preferred)] : names;
}

/** Writes the first page of a PDF as <kind>.<lang>.png. pdftoppm adds the extension itself. */
function writeFirstPage(pdf, kind, lang, scratch) {
  const pdfPath = join(scratch, `${kind}.${lang}.pdf`);
  writeFileSync(pdfPath, pdf);
  const target = join(OUTPUT_DIR, `${kind}.${lang}`);
  execFileSync('pdftoppm', ['-png', '-f', '1', '-l', '1', '-singlefile', '-scale-to-x', String(WIDTH_PX), '-scale-to-y', '-1', pdfPath, target]);
  return `${target}.png`;
}

async function renderPreview(engine, kind, lang, names, scratch) {
  for (const name of candidates(kind, names)) {
    const input = readCase(name);
    if (!input.languages.includes(lang)) continue;
    const result = await engine.evaluate(input);
    if (!result.documents.some((document) => document.kind === kind)) continue;
    const bundle = await engine.bundle(input, { formats: ['pdf'], languages: [lang] });
    const file = bundle.files.find((entry) => entry.kind === kind);
    return { sample: name, png: writeFirstPage(file.bytes, kind, lang, scratch) };
  }
  return undefined;
}

const engine = RuqsatEngine.load(loadConfig(process.env, { logLevel: 'silent' }));
const scratch = mkdtempSync(join(tmpdir(), 'ruqsat-previews-'));
let missing = 0;
try {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const names = readdirSync('samples').filter((name) => !name.startsWith('.')).sort();
  for (const kind of KINDS) {
    for (const lang of LANGUAGES) {
      const preview = await renderPreview(engine, kind, lang, names, scratch);
      if (preview) {
        console.log(`${preview.png}: first page of ${kind}.${lang} from samples/${preview.sample}`);
      } else {
        console.error(`no preview of ${kind}.${lang} written: no sample has that document; add a sample that produces it`);
        missing += 1;
      }
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await engine.close();
}
process.exitCode = missing > 0 ? 1 : 0;
