import type { RuqsatEngine } from '../engine.js';
import type { Logger } from '../log/index.js';
import type { ContentReloader } from './reload/reloader.js';
import type { RenderGate } from './render-gate.js';

/** Render failures that mean Chromium itself cannot work, as opposed to one bad document or a full queue. */
const CHROMIUM_FAILURES = new Set(['render.browser-launch-failed', 'render.browser-crashed']);

/**
 * Time GET /ready waits for a running Chromium probe before it reports "still checking", in ms.
 * Load balancers give a health probe a few seconds, and a cold Chromium start took 0.1-0.4 s on
 * the two-core test machine.
 */
const PROBE_WAIT_MS = 3000;

const PROBE_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>probe</title></head><body><p>ruqsat</p></body></html>';
const PROBE_MARGIN = { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' };

export type ReadyReasonCode = 'shutting-down' | 'reload-failed' | 'chromium-unusable' | 'chromium-checking';

export interface ReadyReason {
  code: ReadyReasonCode;
  params: Record<string, string | number>;
}

export interface ServiceState {
  closing: boolean;
  inFlight: number;
}

export interface ReadyReport {
  ready: boolean;
  reasons: ReadyReason[];
  details: Record<string, unknown>;
}

interface ChromiumState {
  usable: boolean | undefined;
  reason?: ReadyReason;
  checkedAt?: string;
}

/**
 * Decides whether the instance should get traffic: not shutting down, the latest content reload
 * clean, and Chromium able to print. Chromium counts as usable when the latest PDF render (of a
 * request or of a probe) succeeded or failed for a reason other than Chromium itself. Before the
 * first render, and after a Chromium failure, a check prints a one-line probe page.
 */
export class Readiness {
  private probe: Promise<void> | undefined;

  constructor(
    private readonly engine: RuqsatEngine,
    private readonly gate: RenderGate,
    private readonly state: ServiceState,
    private readonly logger: Logger,
    private readonly reloader?: ContentReloader,
  ) {}

  /** Starts a probe in the background, so Chromium is warm before the first bundle. */
  warmUp(): void {
    void this.startProbe();
  }

  async check(): Promise<ReadyReport> {
    const reasons: ReadyReason[] = [];
    if (this.state.closing) reasons.push({ code: 'shutting-down', params: {} });
    const failure = this.reloader?.status.failure;
    if (failure) {
      const first = failure.problems[0];
      const where = first ? `${first.file}${first.pointer !== undefined ? `#${first.pointer}` : ''}${first.line !== undefined ? `:${first.line}` : ''} ${first.code}` : '—';
      reasons.push({ code: 'reload-failed', params: { count: failure.problems.length, first: where, loadedAt: this.engine.contentLoadedAt.toISOString() } });
    }
    const chromium = this.state.closing ? { usable: undefined } : await this.chromium();
    if (chromium.reason) reasons.push(chromium.reason);
    return { ready: reasons.length === 0, reasons, details: this.details(chromium) };
  }

  private details(chromium: ChromiumState): Record<string, unknown> {
    const content = this.engine.content;
    return {
      content: {
        generation: this.engine.generation,
        loadedAt: this.engine.contentLoadedAt.toISOString(),
        packs: content.packs.map((pack) => ({ id: pack.id, hash: pack.hash })),
        reloads: this.reloader
          ? { watching: true, succeeded: this.reloader.status.succeeded, failed: this.reloader.status.failed, lastAttemptAt: this.reloader.status.lastAttemptAt ?? null, failure: this.reloader.status.failure ?? null }
          : { watching: false, succeeded: 0, failed: 0, lastAttemptAt: null, failure: null },
      },
      chromium: { usable: chromium.usable ?? null, checkedAt: chromium.checkedAt ?? null },
      renders: this.gate.stats,
      requestsInFlight: this.state.inFlight,
    };
  }

  private async chromium(): Promise<ChromiumState> {
    if (this.needsProbe()) {
      const probe = this.startProbe();
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, PROBE_WAIT_MS);
        timer.unref();
      });
      await Promise.race([probe, waited]);
      clearTimeout(timer);
    }
    const last = this.engine.lastPdfOutcome;
    if (!last) return { usable: undefined, reason: { code: 'chromium-checking', params: {} } };
    const checkedAt = new Date(last.at).toISOString();
    if (!last.ok && CHROMIUM_FAILURES.has(last.code ?? '')) {
      return { usable: false, checkedAt, reason: { code: 'chromium-unusable', params: { failure: last.code ?? '', reason: last.reason ?? '' } } };
    }
    return { usable: true, checkedAt };
  }

  private needsProbe(): boolean {
    const last = this.engine.lastPdfOutcome;
    return !last || (!last.ok && CHROMIUM_FAILURES.has(last.code ?? ''));
  }

  /** Prints the probe page; concurrent checks share one probe. */
  private startProbe(): Promise<void> {
    this.probe ??= this.engine.pool
      .pdf(PROBE_HTML, { margin: PROBE_MARGIN })
      .then(
        () => this.logger.debug('Chromium probe succeeded'),
        (error: unknown) => this.logger.warn({ err: { message: (error as Error).message } }, 'Chromium probe failed'),
      )
      .finally(() => (this.probe = undefined));
    return this.probe;
  }
}
