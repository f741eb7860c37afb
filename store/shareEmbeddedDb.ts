import path from 'node:path';
import fs from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import type { SharedDb } from './db.ts';
import { embeddedSocketPath } from './embeddedSocketPath.ts';
import { checkPool, poolDb } from './postgresDb.ts';

/** Connections the socket takes at once: serve's own, and a few commands beside it. */
const MAX_CONNECTIONS = 32;

/** The part of pglite-socket's query queue (a private field of its server) that guardQueue mends. */
interface QueryQueue {
  queue: unknown[];
  processing: boolean;
  processQueue(): Promise<void>;
}

/**
 * pglite-socket's queue stops for good after a query that throws (rather than answering with a PostgreSQL
 * error): it rejects that query and returns with `processing` still set, so every later query of every
 * connection waits forever. The guard notices a run that ended so (the flag still set once it returned),
 * clears the flag and, when queries came in meanwhile, runs the queue again.
 */
function guardQueue(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  const processQueue = queue.processQueue.bind(queue);
  queue.processQueue = async () => {
    // Another run is going on, or nothing waits: as the library does, leave it to that run.
    if (queue.processing || queue.queue.length === 0) return;
    await processQueue();
    // A run that ends normally clears the flag itself (and may leave queries waiting for a transaction).
    if (!queue.processing) return;
    queue.processing = false;
    if (queue.queue.length > 0) void queue.processQueue();
  };
}

/**
 * Shares an open PGlite with other local processes over a unix socket in its data folder (the folder's
 * lock must be held: a socket file found there was left by a process that died). The sharing process
 * queries through the socket too: PGlite is one session, and a query run on it directly while a command's
 * transaction is open would run inside that transaction; the socket's queue keeps each connection's
 * transaction to itself.
 */
export async function shareEmbeddedDb(pglite: PGlite, dataDir: string): Promise<SharedDb> {
  const socket = embeddedSocketPath(dataDir);
  fs.rmSync(socket, { force: true });
  const server = new PGLiteSocketServer({ db: pglite, path: socket, maxConnections: MAX_CONNECTIONS });
  guardQueue(server);
  await server.start();
  const pool = new pg.Pool({ host: path.resolve(dataDir), database: 'postgres', user: 'postgres', max: 4 });
  try {
    await checkPool(pool, `cannot query the embedded database through its socket ${socket}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    socket,
    db: poolDb(pool, 'embedded', dataDir),
    async stop() {
      await pool.end();
      await server.stop();
      fs.rmSync(socket, { force: true });
    },
  };
}
