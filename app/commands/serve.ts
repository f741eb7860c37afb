import type { Runtime } from '../../jobs/runtime.ts';
import type { Db } from '../../store/db.ts';
import { note } from '../output.ts';
import { isLoopback } from '../web/allowedHosts.ts';
import { startWebServer } from '../web/startWebServer.ts';

/**
 * On the embedded default, lets the other commands use the database while serve runs, through a socket in
 * the data folder; serve's own queries then go through it too (see store/shareEmbeddedDb.ts).
 * @returns the database serve queries.
 */
async function shareEmbedded(runtime: Runtime): Promise<Db> {
  if (!runtime.db.share) return runtime.db;
  try {
    const shared = await runtime.db.share();
    note(`other claims commands on ${runtime.db.location} go through ${shared.socket} while this runs`);
    return shared.db;
  } catch (error) {
    // A socket path too long for the system (about 100 bytes), say: the page still serves.
    note(
      `warning: the embedded database is not shared (${error instanceof Error ? error.message : String(error)}); ` +
        'other claims commands on this data folder are refused while serve runs',
    );
    return runtime.db;
  }
}

/**
 * Serves the web page and the HTTP API until SIGINT or SIGTERM.
 * @throws InputError for a binding that would expose it (see startWebServer).
 */
export async function serveCommand(
  runtime: Runtime,
  options: { port: number; host: string; publicHosts: string[]; allowQueueActions: boolean },
): Promise<void> {
  const db = await shareEmbedded(runtime);
  const server = await startWebServer({
    db,
    queues: runtime.queues,
    apiToken: runtime.config.apiToken,
    port: options.port,
    host: options.host,
    publicHosts: options.publicHosts,
    allowQueueActions: options.allowQueueActions,
  });
  note(`claimdesk is serving ${server.url} (${runtime.config.apiToken ? 'CLAIMS_API_TOKEN required' : 'no authentication'}); Ctrl-C stops it`);
  if (!isLoopback(options.host) && !runtime.config.apiToken) {
    note('warning: listening beyond this machine without CLAIMS_API_TOKEN: anyone who can reach it can read every claim');
  }
  if (options.allowQueueActions && runtime.queues && !runtime.config.apiToken) {
    note(
      'warning: --allow-queue-actions without CLAIMS_API_TOKEN: any program on this machine can add, retry and remove jobs ' +
        '(a job can carry a document of its own, which becomes claims); web pages of other origins are refused',
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
}
