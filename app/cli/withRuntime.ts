import type { Config } from '../../jobs/config.ts';
import type { RedisPolicy, Runtime } from '../../jobs/runtime.ts';

/** How a command opens the runtime; `longRunning` for the servers (serve, worker). */
interface RuntimeOptions {
  poolMax?: number;
  redis?: RedisPolicy;
  longRunning?: boolean;
}

let config: Readonly<Config> | null = null;
/**
 * The configuration, read from the environment once, when a command first needs it (imported then, so that
 * `--help` loads no validation library). @throws ConfigError
 */
export async function getConfig(): Promise<Readonly<Config>> {
  if (config) return config;
  const { loadConfig } = await import('../../jobs/config.ts');
  return (config ??= loadConfig());
}

/** Opens the runtime; while the database cannot be reached, tries again for up to `waitMs`. */
async function openRuntimeWhenReady(waitMs: number, options: RuntimeOptions): Promise<Runtime> {
  const [{ openRuntime }, { retryWhileUnavailable }, loaded] = await Promise.all([
    import('../../jobs/runtime.ts'),
    import('../retryWhileUnavailable.ts'),
    getConfig(),
  ]);
  return retryWhileUnavailable(() => openRuntime(loaded, options), waitMs);
}

/** Opens the runtime, runs a command in it, and always closes it (the embedded lock is released). */
export async function withRuntime(
  fn: (runtime: Runtime) => Promise<void>,
  { waitForDatabaseMs, ...options }: RuntimeOptions & { waitForDatabaseMs?: number } = {},
): Promise<void> {
  const runtime = await openRuntimeWhenReady(waitForDatabaseMs ?? 0, options);
  try {
    await fn(runtime);
  } finally {
    await runtime.close();
  }
}
