import { RenderError } from './errors.js';

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Limits how many renders run at once; the others wait in a queue of bounded length. */
export class RenderTurns {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private idle: (() => void) | undefined;

  constructor(
    private readonly limit: number,
    private readonly maxQueue: number,
  ) {}

  /** Waits for a turn; rejects with `render.queue-full` when the queue is already full. */
  async acquire(): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.maxQueue) throw new RenderError('render.queue-full', { waiting: this.waiting.length });
    await new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Hands the turn to the next waiting render, or frees it. */
  release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) {
      next.resolve();
      return;
    }
    this.running--;
    if (this.running === 0) this.idle?.();
  }

  rejectWaiting(error: Error): void {
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }

  /** Resolves once every turn has been released. */
  async whenIdle(): Promise<void> {
    if (this.running === 0) return;
    await new Promise<void>((resolve) => (this.idle = resolve));
  }
}
