import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Case, DocumentLang } from '../case/types.js';
import type { ContentSet, ProviderSnapshot } from '../decision/content.js';
import type { CaseResult } from '../decision/result.js';
import { TemplateError } from '../documents/helpers.js';
import { templateFor } from '../documents/templates.js';
import { DOCUMENT_TITLES, FOOTER_LABELS, PAGE_LABELS } from '../documents/titles.js';
import { buildView } from '../documents/view.js';
import { EngineError } from '../errors/problem.js';
import type { DocumentKind, RulePack } from '../pack/types.js';
import { parseMarkup, renderPdf, toDocx, toHtml, type BrowserPool } from '../render/index.js';
import type { DocumentMeta, MarkupDocument } from '../render/types.js';
import { ENGINE_VERSION } from '../version.js';

export type OutputFormat = 'docx' | 'pdf' | 'html';
export const OUTPUT_FORMATS: OutputFormat[] = ['docx', 'pdf', 'html'];

export interface BundleOptions {
  formats: OutputFormat[];
  /** Languages to render; the case's own languages when absent. */
  languages?: DocumentLang[];
}

export interface BundleFile {
  name: string; // <kind>.<lang>.<ext>
  kind: DocumentKind;
  lang: DocumentLang;
  format: OutputFormat;
  bytes: Buffer;
  sha256: string;
}

export interface Manifest {
  engine: { name: 'ruqsat'; version: string };
  caseId: string;
  decision: CaseResult['decision'];
  pack: { id: string; hash: string };
  content: CaseResult['content'];
  files: { name: string; kind: DocumentKind; lang: DocumentLang; format: OutputFormat; bytes: number; sha256: string }[];
}

export interface Renderer {
  pool: BrowserPool;
  stylesheet: Parameters<typeof toHtml>[1];
}

interface Evaluated {
  data: Case;
  result: CaseResult;
  pack: RulePack;
  provider: ProviderSnapshot;
}

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function shortHash(hash: string): string {
  return hash.replace('sha256:', '').slice(0, 12);
}

function documentMeta(evaluated: Evaluated, kind: DocumentKind, lang: DocumentLang, templateHash: string): DocumentMeta {
  const labels = FOOTER_LABELS[lang];
  const { result } = evaluated;
  return {
    title: DOCUMENT_TITLES[kind][lang],
    lang,
    caseId: result.caseId,
    engineVersion: ENGINE_VERSION,
    packId: result.pack.id,
    packHash: result.pack.hash,
    templateHash,
    // The registration moment fixes every date inside the files, so a bundle renders to the same bytes twice.
    createdAt: result.schedule.registeredAt,
    footer: `ruqsat ${ENGINE_VERSION} · ${result.pack.id} ${shortHash(result.pack.hash)} · ${labels.template} ${shortHash(templateHash)} · ${labels.caseLabel} ${result.caseId}`,
    pageLabel: PAGE_LABELS[lang],
  };
}

/** Builds the view of one document language; a value the documents cannot print is a content error. */
function viewFor(content: ContentSet, evaluated: Evaluated, lang: DocumentLang): Record<string, unknown> {
  const provider = { name: evaluated.provider.name[lang], address: evaluated.provider.address[lang], territory: evaluated.provider.territory[lang] };
  try {
    return buildView(evaluated.data, evaluated.result, evaluated.pack, provider, lang, content.appeal);
  } catch (error) {
    if (error instanceof TemplateError) throw new EngineError('content.invalid', { reason: error.message });
    throw error;
  }
}

/** Renders one template to the markup tree; a template or markup fault names the template and line. */
function renderMarkup(content: ContentSet, evaluated: Evaluated, kind: DocumentKind, lang: DocumentLang): { document: MarkupDocument; templateHash: string } {
  const template = templateFor(content.templates, kind, lang);
  if (!template) throw new EngineError('content.invalid', { reason: `templates/${kind}.${lang}.hbs is missing` });
  const view = viewFor(content, evaluated, lang);

  let markup: string;
  try {
    markup = template.render(view);
  } catch (error) {
    // A TemplateError's message names the file (template or partial), line and field itself.
    const reason = error instanceof TemplateError ? error.message : `${template.file}: ${(error as Error).message}`;
    throw new EngineError('content.invalid', { reason });
  }
  const parsed = parseMarkup(markup);
  if (!parsed.document) {
    const first = parsed.problems[0];
    throw new EngineError('content.invalid', { reason: `${template.file}: ${first?.code ?? 'markup'} at rendered line ${first?.line ?? 0}` });
  }
  return { document: parsed.document, templateHash: template.hash };
}

/** Renders every document the result holds, in every requested language and format. */
export async function renderBundle(evaluated: Evaluated, content: ContentSet, renderer: Renderer, options: BundleOptions): Promise<{ files: BundleFile[]; manifest: Manifest }> {
  const languages = options.languages ?? evaluated.data.languages;
  const files: BundleFile[] = [];
  for (const entry of evaluated.result.documents) {
    for (const lang of languages) {
      const { document, templateHash } = renderMarkup(content, evaluated, entry.kind, lang);
      const meta = documentMeta(evaluated, entry.kind, lang, templateHash);
      for (const format of options.formats) {
        const bytes = await renderFormat(format, document, renderer, meta);
        files.push({ name: `${entry.kind}.${lang}.${format}`, kind: entry.kind, lang, format, bytes, sha256: digest(bytes) });
      }
    }
  }

  const manifest: Manifest = {
    engine: { name: 'ruqsat', version: ENGINE_VERSION },
    caseId: evaluated.result.caseId,
    decision: evaluated.result.decision,
    pack: { id: evaluated.result.pack.id, hash: evaluated.result.pack.hash },
    content: evaluated.result.content,
    files: files.map((file) => ({ name: file.name, kind: file.kind, lang: file.lang, format: file.format, bytes: file.bytes.length, sha256: file.sha256 })),
  };
  return { files, manifest };
}

async function renderFormat(format: OutputFormat, document: MarkupDocument, renderer: Renderer, meta: DocumentMeta): Promise<Buffer> {
  if (format === 'docx') return toDocx(document, renderer.stylesheet, meta);
  if (format === 'html') return Buffer.from(toHtml(document, renderer.stylesheet, meta), 'utf8');
  try {
    return await renderPdf(renderer.pool, document, renderer.stylesheet, meta);
  } catch (error) {
    throw new EngineError('render.failed', { document: `${meta.title} (${meta.lang})`, reason: (error as Error).message });
  }
}

/** Packs the files and manifest.json into a ZIP whose entries carry the registration time, not the current time. */
export async function zipBundle(files: BundleFile[], manifest: Manifest, createdAt: string): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(Date.parse(createdAt));
  for (const file of files) zip.file(file.name, file.bytes, { date, binary: true });
  zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n', { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
