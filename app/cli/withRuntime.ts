import type { Config } from '../../jobs/config.ts';
import { loadConfig } from '../../jobs/config.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { RedisPolicy, Runtime } from '../../jobs/runtime.ts';
import { retryWhileUnavailable } from '../retryWhileUnavailable.ts';

let config: Readonly<Config> | null = null;
/** The configuration, read from the environment once, when a command first needs it. @throws ConfigError */
export const getConfig = () => (config ??= loadConfig());

/** Opens the runtime; while the database cannot be reached, tries again for up to `waitMs`. */
const openRuntimeWhenReady = (waitMs: number, poolMax?: number, redis?: RedisPolicy): Promise<Runtime> =>
  retryWhileUnavailable(() => openRuntime(getConfig(), { poolMax, redis }), waitMs);

/** Opens the runtime, runs a command in it, and always closes it (the embedded lock is released). */
export async function withRuntime(
  fn: (runtime: Runtime) => Promise<void>,
  options: { waitForDatabaseMs?: number; poolMax?: number; redis?: RedisPolicy } = {},
): Promise<void> {
  const runtime = await openRuntimeWhenReady(options.waitForDatabaseMs ?? 0, options.poolMax, options.redis);
  try {
    await fn(runtime);
  } finally {
    await runtime.close();
  }
}
