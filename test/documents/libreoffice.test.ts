/**
 * Opens every sample DOCX in a second program: LibreOffice converts each to PDF headless, and the
 * converted text must still hold every paragraph of the DOCX. The check is skipped where LibreOffice
 * is not installed. `sh scripts/setup.sh --tests`, which `npm test` runs, installs it on Debian.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/bundle/text.js';
import { closeTestEngine, readSample, sampleNames, testEngine } from '../support/engine.js';
import { collapse, pdfText } from '../support/extract.js';
import { hasProgram } from './support.js';

const SOFFICE = hasProgram('soffice');
const scratch = mkdtempSync(join(tmpdir(), 'ruqsat-libreoffice-'));
const inputDir = join(scratch, 'docx');
const outputDir = join(scratch, 'pdf');
/** File name without extension → the DOCX body text, one paragraph per line. */
const texts = new Map<string, string>();

beforeAll(async () => {
  if (!SOFFICE) return;
  mkdirSync(inputDir);
  mkdirSync(outputDir);
  for (const name of sampleNames()) {
    const bundle = await testEngine().bundle(readSample(name), { formats: ['docx'] });
    for (const file of bundle.files) {
      const base = `${name}--${file.kind}.${file.lang}`;
      writeFileSync(join(inputDir, `${base}.docx`), file.bytes);
      texts.set(base, await docxText(file.bytes));
    }
  }
  // One LibreOffice process converts every file. A profile of its own keeps it apart from any
  // LibreOffice the user has open.
  const files = readdirSync(inputDir).map((file) => join(inputDir, file));
  execFileSync('soffice', [`-env:UserInstallation=file://${join(scratch, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outputDir, ...files], { stdio: 'pipe', timeout: 600_000 });
}, 660_000);

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await closeTestEngine();
});

describe.skipIf(!SOFFICE)('sample DOCX files in LibreOffice', () => {
  it('converts every file to PDF', () => {
    expect(texts.size).toBeGreaterThan(0);
    const missing = [...texts.keys()].filter((base) => !existsSync(join(outputDir, `${base}.pdf`)));
    expect(missing).toEqual([]);
  });

  it('keeps every paragraph of every file', () => {
    const lost: string[] = [];
    for (const [base, text] of texts) {
      const path = join(outputDir, `${base}.pdf`);
      if (!existsSync(path)) continue;
      const converted = collapse(pdfText(readFileSync(path)));
      for (const line of text.split('\n')) if (!converted.includes(collapse(line))) lost.push(`${base}: ${line}`);
    }
    expect(lost).toEqual([]);
  }, 120_000);
});
