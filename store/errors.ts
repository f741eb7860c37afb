import { ClaimdeskError } from '../errors.ts';

/** The database could not be opened or reached; says which and why. */
export class DatabaseUnavailableError extends ClaimdeskError {
  override readonly code = 'database_unavailable';
}

/** Another claimdesk process holds the embedded data folder. */
export class DataDirLockedError extends ClaimdeskError {
  override readonly code = 'data_dir_locked';
  /** The pid of the live process that holds it, when known: a `claims serve` may share it over its socket. */
  readonly holder: number | null;

  constructor(message: string, options: { cause?: unknown; holder?: number } = {}) {
    super(message, options);
    this.holder = options.holder ?? null;
  }
}

/** A statement broke a constraint or failed; the only place SQLSTATE codes are read. */
export class StoreError extends ClaimdeskError {
  override readonly code: string = 'store_error';
}

/** Maps a driver error to a named error, reading its SQLSTATE. */
export function toStoreError(error: unknown): Error {
  const sqlState = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (sqlState.startsWith('08') || sqlState === '57P01' || sqlState === '57P03') {
    return new DatabaseUnavailableError(`database connection lost: ${message}`, { cause: error });
  }
  if (sqlState === 'ECONNREFUSED' || sqlState === 'ENOTFOUND' || sqlState === '28P01' || sqlState === '3D000') {
    return new DatabaseUnavailableError(`cannot reach the database: ${message}`, { cause: error });
  }
  return error instanceof Error ? error : new StoreError(message, { cause: error });
}
