import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import type { Concurrency } from '../../jobs/startWorkers.ts';
import { note } from '../output.ts';
import { port, positiveInt } from './optionParsers.ts';
import { getConfig, withRuntime } from './withRuntime.ts';

/** Gathers a repeatable option's values. */
const collect = (value: string, previous: string[]) => [...previous, value];

/** The commands that run claimdesk as a service: `serve`, `status`, `migrate` and `worker`. */
export function registerServiceCommands(program: Command): void {
  program
    .command('serve')
    .description('serve the web page (search, claims, feeds, jobs) and the read-only HTTP API; see /api/openapi.json')
    .option('--port <port>', 'the port to listen on (0: any free port)', port, 8080)
    .option('--host <host>', 'the address to bind (0.0.0.0 for every interface: set CLAIMS_API_TOKEN then)', '127.0.0.1')
    .option('--public-host <name>', 'a host name (optionally :port) clients use to reach it beyond loopback; repeatable', collect, [])
    .option('--allow-queue-actions', 'let the /admin/queues dashboard add, retry, clean and remove jobs (default: it only shows them)')
    .action((flags: { port: number; host: string; publicHost: string[]; allowQueueActions?: boolean }) =>
      withRuntime(
        async (runtime) =>
          (await import('../commands/serve.ts')).serveCommand(runtime, {
            port: flags.port,
            host: flags.host,
            publicHosts: flags.publicHost,
            allowQueueActions: flags.allowQueueActions ?? false,
          }),
        // The page is how an operator sees that Redis is down, so it starts without it.
        { redis: 'tolerate', longRunning: true },
      ),
    );

  program
    .command('status')
    .description('counts of feeds, articles, mentions and claims, and of queued and failed jobs')
    .option('--json', 'print as JSON')
    .action((flags: { json?: boolean }) =>
      withRuntime(async (runtime) => (await import('../commands/status.ts')).statusCommand(runtime, flags.json ?? false)),
    );

  program
    .command('migrate')
    .description('apply pending database migrations (every command also does this when it opens the database)')
    .action(() =>
      withRuntime(async (runtime) => {
        const { migrate } = await import('../../store/migrate.ts');
        const applied = await migrate(runtime.db);
        note(applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database is up to date');
      }),
    );

  program
    .command('worker')
    .description('run the fetch, extract and dedupe queue workers (needs REDIS_URL); stops cleanly on SIGTERM/SIGINT')
    .option('--concurrency <n>', 'jobs at a time per queue, or per queue as fetch=8,extract=2,dedupe=2 (default CLAIMS_WORKER_CONCURRENCY, the dedupe queue CLAIMS_DEDUPE_CONCURRENCY)')
    .option('--metrics-port <port>', 'serve Prometheus /metrics and /healthz on this port', positiveInt('--metrics-port'))
    .option('--metrics-host <host>', 'the address the metrics port binds', '127.0.0.1')
    .option('--wait-for-database <seconds>', 'at start, keep trying to reach PostgreSQL this long', positiveInt('--wait-for-database'), 120)
    .action(async (flags: { concurrency?: string; metricsPort?: number; metricsHost: string; waitForDatabase: number }) => {
      const [{ defaultConcurrency, parseConcurrency, totalConcurrency }, { workerCommand }] = await Promise.all([
        import('../../jobs/startWorkers.ts'),
        import('../commands/worker.ts'),
      ]);
      const config = await getConfig();
      const fallback = defaultConcurrency(config.workerConcurrency, config.dedupeConcurrency);
      let concurrency: Concurrency;
      try {
        concurrency = flags.concurrency ? parseConcurrency(flags.concurrency, fallback) : fallback;
      } catch (error) {
        throw new InputError(`--concurrency: ${error instanceof Error ? error.message : String(error)}`);
      }
      // A connection for every job that may run at once, and two for the worker's own reads.
      const poolMax = totalConcurrency(concurrency) + 2;
      return withRuntime(
        (runtime) =>
          workerCommand(runtime, concurrency, {
            metricsPort: flags.metricsPort,
            metricsHost: flags.metricsHost,
            waitForDatabaseMs: flags.waitForDatabase * 1000,
          }),
        { waitForDatabaseMs: flags.waitForDatabase * 1000, poolMax, redis: 'wait', longRunning: true },
      );
    });
}
