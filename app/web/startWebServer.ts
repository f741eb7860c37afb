import type { AddressInfo } from 'node:net';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { RedisQueues } from '../../jobs/redisQueues.ts';
import { createWebApp } from './createWebApp.ts';
import type { WebDeps } from './createWebApp.ts';

const BOARD_PATH = '/admin/queues';

/** Mounts the bull-board dashboard; read-only unless actions are allowed. */
function queueBoard(queues: RedisQueues, allowActions: boolean) {
  return (app: Hono) => {
    const adapter = new HonoAdapter(serveStatic);
    createBullBoard({
      queues: Object.values(queues.queues).map((q) => new BullMQAdapter(q, { readOnlyMode: !allowActions })),
      serverAdapter: adapter,
    });
    adapter.setBasePath(BOARD_PATH);
    app.route(BOARD_PATH, adapter.registerPlugin());
  };
}

export interface WebServerOptions extends Omit<WebDeps, 'mountQueueBoard'> {
  port: number;
  host: string;
  /** Lets the queue dashboard retry, clean and remove jobs (off: it only shows them). */
  allowQueueActions: boolean;
}

/** Starts `claims serve`; port 0 picks a free one (tests). */
export async function startWebServer(options: WebServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const app = createWebApp({
    ...options,
    mountQueueBoard: options.queues ? queueBoard(options.queues, options.allowQueueActions) : undefined,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
