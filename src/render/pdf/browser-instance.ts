import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import type { PoolLogger } from './logger.js';
import { openSlot, type PageSlot } from './page-slot.js';

/** One Chromium process with its idle pages and the counters the pool decides by. */
export class BrowserInstance {
  renders = 0;
  active = 0;
  /** Set once the instance has served its quota of renders; it closes when its renders finish. */
  retired = false;
  /** Set when Chromium exited or its pipe broke without `close()`. */
  disconnected = false;
  private closing = false;
  private readonly idle: PageSlot[] = [];
  private readonly process: ChildProcess | null;

  constructor(
    private readonly browser: Browser,
    readonly id: number,
    private readonly logger: PoolLogger,
  ) {
    this.process = browser.process();
    browser.on('disconnected', () => this.onDisconnected());
  }

  /** False as soon as the pipe to Chromium is closed, possibly before `disconnected` is set. */
  get connected(): boolean {
    return this.browser.connected;
  }

  /** Pid of the launched executable: with Debian's wrapper script, the shell that runs Chromium. */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  async takePage(): Promise<PageSlot> {
    return this.idle.pop() ?? (await openSlot(this.browser));
  }

  returnPage(slot: PageSlot): void {
    if (this.disconnected || this.closing) return;
    this.idle.push(slot);
  }

  /** Closes a page that failed or timed out; a page that is already gone is fine. */
  async discardPage(slot: PageSlot): Promise<void> {
    await slot.page.close().catch(() => undefined);
  }

  /**
   * Closes Chromium and waits for its process to exit. A browser that does not close within
   * `timeoutMs` (puppeteer's close can hang) is killed, so no Chromium process outlives the pool.
   */
  async close(timeoutMs: number): Promise<void> {
    this.closing = true;
    const closed = await settlesWithin(this.browser.close(), timeoutMs);
    if (!closed) this.logger.warn({ browser: this.id, pid: this.pid, timeoutMs }, 'Chromium did not close in time; killing it');
    await this.kill();
  }

  private onDisconnected(): void {
    if (this.closing) return;
    this.disconnected = true;
    this.idle.length = 0;
    this.logger.warn({ browser: this.id, pid: this.pid, renders: this.renders }, 'Chromium disconnected unexpectedly; it will be restarted');
    void this.kill();
  }

  /**
   * Sends SIGKILL to the process group of the launched executable and waits until Node has reaped
   * the process it started. Puppeteer starts it in a group of its own, and the group matters:
   * Debian's /usr/bin/chromium-headless-shell is a shell script that runs the real binary as a
   * child, so killing only that pid would leave Chromium running.
   * NOTE: Chromium's own children are reaped by PID 1 once orphaned; without an init that reaps
   * (tini, `docker run --init`) they stay as zombies after a crash.
   */
  private async kill(): Promise<void> {
    const child = this.process;
    if (child?.pid === undefined) return;
    const exited = hasExited(child) ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (error) {
      // ESRCH: every process of the group has exited already, which is the goal.
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      this.logger.error({ browser: this.id, pid: child.pid, err: error }, 'failed to kill Chromium');
      return;
    }
    await exited;
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function settlesWithin(promise: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([promise.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
