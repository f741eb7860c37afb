/** Politeness inside one process: at most N requests in flight per host, and starts spaced apart. */

/**
 * What a fetch waits at before it sends a request to a host: this process's HostLimiter, or one shared by
 * every worker (jobs/redisHostLimiter.ts), so that M workers do not give a host M times the limits.
 */
export interface HostGate {
  /**
   * Waits for a slot on `host` and for the spacing after the previous start there (the larger of the
   * limits' and `crawlDelayMs`); returns the release function (call it once). Throws the signal's reason
   * when `signal` aborts while waiting.
   */
  acquire(host: string, signal?: AbortSignal, crawlDelayMs?: number): Promise<() => void>;
}

export interface HostLimits {
  /** Requests in flight at once to one host. */
  maxInFlight: number;
  /** Least time between the starts of two requests to one host. */
  minIntervalMs: number;
}

interface HostState {
  inFlight: number;
  waiting: Array<() => void>;
  /** Settles when the previous request has taken its start; turns are taken in order. */
  turn: Promise<void>;
  lastStartAt: number;
  /** The spacing the last start asked for (minIntervalMs, or a longer Crawl-delay). */
  intervalMs: number;
}

/** Idle hosts are forgotten once the map grows past this, so a long run does not keep every host ever seen. */
const PRUNE_ABOVE = 1000;

/** Per-host slots; a released slot passes straight to the next waiter, in arrival order. */
export class HostLimiter implements HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(readonly limits: HostLimits) {}

  /**
   * Waits for a slot on `host` and then for max(minIntervalMs, crawlDelayMs) after the previous start
   * there (the site's robots.txt Crawl-delay, when it has one); returns the release function (call it
   * once). Throws the signal's reason when `signal` aborts while waiting.
   */
  async acquire(host: string, signal?: AbortSignal, crawlDelayMs = 0): Promise<() => void> {
    const state = this.stateOf(host);
    if (state.inFlight < this.limits.maxInFlight) state.inFlight++;
    else await waitForSlot(state, signal);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      const next = state.waiting.shift();
      // The slot is handed over, not freed: inFlight stays as it was.
      if (next) next();
      else state.inFlight--;
    };
    try {
      await this.takeTurn(state, signal, Math.max(this.limits.minIntervalMs, crawlDelayMs));
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }

  /** Chained so that actual starts, not planned ones, are spaced: a late timer cannot bunch two up. */
  private async takeTurn(state: HostState, signal: AbortSignal | undefined, intervalMs: number): Promise<void> {
    const previous = state.turn;
    let pass = (): void => undefined;
    state.turn = new Promise<void>((resolve) => (pass = resolve));
    try {
      await untilAborted(previous, signal);
      const wait = state.lastStartAt + intervalMs - Date.now();
      if (wait > 0) await untilAborted(new Promise((resolve) => setTimeout(resolve, wait)), signal);
      state.lastStartAt = Date.now();
      state.intervalMs = intervalMs;
      pass();
    } catch (error) {
      void previous.then(pass);
      throw error;
    }
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      if (this.hosts.size >= PRUNE_ABOVE) this.prune();
      state = { inFlight: 0, waiting: [], turn: Promise.resolve(), lastStartAt: 0, intervalMs: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  private prune(): void {
    const now = Date.now();
    for (const [host, state] of this.hosts) {
      if (state.inFlight === 0 && now - state.lastStartAt >= Math.max(this.limits.minIntervalMs, state.intervalMs))
        this.hosts.delete(host);
    }
  }
}

function waitForSlot(state: HostState, signal: AbortSignal | undefined): Promise<void> {
  let wake = (): void => undefined;
  const woken = new Promise<void>((resolve) => (wake = resolve));
  state.waiting.push(wake);
  // Given up: leave the queue, so a released slot does not go to nobody.
  return untilAborted(woken, signal, () => {
    const at = state.waiting.indexOf(wake);
    if (at !== -1) state.waiting.splice(at, 1);
  });
}

/** `promise`, or the signal's reason when it aborts first (after `onAbort`). */
export function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort?: () => void,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort?.();
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      onAbort?.();
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error as Error);
      },
    );
  });
}
