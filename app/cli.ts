import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { ClaimdeskError } from '../errors.ts';
import { PACKAGE_ROOT } from '../packageRoot.ts';
import { registerClaimCommands } from './cli/registerClaimCommands.ts';
import { registerDemoCommand } from './cli/registerDemoCommand.ts';
import { registerFeedsCommands } from './cli/registerFeedsCommands.ts';
import { registerIngestCommands } from './cli/registerIngestCommands.ts';
import { registerMaintenanceCommands } from './cli/registerMaintenanceCommands.ts';
import { registerServiceCommands } from './cli/registerServiceCommands.ts';
import { note } from './output.ts';

/** The version in package.json: the one place it is written. */
function readVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const program = new Command('claims')
  .description(
    'claimdesk: follow one story across many outlets. Ingest feeds, pages and files; extract who said what ' +
      'and which figures were reported; merge the repeats into canonical claims with full provenance.\n\n' +
      'Without DATABASE_URL it keeps its data in an embedded database (CLAIMS_DATA_DIR, default ./.claimdesk); ' +
      'without REDIS_URL the jobs run in this process. See the README for every variable.',
  )
  .version(readVersion(), '-V, --version', 'print the version of claimdesk')
  .showHelpAfterError('(run with --help for usage)');

// A reader that stops early (`claims search Peskov | head`) closes the pipe: that is no failure of the command, which
// goes on to its end (closing the database) writing nowhere. Any other error writing stdout (a full disk) is one.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  note(`claims: cannot write the output: ${error.message}`);
  process.exitCode = 1;
});

// Each group adds its commands in turn: `claims --help` lists them in this order.
registerIngestCommands(program);
registerClaimCommands(program);
registerServiceCommands(program);
registerMaintenanceCommands(program);
registerFeedsCommands(program);
registerDemoCommand(program);

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
