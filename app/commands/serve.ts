import type { Runtime } from '../../jobs/runtime.ts';
import { note } from '../output.ts';
import { startWebServer } from '../web/startWebServer.ts';

/** Serves the web page and the HTTP API until SIGINT or SIGTERM. */
export async function serveCommand(runtime: Runtime, options: { port: number; host: string; allowQueueActions: boolean }): Promise<void> {
  const server = await startWebServer({
    db: runtime.db,
    queues: runtime.queues,
    apiToken: runtime.config.apiToken,
    port: options.port,
    host: options.host,
    allowQueueActions: options.allowQueueActions,
  });
  note(`claimdesk is serving ${server.url} (${runtime.config.apiToken ? 'CLAIMS_API_TOKEN required' : 'no authentication'}); Ctrl-C stops it`);
  if (options.host !== '127.0.0.1' && options.host !== 'localhost' && options.host !== '::1' && !runtime.config.apiToken) {
    note('warning: listening beyond this machine without CLAIMS_API_TOKEN: anyone who can reach it can read every claim');
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
}
