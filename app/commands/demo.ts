import path from 'node:path';
import type { Runtime } from '../../jobs/runtime.ts';
import { PACKAGE_ROOT } from '../../packageRoot.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import { formatClaim, note, out } from '../output.ts';
import { ingest } from './ingest.ts';

/** The example corpus shipped with claimdesk: one fictional story told by several outlets. */
export const DEMO_CORPUS = path.join(PACKAGE_ROOT, 'app', 'demo', 'corpus');

/** Ingests the demo corpus and prints the canonical claims that more than one article carried. */
export async function demoCommand(runtime: Runtime): Promise<void> {
  note(`ingesting the demo corpus (${DEMO_CORPUS})`);
  await ingest(runtime, [DEMO_CORPUS], { wait: true, json: false });
  out();
  let shown = 0;
  let single = 0;
  for await (const claim of streamClaims(runtime.db)) {
    if (claim.article_count < 2) {
      single++;
      continue;
    }
    formatClaim(claim).forEach((line) => out(line));
    out();
    shown++;
  }
  out(`${shown} claims carried by several articles; ${single} more carried by one.`);
  out('Next: `npx claims search "boil water"`, `npx claims export --format csv -o claims.csv`');
  // The demo's claims share the data folder with the user's own work; say how to leave them behind.
  if (runtime.db.kind === 'embedded') {
    const dir = runtime.config.dataDir;
    note(`The demo's articles and claims stay in ${dir} beside anything you ingest next; to start clean: rm -rf ${dir}`);
  }
}
