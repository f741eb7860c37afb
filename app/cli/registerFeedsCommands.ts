import { Option } from 'commander';
import { InputError } from '../../errors.ts';
import type { Command } from 'commander';
import { pollInterval } from './optionParsers.ts';
import { withRuntime } from './withRuntime.ts';

const feedsCommands = () => import('../commands/feeds.ts');

/** `--every`: read in s, m, h or d, 15 minutes by default, shown as it is written. */
const everyOption = (description: string) =>
  new Option('--every <interval>', `${description}: 30m, 2h, 1d`).argParser(pollInterval).default(900, '15m');

/** `claims feeds add|list|remove|import|export|poll`: the feeds claimdesk polls. */
export function registerFeedsCommands(program: Command): void {
  const feeds = program.command('feeds').description('the feeds claimdesk polls: add, list, remove, import and export OPML, poll');
  feeds
    .command('add')
    .description("subscribe to feeds; a site's home page is searched for its feed links")
    .argument('<urls...>', 'feed or page URLs')
    .addOption(everyOption('base polling interval (adapted to the feed between 5m and 24h)'))
    .option('--outlet <name>', 'the outlet name given to the feed\'s articles')
    .option('--min-every <interval>', 'shortest interval the adaptation may choose (default 5m)', pollInterval)
    .option('--max-every <interval>', 'longest interval, back-off included (default 24h)', pollInterval)
    .action((urls: string[], flags: { every: number; outlet?: string; minEvery?: number; maxEvery?: number }) =>
      withRuntime(async (runtime) => {
        await (await feedsCommands()).addFeeds(runtime, urls, {
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
    .action((flags: { json?: boolean }) => withRuntime(async (runtime) => (await feedsCommands()).listFeeds(runtime, flags.json ?? false)));
  feeds
    .command('remove')
    .description('unsubscribe from a feed (its articles stay)')
    .argument('<url-or-id>')
    .action((idOrUrl: string) => withRuntime(async (runtime) => (await feedsCommands()).removeFeed(runtime, idOrUrl)));
  feeds
    .command('import')
    .description('subscribe to every feed of an OPML file')
    .argument('<file>')
    .addOption(everyOption('base polling interval'))
    .option('--outlet <name>', 'outlet name for all of them')
    .action((file: string, flags: { every: number; outlet?: string }) =>
      withRuntime(async (runtime) => {
        await (await feedsCommands()).importFeeds(runtime, file, { everySeconds: flags.every, outlet: flags.outlet });
      }),
    );
  feeds
    .command('export')
    .description('print the subscribed feeds as OPML')
    .action(() => withRuntime(async (runtime) => (await feedsCommands()).exportFeeds(runtime)));
  feeds
    .command('poll')
    .description('fetch every due feed once, in this process (without Redis, run it from cron)')
    .argument('[feeds...]', 'with --now: the feeds to poll (URL or id); every subscribed feed when none is named')
    .option('--now', 'poll now even when not due, a feed in back-off included')
    .option('--json', 'print the run report as JSON on stdout')
    .action((named: string[], flags: { json?: boolean; now?: boolean }) =>
      withRuntime(async (runtime) => {
        if (named.length > 0 && !flags.now) throw new InputError('name feeds to poll with --now (without it, every due feed is polled)');
        const report = await (await feedsCommands()).pollDueFeeds(runtime, flags.json ?? false, flags.now ? { feeds: named } : undefined);
        if (report.failures.length > 0) process.exitCode = 1;
      }),
    );
}
