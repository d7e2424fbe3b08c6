import { BrowserInstance } from './browser-instance.js';
import { withDeadline } from './deadline.js';
import { RenderError } from './errors.js';
import { launchChromium } from './launch.js';
import { SILENT_LOGGER, type PoolLogger } from './logger.js';
import type { PageSlot } from './page-slot.js';
import { printPage, type PdfPageOptions } from './render-page.js';
import { RenderTurns } from './turns.js';

export interface BrowserPoolOptions {
  /** Chromium binary; Debian's headless shell by default. */
  executablePath?: string;
  /** Renders that run at once, each on its own page of the one browser. Default 2. */
  pages?: number;
  /** Renders that may wait for a page; one more fails with `render.queue-full`. Default 100. */
  maxQueue?: number;
  /** Time limit of one render, from taking a page to the finished PDF, in milliseconds. Default 30 000. */
  renderTimeoutMs?: number;
  /** Renders after which the browser is replaced by a fresh one, to bound its memory. Default 500. */
  recycleAfter?: number;
  /** Time limit of a Chromium start, in milliseconds. Default 30 000. */
  launchTimeoutMs?: number;
  /** Time `close()` gives Chromium to exit before killing it, in milliseconds. Default 5 000. */
  closeTimeoutMs?: number;
  logger?: PoolLogger;
}

type Settings = Required<Omit<BrowserPoolOptions, 'logger'>>;

const DEFAULTS: Settings = {
  executablePath: '/usr/bin/chromium-headless-shell',
  pages: 2,
  maxQueue: 100,
  renderTimeoutMs: 30_000,
  recycleAfter: 500,
  launchTimeoutMs: 30_000,
  closeTimeoutMs: 5_000,
};

/**
 * Prints HTML to PDF with one Chromium per pool, started on first use. Up to `pages` renders run
 * at once, and further renders wait in a queue. A browser that crashes is replaced on the next
 * render, and a render that failed because of the crash is tried once more. After `recycleAfter`
 * renders the browser is replaced as well. `close()` waits for running renders and ends every
 * Chromium process. Create one pool per process.
 */
export class BrowserPool {
  private readonly settings: Settings;
  private readonly logger: PoolLogger;
  private current: Promise<BrowserInstance> | undefined;
  private currentInstance: BrowserInstance | undefined;
  private readonly instances = new Set<BrowserInstance>();
  private readonly retiring = new Set<Promise<void>>();
  private readonly turns: RenderTurns;
  private closed = false;
  private closing: Promise<void> | undefined;
  private launches = 0;

  constructor(options: BrowserPoolOptions = {}) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    this.settings = { ...DEFAULTS, ...defined } as Settings;
    this.logger = options.logger ?? SILENT_LOGGER;
    checkSettings(this.settings);
    this.turns = new RenderTurns(this.settings.pages, this.settings.maxQueue);
  }

  /**
   * Process id of the running browser's executable, if one runs. Its process group contains every
   * Chromium process of the pool.
   */
  get pid(): number | undefined {
    return this.currentInstance?.disconnected === false ? this.currentInstance.pid : undefined;
  }

  /** Prints a standalone HTML page to an A4 PDF. */
  async pdf(html: string, options: PdfPageOptions): Promise<Uint8Array> {
    try {
      return await this.renderOnce(html, options);
    } catch (error) {
      if (!(error instanceof RenderError && error.code === 'render.browser-crashed') || this.closed) throw error;
      this.logger.warn({ reason: error.params.reason }, 'PDF render failed because Chromium exited; retrying once on a new browser');
      return this.renderOnce(html, options);
    }
  }

  /** Waits for running renders, rejects waiting ones and ends every Chromium process. */
  close(): Promise<void> {
    this.closing ??= this.closeAll();
    return this.closing;
  }

  private async renderOnce(html: string, options: PdfPageOptions): Promise<Uint8Array> {
    if (this.closed) throw new RenderError('render.pool-closed');
    await this.turns.acquire();
    try {
      const instance = await this.instance();
      return await this.renderOn(instance, html, options);
    } finally {
      this.turns.release();
    }
  }

  private async renderOn(instance: BrowserInstance, html: string, options: PdfPageOptions): Promise<Uint8Array> {
    const timeoutMs = this.settings.renderTimeoutMs;
    let slot: PageSlot | undefined;
    let timedOut = false;
    instance.active++;
    try {
      const task = (async () => {
        slot = await instance.takePage();
        if (timedOut) {
          // A page that opened only after the deadline would otherwise stay open for good.
          await instance.discardPage(slot);
          throw new RenderError('render.timeout', { timeoutMs });
        }
        return printPage(slot, html, options, timeoutMs);
      })();
      const pdf = await withDeadline(task, timeoutMs, async () => {
        timedOut = true;
        if (slot !== undefined) await instance.discardPage(slot);
      });
      if (slot !== undefined) instance.returnPage(slot);
      return pdf;
    } catch (error) {
      if (slot !== undefined) await instance.discardPage(slot);
      throw explainFailure(error, instance);
    } finally {
      instance.active--;
      instance.renders++;
      this.retireOrClose(instance);
    }
  }

  /** Returns the running browser, starting one if none runs or the last one crashed or retired. */
  private async instance(): Promise<BrowserInstance> {
    for (;;) {
      if (this.closed) throw new RenderError('render.pool-closed');
      this.current ??= this.launch();
      const current = this.current;
      let instance: BrowserInstance;
      try {
        instance = await current;
      } catch (error) {
        if (this.current === current) this.current = undefined;
        throw error;
      }
      if (instance.connected && !instance.disconnected && !instance.retired) return instance;
      if (this.current === current) this.current = undefined;
      this.retireOrClose(instance);
    }
  }

  private async launch(): Promise<BrowserInstance> {
    const { executablePath, launchTimeoutMs } = this.settings;
    const id = ++this.launches;
    const started = Date.now();
    this.logger.info({ browser: id, executablePath }, 'starting Chromium');
    let instance: BrowserInstance;
    try {
      instance = new BrowserInstance(await launchChromium(executablePath, launchTimeoutMs), id, this.logger);
    } catch (error) {
      this.logger.error({ browser: id, executablePath, err: error }, 'Chromium failed to start');
      throw new RenderError('render.browser-launch-failed', { executablePath, reason: (error as Error).message }, { cause: error });
    }
    this.instances.add(instance);
    this.currentInstance = instance;
    this.logger.info({ browser: id, pid: instance.pid, ms: Date.now() - started }, 'Chromium started');
    return instance;
  }

  /** Retires a browser that reached its quota, and closes a retired or crashed one once it is idle. */
  private retireOrClose(instance: BrowserInstance): void {
    if (!instance.retired && instance.renders >= this.settings.recycleAfter) {
      instance.retired = true;
      this.logger.info({ browser: instance.id, renders: instance.renders }, 'recycling Chromium after its render quota');
    }
    const finished = instance.retired || instance.disconnected;
    if (finished && instance.active === 0 && this.instances.delete(instance)) {
      const retiring = instance.close(this.settings.closeTimeoutMs);
      this.retiring.add(retiring);
      void retiring.finally(() => this.retiring.delete(retiring));
    }
  }

  private async closeAll(): Promise<void> {
    this.closed = true;
    this.turns.rejectWaiting(new RenderError('render.pool-closed'));
    await this.turns.whenIdle();

    await this.current?.catch(() => undefined);
    const instances = [...this.instances];
    this.instances.clear();
    await Promise.all([...instances.map((instance) => instance.close(this.settings.closeTimeoutMs)), ...this.retiring]);
    this.currentInstance = undefined;
    this.logger.info({ browsers: instances.length }, 'browser pool closed');
  }
}

/** Rejects settings that would stall or disable the pool; a wrong setting is a fault of the caller. */
function checkSettings(settings: Settings): void {
  for (const name of ['pages', 'maxQueue', 'renderTimeoutMs', 'recycleAfter', 'launchTimeoutMs', 'closeTimeoutMs'] as const) {
    const value = settings[name];
    const minimum = name === 'maxQueue' ? 0 : 1;
    if (!Number.isInteger(value) || value < minimum) {
      throw new Error(`BrowserPool option "${name}" must be an integer of at least ${minimum}, got ${value}`);
    }
  }
}

/** Names the cause of a failed render: a crash of the browser or the page, or the original error. */
function explainFailure(error: unknown, instance: BrowserInstance): unknown {
  if (error instanceof RenderError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (instance.disconnected || !instance.connected) return new RenderError('render.browser-crashed', { reason }, { cause: error });
  if (/crash/i.test(reason)) return new RenderError('render.page-crashed', { reason }, { cause: error });
  return error;
}
