import { EngineError } from '../errors/problem.js';

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (error: Error) => void;
}

export interface GateStats {
  running: number;
  waiting: number;
  limit: number;
  queueLimit: number;
}

/**
 * Admits bundle requests that render PDF: `limit` at once (one per browser page, because a bundle
 * renders its PDFs one after another), `queueLimit` more in a queue, and rejects the next with
 * `service.busy`. Rejecting before any work is done lets a client retry without waste.
 */
export class RenderGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly limit: number,
    private readonly queueLimit: number,
  ) {}

  get stats(): GateStats {
    return { running: this.running, waiting: this.waiting.length, limit: this.limit, queueLimit: this.queueLimit };
  }

  /** Waits for a slot and returns the function that frees it; an aborted wait leaves the queue. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.queueLimit) return Promise.reject(new EngineError('service.busy', { waiting: this.waiting.length }));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      this.waiting.push(waiter);
      signal?.addEventListener('abort', () => this.leave(waiter), { once: true });
    });
  }

  /** Rejects every waiting request, for shutdown. */
  rejectWaiting(error: Error): void {
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }

  private leave(waiter: Waiter): void {
    const index = this.waiting.indexOf(waiter);
    if (index === -1) return;
    this.waiting.splice(index, 1);
    waiter.reject(new Error('the wait for a render slot was aborted'));
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.resolve(this.releaser());
      else this.running--;
    };
  }
}
