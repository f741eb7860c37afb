import { Option } from 'commander';
import type { Command } from 'commander';
import { QUEUE_NAMES } from '../../jobs/queueNames.ts';
import type { QueueName } from '../../jobs/queueNames.ts';
import type { BackfillFlags } from '../commands/backfill.ts';
import { isoDate, positiveInt } from './optionParsers.ts';
import { withRuntime } from './withRuntime.ts';

/** The commands that process stored work again: `backfill`, `jobs failed|retry` and `recluster`. */
export function registerMaintenanceCommands(program: Command): void {
  program
    .command('backfill')
    .description(
      're-process stored articles (--since/--until/--feed, --stage), or import a folder (--dir) or a sitemap (--sitemap);\n' +
        'batched and resumable: Ctrl-C stops after the batch in flight, the same command resumes it',
    )
    .option('--since <date>', 'stored articles published (or fetched) on or after this day or moment (2026-01-31, UTC)', isoDate)
    .option('--until <date>', 'stored articles published (or fetched) before this day or moment (2026-01-31: up to the end of the 30th, UTC)', isoDate)
    .option('--feed <url>', 'only the stored articles of this feed')
    .addOption(
      new Option('--stage <stage>', 'extract: re-extract and merge; dedupe: merge again; all: also fetch web pages again')
        .choices(['extract', 'dedupe', 'all'])
        .default('all'),
    )
    .option('--dir <path>', 'import every readable file under a folder (recursively)')
    .option('--sitemap <url>', 'import the pages of a sitemap or sitemap index')
    .option('--batch-size <n>', 'articles or files per batch', positiveInt('--batch-size'), 100)
    .option('--cancel <id>', 'stop a running backfill after its batch in flight (or drop a stopped one for good)')
    .option('--list', 'list recent backfills, how far they got, and when and why a stopped one stopped')
    .option('--json', 'print the outcome (or the list) as JSON on stdout')
    .action(
      (flags: Omit<BackfillFlags, 'json'> & { json?: boolean; cancel?: string; list?: boolean }) =>
        withRuntime(async (runtime) => {
          const { backfillCommand, cancelBackfill, listBackfills } = await import('../commands/backfill.ts');
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
      withRuntime(async (runtime) => {
        const { failedJobsCommand } = await import('../commands/jobs.ts');
        await failedJobsCommand(runtime, { ...flags, json: flags.json ?? false });
      }),
    );
  jobsCommand
    .command('retry')
    .description('send failed jobs back to their queue')
    .argument('[ids...]', 'job ids (from `claims jobs failed`)')
    .option('--all', 'every failed job')
    .addOption(new Option('--queue <queue>', 'with --all: only this queue').choices([...QUEUE_NAMES]))
    .action((ids: string[], flags: { all?: boolean; queue?: QueueName }) =>
      withRuntime(async (runtime) => {
        const { retryJobsCommand } = await import('../commands/jobs.ts');
        await retryJobsCommand(runtime, ids, { all: flags.all ?? false, queue: flags.queue });
      }),
    );

  program
    .command('recluster')
    .description('rebuild every canonical claim from the stored mentions (after a rule or threshold change); idempotent')
    .option('--wait', 'with REDIS_URL: wait until the workers have merged everything (progress on a terminal)')
    .option('--json', 'print the run report as JSON on stdout')
    .action((flags: { wait?: boolean; json?: boolean }) =>
      withRuntime(async (runtime) => {
        const { reclusterCommand } = await import('../commands/recluster.ts');
        await reclusterCommand(runtime, { wait: flags.wait ?? false, json: flags.json ?? false });
      }),
    );
}
