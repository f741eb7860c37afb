import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../store/db.ts';
import { pingDatabase } from '../store/pingDatabase.ts';
import type { Metrics } from './metrics.ts';
import { describeRedisProblem } from './redisQueues.ts';
import type { RedisQueues } from './redisQueues.ts';

export interface Health {
  ok: boolean;
  database: string;
  redis: string;
}

/** Checks that PostgreSQL (or the embedded database) and Redis, when configured, answer. */
export async function checkHealth(db: Db, queues: RedisQueues | null): Promise<Health> {
  const probe = async (fn: () => Promise<unknown>) => {
    try {
      await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000).unref())]);
      return 'ok';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  const database = await probe(() => pingDatabase(db));
  const redis = queues ? (describeRedisProblem(queues.connection) ?? (await probe(() => queues.connection.ping()))) : 'not configured';
  return { ok: database === 'ok' && (redis === 'ok' || redis === 'not configured'), database, redis };
}

/**
 * A worker's operations endpoint: `GET /metrics` (Prometheus text) and `GET /healthz` (200 when the
 * database and Redis answer, 503 otherwise). Nothing else is served.
 */
export async function startOpsServer(
  options: { port: number; host: string; metrics: Metrics; db: Db; queues: RedisQueues | null },
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'only GET\n');
    if (path === '/metrics') {
      options.metrics.text().then(
        (text) => send(200, options.metrics.contentType, text),
        (error: unknown) => send(500, 'text/plain', `metrics failed: ${String(error)}\n`),
      );
      return;
    }
    if (path === '/healthz') {
      void checkHealth(options.db, options.queues).then((h) => send(h.ok ? 200 : 503, 'application/json', `${JSON.stringify(h)}\n`));
      return;
    }
    send(404, 'text/plain', 'not found: try /metrics or /healthz\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
