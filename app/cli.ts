import { Command, InvalidArgumentError, Option } from 'commander';
import { ClaimdeskError, InputError } from '../errors.ts';
import { loadConfig } from '../jobs/config.ts';
import type { Config } from '../jobs/config.ts';
import { QUEUE_NAMES } from '../jobs/queueNames.ts';
import type { QueueName } from '../jobs/queueNames.ts';
import { openRuntime } from '../jobs/runtime.ts';
import { parseConcurrency, totalConcurrency } from '../jobs/runWorkers.ts';
import type { Concurrency } from '../jobs/runWorkers.ts';
import type { Runtime } from '../jobs/runtime.ts';
import { migrate } from '../store/migrate.ts';
import type { ClaimFilters } from '../store/claimFilters.ts';
import { backfillCommand, cancelBackfill, listBackfills } from './commands/backfill.ts';
import type { BackfillFlags } from './commands/backfill.ts';
import { demoCommand } from './commands/demo.ts';
import { failedJobsCommand, retryJobsCommand } from './commands/jobs.ts';
import { addFeeds, exportFeeds, importFeeds, listFeeds, pollDueFeeds, removeFeed } from './commands/feeds.ts';
import { parseEvery } from '../jobs/planNextPoll.ts';
import { exportClaims } from './commands/exportClaims.ts';
import type { ExportFormat } from './commands/exportClaims.ts';
import { EXPORT_FORMATS } from './exportChunks.ts';
import { SEARCH_SORTS } from '../store/search.ts';
import type { SearchSort } from '../store/search.ts';
import { showCommand, speakerCommand } from './commands/show.ts';
import { serveCommand } from './commands/serve.ts';
import { extractCommand } from './commands/extract.ts';
import { ingest } from './commands/ingest.ts';
import { searchCommand } from './commands/search.ts';
import { reclusterCommand } from './commands/recluster.ts';
import { statusCommand } from './commands/status.ts';
import { workerCommand } from './commands/worker.ts';
import { note } from './output.ts';
import { retryWhileUnavailable } from './retryWhileUnavailable.ts';

let config: Readonly<Config> | null = null;
const getConfig = () => (config ??= loadConfig());

/** Opens the runtime; while the database cannot be reached, tries again for up to `waitMs`. */
const openRuntimeWhenReady = (waitMs: number, poolMax?: number): Promise<Runtime> =>
  retryWhileUnavailable(() => openRuntime(getConfig(), { poolMax }), waitMs);

/** Opens the runtime, runs a command in it, and always closes it (the embedded lock is released). */
async function withRuntime(
  fn: (runtime: Runtime) => Promise<void>,
  options: { waitForDatabaseMs?: number; poolMax?: number } = {},
): Promise<void> {
  const runtime = await openRuntimeWhenReady(options.waitForDatabaseMs ?? 0, options.poolMax);
  try {
    await fn(runtime);
  } finally {
    await runtime.close();
  }
}

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number`);
  return n;
};
const isoDate = (value: string) => {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date such as 2026-01-31');
  return value;
};

interface FilterFlags {
  kind?: ClaimFilters['kind'];
  speaker?: string;
  since?: string;
  until?: string;
  minOutlets?: number;
  outlet?: string;
  hasConflicts?: boolean;
}
const addFilters = (command: Command) =>
  command
    .addOption(new Option('--kind <kind>', 'only claims of this kind').choices(['quote', 'statement', 'number']))
    .option('--speaker <name>', 'only claims by a speaker whose name contains this')
    .option('--since <date>', 'only claims last seen on or after this date', isoDate)
    .option('--until <date>', 'only claims first seen before this date', isoDate)
    .option('--min-outlets <n>', 'only claims carried by at least n outlets', positiveInt('--min-outlets'))
    .option('--outlet <name>', 'only claims carried by this outlet (its whole name, any case)')
    .option('--has-conflicts', 'only claims with a conflicting variant (another figure, a flipped negation)');
const filtersOf = (flags: FilterFlags): ClaimFilters => ({
  kind: flags.kind,
  speaker: flags.speaker,
  since: flags.since,
  until: flags.until,
  minOutlets: flags.minOutlets,
  outlet: flags.outlet,
  hasConflicts: flags.hasConflicts ? true : undefined,
});

const program = new Command('claims')
  .description(
    'claimdesk: follow one story across many outlets. Ingest feeds, pages and files; extract who said what\n' +
      'and which figures were reported; merge the repeats into canonical claims with full provenance.\n\n' +
      'Without DATABASE_URL it keeps its data in an embedded database (CLAIMS_DATA_DIR, default ./.claimdesk);\n' +
      'without REDIS_URL the jobs run in this process. See the README for every variable.',
  )
  .showHelpAfterError('(run with --help for usage)');

program
  .command('ingest')
  .description('ingest feed URLs, page URLs, feed files (.xml .rss .atom), HTML files, .txt articles, OPML and folders')
  .argument('<inputs...>', 'paths, folders or http(s) URLs')
  .option('--wait', 'with REDIS_URL: wait until the workers have processed everything enqueued (progress on a terminal)')
  .option('--json', 'print the run report as JSON on stdout')
  .action((inputs: string[], flags: { wait?: boolean; json?: boolean }) =>
    withRuntime(async (runtime) => {
      await ingest(runtime, inputs, { wait: flags.wait ?? false, json: flags.json ?? false });
    }),
  );

program
  .command('extract')
  .description('print the text, metadata and mentions extracted from files or URLs, storing nothing')
  .argument('<inputs...>', 'paths or http(s) URLs')
  .option('--json', 'one JSON object per document (url, title, byline, published_at, language, text, mentions)')
  .action((inputs: string[], flags: { json?: boolean }) => extractCommand(inputs, getConfig().fetch, flags.json ?? false));

addFilters(
  program
    .command('search')
    .description('full-text search of canonical claims: "exact phrase", -exclude, OR; ranked by relevance then spread')
    .argument('[query...]', 'search words (none: list claims by spread)')
    .addOption(
      new Option('--sort <order>', 'relevance (default with words), spread (outlets, articles), recent (last seen)').choices([
        ...SEARCH_SORTS,
      ]),
    )
    .option('--limit <n>', 'how many claims to show', positiveInt('--limit'), 20)
    .option('--after <cursor>', 'the next page: the cursor the previous page printed')
    .option('--facets', 'also count the matching claims by speaker, outlet, kind and day')
    .option('--json', 'one JSON object per claim (and with --facets a last line {"facets", "next_cursor"})'),
).action(
  (words: string[], flags: FilterFlags & { limit: number; sort?: SearchSort; after?: string; facets?: boolean; json?: boolean }) =>
    withRuntime((runtime) =>
      searchCommand(runtime.db, { ...filtersOf(flags), query: words.join(' ') }, {
        limit: flags.limit,
        sort: flags.sort,
        after: flags.after,
        facets: flags.facets ?? false,
        json: flags.json ?? false,
      }),
    ),
);

program
  .command('show')
  .description('one claim: every mention with its article and sentence, wordings, conflicts, and when each outlet carried it')
  .argument('<id>', 'a claim id (an old id of a merged claim works too)')
  .option('--json', 'print as one JSON object')
  .action((id: string, flags: { json?: boolean }) => withRuntime((runtime) => showCommand(runtime.db, id, flags.json ?? false)));

program
  .command('speaker')
  .description('everything a speaker said: their names and claims (the speaker id is in `claims show`)')
  .argument('<id>', 'a speaker id')
  .option('--json', 'print as one JSON object')
  .action((id: string, flags: { json?: boolean }) =>
    withRuntime((runtime) => speakerCommand(runtime.db, id, flags.json ?? false)),
  );

addFilters(
  program
    .command('export')
    .description('export canonical claims with their provenance: jsonl, csv, or schema.org Claim JSON-LD (claimreview)')
    .argument('[query...]', 'only claims matching these search words (same syntax as search)')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
    .option('--mentions', 'one row (or line) per mention, with its claim and article (csv, jsonl)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--bom', 'start the CSV with a UTF-8 byte-order mark (for Excel)'),
).action((words: string[], flags: FilterFlags & { format: ExportFormat; mentions?: boolean; output?: string; bom?: boolean }) =>
  withRuntime(async (runtime) => {
    const count = await exportClaims(runtime.db, {
      format: flags.format,
      mentions: flags.mentions ?? false,
      output: flags.output ?? null,
      bom: flags.bom ?? false,
      filters: { ...filtersOf(flags), query: words.join(' ') },
    });
    if (flags.output) note(`wrote ${count} ${flags.mentions ? 'mentions' : 'claims'} to ${flags.output}`);
  }),
);

program
  .command('serve')
  .description('serve the web page (search, claims, feeds, jobs) and the read-only HTTP API; see /api/openapi.json')
  .option('--port <port>', 'the port to listen on (0: any free port)', (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('--port must be 0 to 65535');
    return n;
  }, 8080)
  .option('--host <host>', 'the address to bind (0.0.0.0 for every interface: set CLAIMS_API_TOKEN then)', '127.0.0.1')
  .option('--allow-queue-actions', 'let the /admin/queues dashboard retry, clean and remove jobs (default: it only shows them)')
  .action((flags: { port: number; host: string; allowQueueActions?: boolean }) =>
    withRuntime((runtime) =>
      serveCommand(runtime, { port: flags.port, host: flags.host, allowQueueActions: flags.allowQueueActions ?? false }),
    ),
  );

program
  .command('status')
  .description('counts of feeds, articles, mentions and claims, and of queued and failed jobs')
  .option('--json', 'print as JSON')
  .action((flags: { json?: boolean }) => withRuntime((runtime) => statusCommand(runtime, flags.json ?? false)));

program
  .command('migrate')
  .description('apply pending database migrations (every command also does this when it opens the database)')
  .action(() =>
    withRuntime(async (runtime) => {
      const applied = await migrate(runtime.db);
      note(applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database is up to date');
    }),
  );

program
  .command('worker')
  .description('run the fetch, extract and dedupe queue workers (needs REDIS_URL); stops cleanly on SIGTERM/SIGINT')
  .option('--concurrency <n>', 'jobs at a time per queue, or per queue as fetch=8,extract=2,dedupe=2 (default CLAIMS_WORKER_CONCURRENCY)')
  .option('--metrics-port <port>', 'serve Prometheus /metrics and /healthz on this port', positiveInt('--metrics-port'))
  .option('--metrics-host <host>', 'the address the metrics port binds', '127.0.0.1')
  .option('--wait-for-database <seconds>', 'at start, keep trying to reach PostgreSQL this long', positiveInt('--wait-for-database'), 120)
  .action((flags: { concurrency?: string; metricsPort?: number; metricsHost: string; waitForDatabase: number }) => {
    const fallback = getConfig().workerConcurrency;
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
      { waitForDatabaseMs: flags.waitForDatabase * 1000, poolMax },
    );
  });

program
  .command('backfill')
  .description(
    're-process stored articles (--since/--until/--feed, --stage), or import a folder (--dir) or a sitemap (--sitemap);\n' +
      'batched and resumable: Ctrl-C stops after the batch in flight, the same command resumes it',
  )
  .option('--since <date>', 'stored articles published (or fetched) on or after this date', isoDate)
  .option('--until <date>', 'stored articles published (or fetched) before this date', isoDate)
  .option('--feed <url>', 'only the stored articles of this feed')
  .addOption(
    new Option('--stage <stage>', 'extract: re-extract and merge; dedupe: merge again; all: also fetch web pages again')
      .choices(['extract', 'dedupe', 'all'])
      .default('all'),
  )
  .option('--dir <path>', 'import every readable file under a folder (recursively)')
  .option('--sitemap <url>', 'import the pages of a sitemap or sitemap index')
  .option('--batch-size <n>', 'articles or files per batch', positiveInt('--batch-size'), 100)
  .option('--cancel <id>', 'stop a running backfill after its batch in flight')
  .option('--list', 'list recent backfills and how far they got')
  .option('--json', 'print the outcome (or the list) as JSON on stdout')
  .action(
    (flags: Omit<BackfillFlags, 'json'> & { json?: boolean; cancel?: string; list?: boolean }) =>
      withRuntime(async (runtime) => {
        if (flags.cancel) return cancelBackfill(runtime, flags.cancel);
        if (flags.list) return listBackfills(runtime, flags.json ?? false);
        return backfillCommand(runtime, { ...flags, json: flags.json ?? false });
      }),
  );

const jobsCommand = program
  .command('jobs')
  .description('failed jobs kept in the queues (needs REDIS_URL): list them, send them back');
jobsCommand
  .command('failed')
  .description('list failed jobs with their subject (URL or article) and reason, newest first')
  .addOption(new Option('--queue <queue>', 'only this queue').choices([...QUEUE_NAMES]))
  .option('--limit <n>', 'how many to show', positiveInt('--limit'), 50)
  .option('--json', 'one JSON object per job')
  .action((flags: { queue?: QueueName; limit: number; json?: boolean }) =>
    withRuntime((runtime) => failedJobsCommand(runtime, { ...flags, json: flags.json ?? false })),
  );
jobsCommand
  .command('retry')
  .description('send failed jobs back to their queue')
  .argument('[ids...]', 'job ids (from `claims jobs failed`)')
  .option('--all', 'every failed job')
  .addOption(new Option('--queue <queue>', 'with --all: only this queue').choices([...QUEUE_NAMES]))
  .action((ids: string[], flags: { all?: boolean; queue?: QueueName }) =>
    withRuntime((runtime) => retryJobsCommand(runtime, ids, { all: flags.all ?? false, queue: flags.queue })),
  );

program
  .command('recluster')
  .description('rebuild every canonical claim from the stored mentions (after a rule or threshold change); idempotent')
  .option('--wait', 'with REDIS_URL: wait until the workers have merged everything (progress on a terminal)')
  .option('--json', 'print the run report as JSON on stdout')
  .action((flags: { wait?: boolean; json?: boolean }) =>
    withRuntime((runtime) => reclusterCommand(runtime, { wait: flags.wait ?? false, json: flags.json ?? false })),
  );

const every = (value: string) => {
  const seconds = parseEvery(value);
  if (seconds === null || seconds < 60) throw new InvalidArgumentError('expected an interval of at least 1m, such as 15m, 2h or 1d');
  return seconds;
};
const feeds = program.command('feeds').description('the feeds claimdesk polls: add, list, remove, import and export OPML, poll');
feeds
  .command('add')
  .description("subscribe to feeds; a site's home page is searched for its feed links")
  .argument('<urls...>', 'feed or page URLs')
  .option('--every <interval>', 'base polling interval (adapted to the feed between 5m and 24h)', every, 900)
  .option('--outlet <name>', 'the outlet name given to the feed\'s articles')
  .option('--min-every <interval>', 'shortest interval the adaptation may choose (default 5m)', every)
  .option('--max-every <interval>', 'longest interval, back-off included (default 24h)', every)
  .action((urls: string[], flags: { every: number; outlet?: string; minEvery?: number; maxEvery?: number }) =>
    withRuntime(async (runtime) => {
      await addFeeds(runtime, urls, {
        everySeconds: flags.every,
        outlet: flags.outlet,
        minEverySeconds: flags.minEvery,
        maxEverySeconds: flags.maxEvery,
      });
    }),
  );
feeds
  .command('list')
  .description('every feed with its health: last fetch and status, next fetch, errors, articles seen, share of 304s')
  .option('--json', 'one feed per line as JSON')
  .action((flags: { json?: boolean }) => withRuntime((runtime) => listFeeds(runtime, flags.json ?? false)));
feeds
  .command('remove')
  .description('unsubscribe from a feed (its articles stay)')
  .argument('<url-or-id>')
  .action((idOrUrl: string) => withRuntime((runtime) => removeFeed(runtime, idOrUrl)));
feeds
  .command('import')
  .description('subscribe to every feed of an OPML file')
  .argument('<file>')
  .option('--every <interval>', 'base polling interval', every, 900)
  .option('--outlet <name>', 'outlet name for all of them')
  .action((file: string, flags: { every: number; outlet?: string }) =>
    withRuntime(async (runtime) => {
      await importFeeds(runtime, file, { everySeconds: flags.every, outlet: flags.outlet });
    }),
  );
feeds
  .command('export')
  .description('print the subscribed feeds as OPML')
  .action(() => withRuntime((runtime) => exportFeeds(runtime)));
feeds
  .command('poll')
  .description('fetch every due feed once, in this process (without Redis, run it from cron)')
  .option('--json', 'print the run report as JSON on stdout')
  .action((flags: { json?: boolean }) =>
    withRuntime(async (runtime) => {
      const report = await pollDueFeeds(runtime, flags.json ?? false);
      if (report.failures.length > 0) process.exitCode = 1;
    }),
  );

program
  .command('demo')
  .description('ingest the example corpus shipped with claimdesk and print the canonical claims')
  .action(() => withRuntime((runtime) => demoCommand(runtime)));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ClaimdeskError) {
    note(`claims: ${error.message}`);
  } else {
    note(`claims: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) note(error.stack ?? '');
  }
  process.exitCode = 1;
}
