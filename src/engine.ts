import { renderBundle, zipBundle, type BundleFile, type BundleOptions, type Manifest } from './bundle/index.js';
import type { Config } from './config/index.js';
import { loadContent, type ContentProblem } from './content/index.js';
import type { ContentSet } from './decision/content.js';
import { evaluateCase, type EvaluateOptions } from './decision/evaluate.js';
import type { CaseResult } from './decision/result.js';
import { BrowserPool, RenderError, type BrowserPoolOptions, type PdfPageOptions, type PoolLogger } from './render/index.js';

/** Raised when the content on disk has errors; it carries every problem found. */
export class ContentLoadError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`content has ${problems.length} problem(s)`);
    this.name = 'ContentLoadError';
  }
}

export interface Bundle {
  result: CaseResult;
  files: BundleFile[];
  manifest: Manifest;
}

/** Outcome of the latest PDF render, from which a readiness check judges whether Chromium works. */
export interface PdfOutcome {
  ok: boolean;
  /** Time of the outcome, ms since the epoch. */
  at: number;
  /** RenderError code of a failure, or `error` for any other exception. */
  code?: string;
  reason?: string;
}

/** A browser pool that remembers how its latest render ended. */
class ObservedPool extends BrowserPool {
  last: PdfOutcome | undefined;

  override async pdf(html: string, options: PdfPageOptions): Promise<Uint8Array> {
    try {
      const pdf = await super.pdf(html, options);
      this.last = { ok: true, at: Date.now() };
      return pdf;
    } catch (error) {
      const code = error instanceof RenderError ? error.code : 'error';
      this.last = { ok: false, at: Date.now(), code, reason: (error as Error).message };
      throw error;
    }
  }
}

export type EngineConfig = Pick<Config, 'contentRoot' | 'chromiumPath' | 'pdfPages' | 'renderTimeoutMs' | 'browserRecycleAfter'>;

export interface EngineOptions {
  /** Receives the browser pool's events (Chromium starts, crashes, recycling). */
  logger?: PoolLogger;
}

/**
 * The engine as the CLI, the HTTP API and library users see it: the content in service plus one
 * browser pool. `reload` and `replaceContent` swap `content` whole, and a call keeps the set it
 * started with (or the set passed to it).
 */
export class RuqsatEngine {
  private current: ContentSet;
  private generationCount = 1;
  private loadedAt = new Date();
  readonly pool: BrowserPool;

  private constructor(content: ContentSet, pool: BrowserPool) {
    this.current = content;
    this.pool = pool;
  }

  static load(config: EngineConfig, options: EngineOptions = {}): RuqsatEngine {
    const loaded = loadContent(config.contentRoot);
    if (!loaded.content) throw new ContentLoadError(loaded.problems);
    const poolOptions: BrowserPoolOptions = {
      executablePath: config.chromiumPath,
      pages: config.pdfPages,
      renderTimeoutMs: config.renderTimeoutMs,
      recycleAfter: config.browserRecycleAfter,
    };
    if (options.logger) poolOptions.logger = options.logger;
    return new RuqsatEngine(loaded.content, new ObservedPool(poolOptions));
  }

  get content(): ContentSet {
    return this.current;
  }

  /** Number of the content set in service: 1 at load, one more at every swap. */
  get generation(): number {
    return this.generationCount;
  }

  /** Time the content set in service was put into service. */
  get contentLoadedAt(): Date {
    return this.loadedAt;
  }

  /** Outcome of the latest PDF render, or undefined before the first one. */
  get lastPdfOutcome(): PdfOutcome | undefined {
    return this.pool instanceof ObservedPool ? this.pool.last : undefined;
  }

  /**
   * Puts a loaded content set into service in one assignment, so every later call uses all of the
   * new set and none of the old one.
   */
  replaceContent(content: ContentSet): void {
    this.current = content;
    this.generationCount += 1;
    this.loadedAt = new Date();
  }

  /** Loads the content again and swaps it in only if it has no error; returns the problems either way. */
  reload(): ContentProblem[] {
    const loaded = loadContent(this.current.root);
    if (loaded.content) this.replaceContent(loaded.content);
    return loaded.problems;
  }

  async evaluate(input: unknown, options: EvaluateOptions = {}, content: ContentSet = this.current): Promise<CaseResult> {
    return (await evaluateCase(input, content, options)).result;
  }

  async bundle(input: unknown, options: EvaluateOptions & BundleOptions, content: ContentSet = this.current): Promise<Bundle> {
    const evaluated = await evaluateCase(input, content, options);
    const rendered = await renderBundle(evaluated, content, { pool: this.pool, stylesheet: content.stylesheet }, options);
    return { result: evaluated.result, ...rendered };
  }

  async zip(bundle: Bundle): Promise<Buffer> {
    return zipBundle(bundle.files, bundle.manifest, bundle.result.schedule.registeredAt);
  }

  /** Waits for running PDF renders, rejects waiting ones and ends Chromium. */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
