/** The small database interface both backends implement: embedded PGlite and PostgreSQL through pg.Pool. */

/** Anything that runs one parameterised statement and returns its rows. */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface TransactionOptions {
  /**
   * A statement without parameters that the transaction runs first (the lock it takes before anything else): on
   * PostgreSQL it travels with BEGIN, one round trip for both, instead of one each (issue 19: a lock held by one
   * process at a time is held the longer for every round trip the holder waits for).
   */
  begin?: string;
}

export interface Db extends Queryable {
  /** `embedded` (PGlite in a data folder) or `postgres` (a server through DATABASE_URL). */
  readonly kind: 'embedded' | 'postgres';
  /** A short description for status lines: the data folder or the server's host and database. */
  readonly location: string;
  /** Runs fn in one transaction on one connection; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * The embedded database opened by this process only: shares it with other local processes over a unix
   * socket in its data folder until close (see store/shareEmbeddedDb.ts). Absent on the other backends.
   */
  share?(): Promise<SharedDb>;
  close(): Promise<void>;
}

/** The embedded database shared over its socket: what the sharing process queries through, and how it stops. */
export interface SharedDb {
  socket: string;
  /** A connection pool over the socket, for the sharing process's own queries (see store/shareEmbeddedDb.ts). */
  db: Db;
  stop(): Promise<void>;
}
