import { renderBundle, zipBundle, type BundleFile, type BundleOptions, type Manifest } from './bundle/index.js';
import type { Config } from './config/index.js';
import { loadContent, type ContentProblem } from './content/index.js';
import type { ContentSet } from './decision/content.js';
import { evaluateCase, type EvaluateOptions } from './decision/evaluate.js';
import type { CaseResult } from './decision/result.js';
import { BrowserPool } from './render/index.js';

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

/**
 * The engine as the CLI, the HTTP API and library users see it: the content in service plus one
 * browser pool. `reload` replaces `content` whole, and a call keeps the set it started with.
 */
export class RuqsatEngine {
  private current: ContentSet;
  readonly pool: BrowserPool;

  private constructor(content: ContentSet, pool: BrowserPool) {
    this.current = content;
    this.pool = pool;
  }

  static load(config: Pick<Config, 'contentRoot' | 'chromiumPath' | 'pdfPages' | 'renderTimeoutMs' | 'browserRecycleAfter'>): RuqsatEngine {
    const loaded = loadContent(config.contentRoot);
    if (!loaded.content) throw new ContentLoadError(loaded.problems);
    const pool = new BrowserPool({
      executablePath: config.chromiumPath,
      pages: config.pdfPages,
      renderTimeoutMs: config.renderTimeoutMs,
      recycleAfter: config.browserRecycleAfter,
    });
    return new RuqsatEngine(loaded.content, pool);
  }

  get content(): ContentSet {
    return this.current;
  }

  /** Loads the content again and swaps it in only if it has no error; returns the problems either way. */
  reload(): ContentProblem[] {
    const loaded = loadContent(this.current.root);
    if (loaded.content) this.current = loaded.content;
    return loaded.problems;
  }

  async evaluate(input: unknown, options: EvaluateOptions = {}): Promise<CaseResult> {
    return (await evaluateCase(input, this.current, options)).result;
  }

  async bundle(input: unknown, options: EvaluateOptions & BundleOptions): Promise<Bundle> {
    const content = this.current;
    const evaluated = await evaluateCase(input, content, options);
    const rendered = await renderBundle(evaluated, content, { pool: this.pool, stylesheet: content.stylesheet }, options);
    return { result: evaluated.result, ...rendered };
  }

  async zip(bundle: Bundle): Promise<Buffer> {
    return zipBundle(bundle.files, bundle.manifest, bundle.result.schedule.registeredAt);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
