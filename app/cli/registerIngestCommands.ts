import type { Command } from 'commander';
import { publishedDate } from './optionParsers.ts';
import { getConfig, withRuntime } from './withRuntime.ts';

/** `claims ingest` (store what the inputs hold) and `claims extract` (print what they hold, storing nothing). */
export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description('ingest feed URLs, page URLs, feed files (.xml .rss .atom), HTML files, .txt articles, OPML and folders')
    .argument('<inputs...>', 'paths, folders or http(s) URLs')
    .option('--wait', 'with REDIS_URL: wait until the workers have processed everything enqueued (progress on a terminal)')
    .option('--json', 'print the run report as JSON on stdout')
    .option('--outlet <name>', 'the outlet of every article named (files, folders, URLs); wins over what the article says')
    .option('--published <date>', 'the publication date of every file named (2026-02-12 or 2026-02-12T10:30:00Z), and of a page URL that gives none', publishedDate)
    .addHelpText(
      'after',
      '\nA file NAME.txt (or .html) may have a sidecar NAME.json beside it with any of\n' +
        '{"outlet": "...", "published": "2026-02-12", "title": "...", "url": "https://..."}; --outlet and --published win over it.',
    )
    .action((inputs: string[], flags: { wait?: boolean; json?: boolean; outlet?: string; published?: string }) =>
      withRuntime(async (runtime) => {
        const { ingest } = await import('../commands/ingest.ts');
        await ingest(runtime, inputs, {
          wait: flags.wait ?? false,
          json: flags.json ?? false,
          outlet: flags.outlet?.trim() || undefined,
          publishedAt: flags.published,
        });
      }),
    );

  program
    .command('extract')
    .description('print the text, metadata and mentions extracted from files or URLs, storing nothing')
    .argument('<inputs...>', 'paths or http(s) URLs')
    .option('--json', 'one JSON object per document (url, title, byline, published_at, language, text, mentions)')
    .action(async (inputs: string[], flags: { json?: boolean }) => {
      const { extractCommand } = await import('../commands/extract.ts');
      await extractCommand(inputs, (await getConfig()).fetch, flags.json ?? false);
    });
}
