import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DocumentLang } from '../case/types.js';
import { DOCUMENT_TITLES } from '../documents/titles.js';
import type { RuqsatEngine } from '../engine.js';

const run = promisify(execFile);

/** Resolution of the preview pages: 80 dpi draws an A4 page 662 × 935 pixels. */
const PREVIEW_DPI = 80;

/** One document of the bundle as PNG pages. */
export interface PreviewDocument {
  kind: string;
  lang: DocumentLang;
  title: string;
  /** Each page as a `data:image/png;base64,…` URL. */
  pages: string[];
}

/** Turns a PDF into PNG pages with poppler's pdftoppm (Debian package poppler-utils). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ruqsat-preview-'));
  try {
    await writeFile(join(dir, 'document.pdf'), pdf);
    await run('pdftoppm', ['-png', '-r', String(PREVIEW_DPI), join(dir, 'document.pdf'), join(dir, 'page')]);
    const files = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
    return Promise.all(files.map(async (name) => `data:image/png;base64,${(await readFile(join(dir, name))).toString('base64')}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Renders every document of the case's result in one language as PDF, the same PDF the bundle
 * contains, and returns each as page images.
 */
export async function previewDocuments(engine: RuqsatEngine, input: unknown, lang: DocumentLang): Promise<PreviewDocument[]> {
  const bundle = await engine.bundle(input, { formats: ['pdf'], languages: [lang] });
  const documents: PreviewDocument[] = [];
  for (const file of bundle.files) {
    documents.push({ kind: file.kind, lang: file.lang, title: DOCUMENT_TITLES[file.kind][file.lang], pages: await pdfPages(file.bytes) });
  }
  return documents;
}
