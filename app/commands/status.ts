import type { Runtime } from '../../jobs/runtime.ts';
import { STALE_KEYS } from '../../jobs/runtime.ts';
import { QUEUE_NAMES } from '../../jobs/queueNames.ts';
import * as store from '../../store/index.ts';
import { countAll, listUndecodable } from '../../store/status.ts';
import { formatBackfill } from '../formatBackfill.ts';
import { out } from '../output.ts';

/** Counts of feeds, articles, mentions, claims, and queued and failed jobs. */
export async function statusCommand(runtime: Runtime, json: boolean): Promise<void> {
  const counts = await countAll(runtime.db);
  const queues: Record<string, Record<string, number>> = {};
  if (runtime.queues) {
    for (const name of QUEUE_NAMES) {
      queues[name] = await runtime.queues.queues[name].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    }
  }
  const database = { kind: runtime.db.kind, location: runtime.db.location };
  const backfills = (await store.backfills.list(runtime.db, 5)).filter(
    (b, i) => b.status === 'running' || b.status === 'stopped' || i < 3,
  );
  const undecodable = counts.undecodableArticles > 0 ? await listUndecodable(runtime.db, 5) : [];
  if (json) {
    out(JSON.stringify({ database, counts, queues: runtime.queues ? queues : null, backfills, staleKeys: runtime.staleKeys, undecodable }));
    return;
  }
  out(`database: ${database.kind} (${database.location})`);
  if (runtime.staleKeys) out(`warning: ${STALE_KEYS}`);
  out(`feeds ${counts.feeds} · articles ${counts.articles} (${counts.duplicateArticles} near-duplicate copies) · ` +
    `mentions ${counts.mentions} (${counts.unmergedMentions} not yet merged) · claims ${counts.claims} · speakers ${counts.speakers}`);
  if (counts.undecodableArticles > 0) {
    out(`warning: ${counts.undecodableArticles} article(s) stored with bytes that could not be decoded; the latest:`);
    for (const a of undecodable) out(`  ${a.url}: ${a.warning}`);
  }
  for (const b of backfills) out(`backfill ${formatBackfill(b)}`);
  if (!runtime.queues) {
    out('queues: none (no REDIS_URL: jobs run in-process)');
    return;
  }
  for (const [name, c] of Object.entries(queues)) {
    out(`queue ${name}: ${c.waiting ?? 0} waiting, ${c.active ?? 0} active, ${c.delayed ?? 0} delayed, ` +
      `${c.failed ?? 0} failed, ${c.completed ?? 0} completed`);
  }
}
