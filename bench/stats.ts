/** Summary of one measured series: latencies in milliseconds and the rate of the whole run. */
export interface Summary {
  count: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  /** Operations completed per second of wall time, all concurrent streams together. */
  throughputPerSecond: number;
}

/** Returns the value at quantile `q` (0 to 1) of sorted samples, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(latenciesMs: readonly number[], wallMs: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    throughputPerSecond: (sorted.length / wallMs) * 1000,
  };
}

/**
 * Runs `operation` `count` times on `concurrency` streams and returns every latency and the wall
 * time. Each stream starts its next operation when its previous one ends.
 */
export async function measure(count: number, concurrency: number, operation: () => Promise<unknown>): Promise<{ latenciesMs: number[]; wallMs: number }> {
  const latenciesMs: number[] = [];
  let started = 0;
  const stream = async (): Promise<void> => {
    while (started < count) {
      started++;
      const begin = performance.now();
      await operation();
      latenciesMs.push(performance.now() - begin);
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, stream));
  return { latenciesMs, wallMs: performance.now() - begin };
}
