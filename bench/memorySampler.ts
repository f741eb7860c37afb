/** Samples the process's resident memory, keeping the peak: process.memoryUsage alone only sees one moment. */

export interface MemorySampler {
  /** The highest RSS seen since start or the last reset, in bytes. */
  peak(): number;
  current(): number;
  reset(): void;
  stop(): void;
}

/** Starts sampling every intervalMs (default 200 ms); the timer does not keep the process alive. */
export function sampleMemory(intervalMs = 200): MemorySampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage.rss()),
    current: () => process.memoryUsage.rss(),
    reset() {
      peak = process.memoryUsage.rss();
    },
    stop: () => clearInterval(timer),
  };
}
