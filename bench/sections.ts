import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import { Engine } from 'json-rules-engine';
import { PDFDocument } from 'pdf-lib';
import PizZip from 'pizzip';
import puppeteer, { type PDFOptions } from 'puppeteer-core';
import type { DocumentLang } from '../src/case/types.js';
import { validateCase } from '../src/case/validate.js';
import { loadConfig } from '../src/config/index.js';
import type { CaseResult } from '../src/decision/result.js';
import { DOCUMENT_TITLES } from '../src/documents/titles.js';
import { RuqsatEngine } from '../src/engine.js';
import { packInForce } from '../src/pack/load.js';
import type { RulePack } from '../src/pack/types.js';
import { CHROMIUM_ARGS } from '../src/render/pdf/launch.js';
import type { PdfPageOptions } from '../src/render/index.js';
import { deriveCaseFacts, deriveWorkerFacts, type FactValues } from '../src/rules/facts.js';
import { groundSet } from '../src/rules/grounds.js';
import { buildTemplate } from './docx-template.js';
import { ROOT } from './root.js';
import { measure, summarize, type Summary } from './stats.js';

export { ROOT };
export const TEMPLATE_FILE = join(ROOT, 'bench', 'fixtures', 'notification-template.docx');

/** Iteration counts of one run; `--quick` divides them by ten for a smoke run of the bench itself. */
export interface Counts {
  evaluate: number;
  rules: number;
  docx: number;
  pdf: number;
}

export const FULL_COUNTS: Counts = { evaluate: 3000, rules: 3000, docx: 200, pdf: 40 };

export interface SectionOptions {
  sample: string;
  counts: Counts;
  /** Concurrent bundles in the throughput runs of the PDF sections: the pool's page count. */
  pdfConcurrency: number;
}

/** One row of the table: a measured series and the figures that explain it. */
export interface SectionRow {
  id: string;
  label: string;
  concurrency: number;
  summary: Summary;
  /** Figures that explain the row: page counts, the time spent in Chromium, and the like. */
  details: Record<string, number>;
}

export function readSample(name: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'samples', name, 'case.json'), 'utf8'));
}

function loadEngine(): RuqsatEngine {
  return RuqsatEngine.load(loadConfig({}, { contentRoot: ROOT, logLevel: 'silent' }));
}

async function warm(times: number, operation: () => Promise<unknown>): Promise<void> {
  for (let run = 0; run < times; run++) await operation();
}

async function row(id: string, label: string, count: number, concurrency: number, operation: () => Promise<unknown>, details: Record<string, number> = {}): Promise<SectionRow> {
  const { latenciesMs, wallMs } = await measure(count, concurrency, operation);
  return { id, label, concurrency, summary: summarize(latenciesMs, wallMs), details };
}

/** Measures case evaluation in process: validation, pack selection, documents, grounds, schedule, fee. */
async function evaluateSection(options: SectionOptions): Promise<SectionRow[]> {
  const engine = loadEngine();
  const input = readSample(options.sample);
  await warm(300, () => engine.evaluate(input));
  const result = await row('evaluate', 'evaluate, in process', options.counts.evaluate, 1, () => engine.evaluate(input));
  await engine.close();
  return [result];
}

interface RuleInputs {
  pack: RulePack;
  caseFacts: FactValues;
  workerFacts: FactValues[];
  procedure: Parameters<typeof groundSet>[1];
}

/** Derives the facts of the sample once, as the pipeline does, so both rule runs get the same input. */
function ruleInputs(engine: RuqsatEngine, input: unknown): RuleInputs {
  const data = validateCase(input);
  const content = engine.content;
  const filedOn = content.clock(data.provider.profile)!.localDate(data.filedAt);
  const pack = packInForce(content.packs, filedOn)!;
  const caseFacts = deriveCaseFacts(data, filedOn);
  const workerFacts = data.workers.map((worker) => ({ ...caseFacts, ...deriveWorkerFacts(data, worker) }));
  return { pack, caseFacts, workerFacts, procedure: data.procedure };
}

/**
 * Measures the rules alone, twice on the same facts: through ruqsat's GroundSet (which also builds
 * the trace of every compared fact), and through a bare json-rules-engine Engine with the same
 * conditions, its default options and its default path resolver.
 */
async function rulesSection(options: SectionOptions): Promise<SectionRow[]> {
  const engine = loadEngine();
  const inputs = ruleInputs(engine, readSample(options.sample));
  const scopes = ['case', 'worker'] as const;
  const ours = Object.fromEntries(scopes.map((scope) => [scope, groundSet(inputs.pack, inputs.procedure, scope)]));
  const raw = Object.fromEntries(
    scopes.map((scope) => {
      const bare = new Engine();
      for (const ground of inputs.pack.grounds.filter((candidate) => candidate.scope === scope && candidate.procedures.includes(inputs.procedure))) {
        bare.addRule({ name: ground.id, conditions: ground.conditions as never, event: { type: ground.id } });
      }
      return [scope, bare];
    }),
  );
  const grounds = inputs.pack.grounds.filter((ground) => ground.procedures.includes(inputs.procedure)).length;

  const runOurs = async (): Promise<void> => {
    await ours.case!.evaluate(inputs.caseFacts);
    for (const facts of inputs.workerFacts) await ours.worker!.evaluate(facts, 'w');
  };
  const runRaw = async (): Promise<void> => {
    await raw.case!.run(inputs.caseFacts);
    for (const facts of inputs.workerFacts) await raw.worker!.run(facts);
  };
  await warm(300, runOurs);
  await warm(300, runRaw);
  const details = { grounds, workers: inputs.workerFacts.length };
  const rows = [
    await row('rules-ours', 'grounds only, ruqsat GroundSet', options.counts.rules, 1, runOurs, details),
    await row('rules-raw', 'peer: bare json-rules-engine 7.3.1', options.counts.rules, 1, runRaw, details),
  ];
  await engine.close();
  return rows;
}

/** Measures the DOCX bundle of the sample: evaluation and every document in every language of the case. */
async function docxSection(options: SectionOptions): Promise<SectionRow[]> {
  const engine = loadEngine();
  const input = readSample(options.sample);
  const first = await engine.bundle(input, { formats: ['docx'] });
  await warm(20, () => engine.bundle(input, { formats: ['docx'] }));
  const result = await row('docx-bundle', 'DOCX bundle', options.counts.docx, 1, () => engine.bundle(input, { formats: ['docx'] }), { documents: first.files.length });
  await engine.close();
  return [result];
}

/** Loads the docxtemplater template, building it first when the file is missing. */
export async function templateBytes(): Promise<Buffer> {
  if (!existsSync(TEMPLATE_FILE)) {
    mkdirSync(dirname(TEMPLATE_FILE), { recursive: true });
    writeFileSync(TEMPLATE_FILE, await buildTemplate());
  }
  return readFileSync(TEMPLATE_FILE);
}

/** Builds the data docxtemplater fills in for one document: the values a ruqsat notification shows. */
function templateData(input: Record<string, unknown>, result: CaseResult, kind: keyof typeof DOCUMENT_TITLES, lang: DocumentLang): Record<string, unknown> {
  const employer = input.employer as { name: string; address: string; bin: string };
  const provider = input.provider as { head: { name: string; position: string }; executor: { name: string } };
  const fee = result.fee;
  return {
    providerName: result.provider.name[lang],
    providerTerritory: result.provider.id,
    caseId: result.caseId,
    employerName: employer.name,
    employerAddress: employer.address,
    title: DOCUMENT_TITLES[kind][lang],
    intro: `Рассмотрев заявление ${employer.name} (БИН ${employer.bin}) от ${result.schedule.registeredAt} № ${result.caseId} о выдаче разрешения на привлечение иностранной рабочей силы, с учётом рекомендации комиссии по выдаче разрешений, услугодатель сообщает о принятом решении.`,
    workersLead: 'Разрешение выдаётся в отношении следующих иностранных работников:',
    workers: result.workers.map((worker, index) => ({
      number: index + 1,
      name: worker.name,
      citizenship: 'CN',
      position: worker.position,
      category: worker.category,
      term: `${worker.term?.months ?? 0} мес.`,
    })),
    feeText: `Сбор за выдачу разрешения составляет ${fee?.amount ?? 0} (${fee?.words[lang] ?? ''}), исходя из месячного расчётного показателя ${fee?.mrp.value ?? 0} тенге, действующего на ${fee?.mrpDate ?? ''}.`,
    fees: (fee?.items ?? []).map((item) => ({ name: item.worker, category: item.category, rate: item.rateMrp, amount: item.amount })),
    deadlineText: `Копии документов, подтверждающих уплату сбора, необходимо представить услугодателю не позднее ${fee?.payBy ?? ''}. При непредставлении в указанный срок разрешение не выдаётся.`,
    headPosition: provider.head.position,
    headName: provider.head.name,
    executorLine: `Исполнитель: ${provider.executor.name}`,
    provenance: `ruqsat · ${result.pack.id} · ${result.caseId}`,
  };
}

/**
 * Measures the peer of the DOCX bundle: docxtemplater 3.71.1 fills the template once per document
 * of the same bundle (same kinds and languages) and writes each DOCX with DEFLATE, as ruqsat does.
 */
async function docxtemplaterSection(options: SectionOptions): Promise<SectionRow[]> {
  const engine = loadEngine();
  const input = readSample(options.sample) as Record<string, unknown>;
  const result = await engine.evaluate(input);
  await engine.close();
  const template = await templateBytes();
  const documents = result.documents.flatMap((document) => document.languages.map((lang) => templateData(input, result, document.kind, lang)));

  const fillAll = async (): Promise<void> => {
    for (const data of documents) {
      const filled = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
      filled.render(data);
      filled.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
    }
  };
  await warm(20, fillAll);
  return [await row('docxtemplater', 'peer: docxtemplater 3.71.1, same documents', options.counts.docx, 1, fillAll, { documents: documents.length })];
}

async function pageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

/**
 * Measures the PDF bundle with a warm browser pool, one bundle at a time and then `pdfConcurrency`
 * at once. `chromiumShare` is the part of the time spent inside the pool (Chromium printing). The
 * rest is evaluation, templates, markup, HTML and the metadata stamp.
 */
async function pdfSection(options: SectionOptions): Promise<SectionRow[]> {
  const engine = RuqsatEngine.load(loadConfig({}, { contentRoot: ROOT, logLevel: 'silent', pdfPages: options.pdfConcurrency }));
  const input = readSample(options.sample);
  const first = await engine.bundle(input, { formats: ['pdf'] });
  let pages = 0;
  for (const file of first.files) pages += await pageCount(file.bytes);

  const pool = engine.pool;
  const print = pool.pdf.bind(pool);
  let chromiumMs = 0;
  pool.pdf = async (html: string, pageOptions: PdfPageOptions): Promise<Uint8Array> => {
    const started = performance.now();
    try {
      return await print(html, pageOptions);
    } finally {
      chromiumMs += performance.now() - started;
    }
  };
  const bundle = (): Promise<unknown> => engine.bundle(input, { formats: ['pdf'] });
  await warm(5, bundle);

  chromiumMs = 0;
  const sequential = await row('pdf-bundle', 'PDF bundle, warm pool', options.counts.pdf, 1, bundle, { documents: first.files.length, pages });
  sequential.details.chromiumShare = chromiumMs / sequential.summary.count / sequential.summary.medianMs;
  const concurrent = await row('pdf-bundle-concurrent', `PDF bundle, ${options.pdfConcurrency} at once`, options.counts.pdf, options.pdfConcurrency, bundle, { documents: first.files.length, pages });
  await engine.close();
  return [sequential, concurrent];
}

const INLINED_FACE = /@font-face\{font-family:([^;]+);font-weight:(\d+);font-style:(\w+);src:url\(data:[^)]*\) format\("truetype"\);\}/g;

/**
 * Rewrites the `@font-face` rules that inline a font as a `data:` URL to read the stylesheet's
 * font file instead, matching the face by weight and style. The rules' form is the one
 * src/render/html/fonts.ts writes; HTML in another form comes back unchanged.
 */
function withFontFiles(html: string): string {
  const faces = loadStylesheetFaces();
  return html.replace(INLINED_FACE, (_rule, family: string, weight: string, style: string) => {
    const italic = style === 'italic';
    let face: keyof typeof faces = italic ? 'italic' : 'regular';
    if (weight === '700') face = italic ? 'boldItalic' : 'bold';
    return `@font-face{font-family:${family};font-weight:${weight};font-style:${style};src:url(file://${faces[face]}) format("truetype");}`;
  });
}

/** Drops the inlined faces of the footer template, which then uses the installed font of the same family. */
function withoutFontFaces(footer: string): string {
  return footer.replace(INLINED_FACE, '');
}

function loadStylesheetFaces(): Record<'regular' | 'bold' | 'italic' | 'boldItalic', string> {
  const style = JSON.parse(readFileSync(join(ROOT, 'templates', 'style.json'), 'utf8')) as { fonts: { pdf: { faces: Record<'regular' | 'bold' | 'italic' | 'boldItalic', string> } } };
  return style.fonts.pdf.faces;
}

/**
 * Measures the floor for PDF: the same HTML and page.pdf options that ruqsat hands to Chromium, printed by
 * puppeteer-core on plain pages of one browser with the same launch flags. Nothing else runs: no
 * request interception, no font wait, no metadata stamp, no pool. A third row prints the same
 * documents with the fonts read from files (see withFontFiles), to show what inlining them costs.
 */
async function chromiumFloorSection(options: SectionOptions): Promise<SectionRow[]> {
  const engine = loadEngine();
  const input = readSample(options.sample);
  const captured: { html: string; options: PdfPageOptions }[] = [];
  const pool = engine.pool;
  const print = pool.pdf.bind(pool);
  pool.pdf = (html: string, pageOptions: PdfPageOptions): Promise<Uint8Array> => {
    captured.push({ html, options: pageOptions });
    return print(html, pageOptions);
  };
  const first = await engine.bundle(input, { formats: ['pdf'] });
  let pages = 0;
  for (const file of first.files) pages += await pageCount(file.bytes);
  await engine.close();

  const { chromiumPath } = loadConfig({}, { contentRoot: ROOT });
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: 'shell', pipe: true, args: [...CHROMIUM_ARGS] });
  try {
    const pagesOpen = await Promise.all(Array.from({ length: options.pdfConcurrency }, () => browser.newPage()));
    const idle = [...pagesOpen];
    const printBundle = async (): Promise<void> => {
      const page = idle.pop()!;
      try {
        for (const document of captured) {
          await page.setContent(document.html, { waitUntil: 'load' });
          const pdfOptions: PDFOptions = {
            format: 'A4',
            margin: document.options.margin,
            printBackground: true,
            displayHeaderFooter: document.options.footerTemplate !== undefined,
            headerTemplate: '<span></span>',
            footerTemplate: document.options.footerTemplate ?? '<span></span>',
          };
          await page.pdf(pdfOptions);
        }
      } finally {
        idle.push(page);
      }
    };
    await warm(5, printBundle);
    const details = { documents: captured.length, pages };
    const rows = [
      await row('chromium-floor', 'peer: Chromium page.pdf, same HTML', options.counts.pdf, 1, printBundle, details),
      await row('chromium-floor-concurrent', `peer: Chromium page.pdf, ${options.pdfConcurrency} at once`, options.counts.pdf, options.pdfConcurrency, printBundle, details),
    ];

    // What-if: the same documents with the fonts read from their files instead of inlined.
    const inlined = captured.map((document) => ({ ...document }));
    const replaced = captured.reduce((count, document) => count + (withFontFiles(document.html) === document.html ? 0 : 1), 0);
    if (replaced === captured.length) {
      captured.splice(0, captured.length, ...inlined.map((document) => ({ html: withFontFiles(document.html), options: { ...document.options, ...(document.options.footerTemplate === undefined ? {} : { footerTemplate: withoutFontFaces(document.options.footerTemplate) }) } })));
      await warm(5, printBundle);
      rows.push(await row('chromium-floor-font-files', 'what-if: Chromium page.pdf, fonts from files', options.counts.pdf, 1, printBundle, details));
    }
    return rows;
  } finally {
    await browser.close();
  }
}

export const SECTIONS: Record<string, (options: SectionOptions) => Promise<SectionRow[]>> = {
  evaluate: evaluateSection,
  rules: rulesSection,
  docx: docxSection,
  docxtemplater: docxtemplaterSection,
  pdf: pdfSection,
  'chromium-floor': chromiumFloorSection,
};
