/** Latency samples and their percentiles (nearest rank), in milliseconds. */

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** The p-th percentile (0 to 100) of the samples by nearest rank; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}

export const summarize = (samples: readonly number[]): Latency => ({
  runs: samples.length,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
});

/** Runs fn `warmup` times unmeasured, then `runs` times, and returns the milliseconds of each measured run. */
export async function timeRuns(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}
