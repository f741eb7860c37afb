import type { Command } from 'commander';
import { withRuntime } from './withRuntime.ts';

/** `claims demo`: the example corpus, ingested and printed. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('ingest the example corpus shipped with claimdesk and print the canonical claims')
    .action(() => withRuntime(async (runtime) => (await import('../commands/demo.ts')).demoCommand(runtime)));
}
