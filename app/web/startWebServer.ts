import { createServer } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerOptions, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { InputError } from '../../errors.ts';
import type { RedisQueues } from '../../jobs/redisQueues.ts';
import { allowedHosts, isLoopback } from './allowedHosts.ts';
import { BOARD_PATH, CHALLENGES, createWebApp } from './createWebApp.ts';
import type { WebDeps } from './createWebApp.ts';

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

const JOINED_CHALLENGES = CHALLENGES.join(', ');

/** Sends the 401's challenges one per WWW-Authenticate header (see CHALLENGES) instead of the joined value. */
function splitChallenges(listener: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
    res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
      if (headers?.['www-authenticate'] === JOINED_CHALLENGES) headers['www-authenticate'] = [...CHALLENGES];
      return writeHead(status, headers);
    }) as ServerResponse['writeHead'];
    listener(req, res);
  };
}

export interface WebServerOptions extends Omit<WebDeps, 'mountQueueBoard' | 'isAllowedHost'> {
  port: number;
  host: string;
  /** Host names (optionally with :port) clients use to reach a server bound beyond loopback. */
  publicHosts?: readonly string[];
  /** Lets the queue dashboard retry, clean, add and remove jobs (off: it only shows them). */
  allowQueueActions: boolean;
}

/**
 * Starts `claims serve`; port 0 picks a free one (tests).
 * @throws InputError when queue actions would be open to others (no token, bound beyond loopback), or
 * when bound beyond loopback with neither --public-host nor a token (see allowedHosts).
 */
export async function startWebServer(options: WebServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  if (options.allowQueueActions && !options.apiToken && !isLoopback(options.host)) {
    throw new InputError(
      `--allow-queue-actions on --host ${options.host} needs CLAIMS_API_TOKEN: anyone who can reach the server could add, retry and remove jobs`,
    );
  }
  const hostPolicy = (port: number) =>
    allowedHosts({ host: options.host, port, publicHosts: options.publicHosts ?? [], hasToken: Boolean(options.apiToken) });
  hostPolicy(options.port || 1); // fails before listening on a bad combination
  // The port is known only once bound (port 0), so the Host test reads it then.
  let isAllowedHost: ((host: string | undefined) => boolean) | null = () => false;
  const app = createWebApp({
    ...options,
    isAllowedHost: (host) => isAllowedHost === null || isAllowedHost(host),
    mountQueueBoard: options.queues ? queueBoard(options.queues, options.allowQueueActions) : undefined,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: options.host,
        // @hono/node-server always calls it with (serverOptions, listener).
        createServer: ((serverOptions: ServerOptions, listener: RequestListener) =>
          createServer(serverOptions, splitChallenges(listener))) as typeof createServer,
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  isAllowedHost = hostPolicy(address.port);
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
