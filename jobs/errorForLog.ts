import type { Logger } from './logger.ts';

/**
 * An error as a log line carries it: its class, message and code, and its stack only when the log is at
 * `debug`. Never the other properties a driver hangs on an error (the SQL, its parameters, a payload),
 * which can be the whole article.
 */
export function errorForLog(error: unknown, log: Logger): { type: string; message: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return {
    type: error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    ...(log.isLevelEnabled('debug') && error.stack ? { stack: error.stack } : {}),
  };
}
