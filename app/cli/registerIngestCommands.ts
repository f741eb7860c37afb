import type { Command } from 'commander';
import { extractCommand } from '../commands/extract.ts';
import { ingest } from '../commands/ingest.ts';
import { getConfig, withRuntime } from './withRuntime.ts';

/** `claims ingest` (store what the inputs hold) and `claims extract` (print what they hold, storing nothing). */
export function registerIngestCommands(program: Command): void {
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
}
