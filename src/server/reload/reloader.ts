import { EventEmitter } from 'node:events';
import { loadContent, type ContentProblem } from '../../content/index.js';
import type { RuqsatEngine } from '../../engine.js';
import type { Logger } from '../../log/index.js';
import { contentFingerprint } from './fingerprint.js';
import { ContentWatcher } from './watcher.js';

/** Problems logged one per line for a failed reload; a summary line counts the rest. */
const MAX_LOGGED_PROBLEMS = 50;

export interface ReloadFailure {
  at: string;
  problems: ContentProblem[];
}

export interface ReloadStatus {
  /** Reloads that put a new content set into service. */
  succeeded: number;
  /** Reloads that found errors and kept the previous set. */
  failed: number;
  /** The latest failure, kept until a later reload succeeds or the files match the set in service again. */
  failure: ReloadFailure | undefined;
  lastAttemptAt: string | undefined;
}

export type ReloadOutcome = 'reloaded' | 'failed' | 'unchanged' | 'changing' | 'closed';

export interface ReloaderOptions {
  debounceMs: number;
  logger: Logger;
}

/**
 * Reloads the content when its files change. It waits until the files have been quiet for
 * `debounceMs` and loads the whole set. The new set goes into service only when the load found no
 * error and no file changed while it was read; otherwise the previous set stays in service.
 *
 * Events: `reloaded` (generation), `reload-failed` (ReloadFailure), `unchanged`.
 */
export class ContentReloader extends EventEmitter {
  private readonly watcher: ContentWatcher;
  private servedFingerprint: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReloadOutcome> | undefined;
  private closed = false;
  readonly status: ReloadStatus = { succeeded: 0, failed: 0, failure: undefined, lastAttemptAt: undefined };

  constructor(
    private readonly engine: RuqsatEngine,
    private readonly options: ReloaderOptions,
  ) {
    super();
    this.servedFingerprint = contentFingerprint(engine.content.root);
    this.watcher = new ContentWatcher(engine.content.root, () => this.schedule(), (dir, error) => {
      options.logger.warn({ dir, err: { message: error.message } }, 'content watcher failed; watching the folder again');
    });
  }

  start(): void {
    this.watcher.start();
    this.options.logger.info({ root: this.engine.content.root, debounceMs: this.options.debounceMs }, 'watching content for changes');
  }

  /** Restarts the quiet-time countdown; the reload runs once the files stop changing. */
  schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reloadNow(), this.options.debounceMs);
    this.timer.unref();
  }

  /** Reloads now, after any reload already running; also usable without a watcher. */
  async reloadNow(): Promise<ReloadOutcome> {
    while (this.running) await this.running.catch(() => undefined);
    if (this.closed) return 'closed';
    this.running = Promise.resolve().then(() => this.attempt());
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** Stops watching and waits for a running reload, so no swap happens after shutdown. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher.close();
    await this.running?.catch(() => undefined);
  }

  private attempt(): ReloadOutcome {
    const root = this.engine.content.root;
    this.watcher.sync();
    const before = contentFingerprint(root);
    if (before === this.servedFingerprint) return this.unchanged();

    const started = Date.now();
    const loaded = loadContent(root);
    if (contentFingerprint(root) !== before) {
      // A file changed while it was read: the set may mix old and new files. Try again later.
      this.options.logger.info({ root }, 'content changed during reload; reloading again after the quiet time');
      this.schedule();
      return 'changing';
    }
    this.status.lastAttemptAt = new Date().toISOString();
    if (!loaded.content) return this.fail(loaded.problems);

    this.engine.replaceContent(loaded.content);
    this.servedFingerprint = before;
    this.status.succeeded += 1;
    this.status.failure = undefined;
    const packs = loaded.content.packs.map((pack) => ({ id: pack.id, hash: pack.hash }));
    this.options.logger.info({ generation: this.engine.generation, packs, warnings: loaded.problems.length, durationMs: Date.now() - started }, 'content reloaded');
    this.emit('reloaded', this.engine.generation);
    return 'reloaded';
  }

  /** Clears a failed reload when the files match the set in service again, for example after an edit was undone. */
  private unchanged(): ReloadOutcome {
    if (this.status.failure) {
      this.status.failure = undefined;
      this.options.logger.info({ generation: this.engine.generation }, 'content files match the set in service again');
    }
    this.emit('unchanged', this.engine.generation);
    return 'unchanged';
  }

  private fail(problems: ContentProblem[]): ReloadOutcome {
    const errors = problems.filter((problem) => problem.severity === 'error');
    this.status.failed += 1;
    this.status.failure = { at: this.status.lastAttemptAt ?? new Date().toISOString(), problems: errors };
    for (const problem of errors.slice(0, MAX_LOGGED_PROBLEMS)) {
      const { file, pointer, line, column, code } = problem;
      this.options.logger.warn({ file, pointer, line, column, code }, 'content problem');
    }
    this.options.logger.error(
      { errors: errors.length, unlogged: Math.max(0, errors.length - MAX_LOGGED_PROBLEMS), generation: this.engine.generation },
      'content reload failed; the previous content set stays in service',
    );
    this.emit('reload-failed', this.status.failure);
    return 'failed';
  }
}
