import { DatabaseUnavailableError } from '../store/errors.ts';
import { note } from './output.ts';

/**
 * Runs `fn`; while the database cannot be reached (a server starting or restarting), runs it again every
 * few seconds (1, 2, 4 ... 10 s apart) for up to `waitMs`, saying so on stderr. Other errors pass at once.
 */
export async function retryWhileUnavailable<T>(fn: () => Promise<T>, waitMs: number): Promise<T> {
  const giveUpAt = Date.now() + waitMs;
  for (let delayMs = 1_000; ; delayMs = Math.min(delayMs * 2, 10_000)) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError) || Date.now() + delayMs > giveUpAt) throw error;
      note(`${error.message}; trying again in ${delayMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
