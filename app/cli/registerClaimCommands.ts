import { Option } from 'commander';
import type { Command } from 'commander';
import type { ClaimFilters } from '../../store/claimFilters.ts';
import { SEARCH_SORTS } from '../../store/search.ts';
import type { SearchSort } from '../../store/search.ts';
import { EXPORT_FORMATS } from '../exportFormats.ts';
import type { ExportFormat } from '../exportFormats.ts';
import { note, plural } from '../output.ts';
import { checkSearchQuery, MAX_FILTER_CHARS } from '../searchQuery.ts';
import { atMost, isoDate, positiveInt } from './optionParsers.ts';
import { withRuntime } from './withRuntime.ts';

interface FilterFlags {
  kind?: ClaimFilters['kind'];
  speaker?: string;
  since?: string;
  until?: string;
  minOutlets?: number;
  outlet?: string;
  hasConflicts?: boolean;
  story?: string;
}
const addFilters = (command: Command) =>
  command
    .addOption(new Option('--kind <kind>', 'only claims of this kind').choices(['quote', 'statement', 'number']))
    .option('--speaker <name>', 'only claims by a speaker whose name contains this', atMost('--speaker', MAX_FILTER_CHARS))
    .option('--since <date>', 'only claims last seen on or after this day or moment (2026-01-31, UTC)', isoDate)
    .option('--until <date>', 'only claims first seen before this day or moment (2026-01-31: up to the end of the 30th, UTC)', isoDate)
    .option('--min-outlets <n>', 'only claims carried by at least n outlets', positiveInt('--min-outlets'))
    .option('--outlet <name>', 'only claims carried by this outlet (its whole name, any case)', atMost('--outlet', MAX_FILTER_CHARS))
    .option('--has-conflicts', 'only claims with a conflicting variant (another figure, a flipped negation)')
    .option('--story <id>', 'only claims carried by an article of this story (the id `claims stories` and `claims show` print)', atMost('--story', MAX_FILTER_CHARS));
const filtersOf = (flags: FilterFlags): ClaimFilters => ({
  kind: flags.kind,
  speaker: flags.speaker,
  since: flags.since,
  until: flags.until,
  minOutlets: flags.minOutlets,
  outlet: flags.outlet,
  hasConflicts: flags.hasConflicts ? true : undefined,
  story: flags.story,
});

/** The commands that read canonical claims: `search`, `show`, `story`, `stories`, `speaker` and `export`. */
export function registerClaimCommands(program: Command): void {
  addFilters(
    program
      .command('search')
      .description('full-text search of canonical claims: "exact phrase", -exclude, OR; ranked by relevance then spread')
      .argument('[query...]', 'search words, at most 1000 characters (none: list claims by spread)')
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
    (words: string[], flags: FilterFlags & { limit: number; sort?: SearchSort; after?: string; facets?: boolean; json?: boolean }) => {
      // Checked before the database opens: a refused query costs nothing.
      const query = checkSearchQuery(words.join(' '));
      return withRuntime(async (runtime) =>
        (await import('../commands/search.ts')).searchCommand(runtime.db, { ...filtersOf(flags), query }, {
          limit: flags.limit,
          sort: flags.sort,
          after: flags.after,
          facets: flags.facets ?? false,
          json: flags.json ?? false,
        }),
      );
    },
  );

  program
    .command('show')
    .description('one claim: every mention with its article and sentence, wordings, conflicts, and when each outlet carried it')
    .argument('<id>', 'a claim id (an old id of a merged claim works too)')
    .option('--json', 'print as one JSON object')
    .action((id: string, flags: { json?: boolean }) =>
      withRuntime(async (runtime) => (await import('../commands/show.ts')).showCommand(runtime.db, id, flags.json ?? false)),
    );

  program
    .command('story')
    .description('one story: its articles, and its claims by spread with who said what, which outlets carried each, and who first')
    .argument('<id>', 'a story id (in `claims stories`, `claims show` and search results)')
    .option('--limit <n>', 'how many claims to show', positiveInt('--limit'), 20)
    .option('--json', 'print as one JSON object')
    .action((id: string, flags: { limit: number; json?: boolean }) =>
      withRuntime(async (runtime) =>
        (await import('../commands/story.ts')).storyCommand(runtime.db, id, { limit: flags.limit, json: flags.json ?? false }),
      ),
    );

  program
    .command('stories')
    .description('the stories (the articles that report one event), the most recent first')
    .option('--limit <n>', 'how many stories to show', positiveInt('--limit'), 20)
    .option('--json', 'one JSON object per story')
    .action((flags: { limit: number; json?: boolean }) =>
      withRuntime(async (runtime) =>
        (await import('../commands/story.ts')).storiesCommand(runtime.db, { limit: flags.limit, json: flags.json ?? false }),
      ),
    );

  program
    .command('speaker')
    .description('everything a speaker said: their names and claims (the speaker id is in `claims show`)')
    .argument('<id>', 'a speaker id')
    .option('--json', 'print as one JSON object')
    .action((id: string, flags: { json?: boolean }) =>
      withRuntime(async (runtime) => (await import('../commands/speaker.ts')).speakerCommand(runtime.db, id, flags.json ?? false)),
    );

  addFilters(
    program
      .command('export')
      .description('export canonical claims with their provenance: jsonl, csv, or schema.org Claim JSON-LD (claimreview)')
      .argument('[query...]', 'only claims matching these search words (same syntax and limit as search)')
      .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
      .option('--mentions', 'one row (or line) per mention, with its claim and article (csv, jsonl)')
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .option('--bom', 'start the CSV with a UTF-8 byte-order mark (for Excel)'),
  ).action((words: string[], flags: FilterFlags & { format: ExportFormat; mentions?: boolean; output?: string; bom?: boolean }) => {
    const query = checkSearchQuery(words.join(' '));
    return withRuntime(async (runtime) => {
      const { exportClaims } = await import('../commands/exportClaims.ts');
      const count = await exportClaims(runtime.db, {
        format: flags.format,
        mentions: flags.mentions ?? false,
        output: flags.output ?? null,
        bom: flags.bom ?? false,
        filters: { ...filtersOf(flags), query },
      });
      if (flags.output) note(`wrote ${plural(count, flags.mentions ? 'mention' : 'claim')} to ${flags.output}`);
    });
  });
}
