import { NotFoundError } from '../errors.ts';
import type { Queryable } from './db.ts';
import { toIso } from './toIso.ts';

/** What a backfill re-processes: stored articles (by time and feed), a folder of files, or a sitemap. */
export type BackfillParams =
  | { source: 'stored'; stage: 'extract' | 'dedupe' | 'all'; since: string | null; until: string | null; feedId: string | null }
  | { source: 'dir'; path: string }
  | { source: 'sitemap'; url: string };

/** `stopped`: interrupted (Ctrl-C, SIGTERM, an error) with why in `lastError`; the same command resumes it. */
export type BackfillStatus = 'running' | 'stopped' | 'done' | 'cancelled' | 'failed';

export interface Backfill {
  id: string;
  params: BackfillParams;
  status: BackfillStatus;
  total: number;
  done: number;
  failed: number;
  cursor: string | null;
  lastError: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

interface BackfillRow {
  id: string;
  params: BackfillParams | string;
  status: BackfillStatus;
  total: number;
  done: number;
  failed: number;
  cursor: string | null;
  last_error: string | null;
  created_at: Date | null;
  updated_at: Date | null;
}

const toBackfill = (r: BackfillRow): Backfill => ({
  id: r.id,
  params: typeof r.params === 'string' ? (JSON.parse(r.params) as BackfillParams) : r.params,
  status: r.status,
  total: r.total,
  done: r.done,
  failed: r.failed,
  cursor: r.cursor,
  lastError: r.last_error,
  createdAt: toIso(r.created_at),
  updatedAt: toIso(r.updated_at),
});

const COLUMNS = 'id, params, status, total, done, failed, cursor, last_error, created_at, updated_at';

/** The same parameters, whatever the key order: an unfinished run with these is resumed. */
export const paramsKey = (params: BackfillParams): string =>
  JSON.stringify(Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b))));

/** The unfinished run with these parameters (running, or stopped and so to resume), or null. */
export async function findRunning(db: Queryable, params: BackfillParams): Promise<Backfill | null> {
  const rows = await db.query<BackfillRow>(
    `SELECT ${COLUMNS} FROM backfills WHERE params_key = $1 AND status IN ('running', 'stopped') ORDER BY created_at LIMIT 1`,
    [paramsKey(params)],
  );
  return rows[0] ? toBackfill(rows[0]) : null;
}

/** Marks a stopped run running again (its driver resumes it at its cursor). */
export async function resume(db: Queryable, id: string): Promise<Backfill> {
  await db.query(`UPDATE backfills SET status = 'running', updated_at = now() WHERE id = $1 AND status = 'stopped'`, [id]);
  return get(db, id);
}

/** Records that nobody drives a running run any more, and why: it shows as stopped, and resumes. */
export async function stop(db: Queryable, id: string, why: string): Promise<void> {
  await db.query(`UPDATE backfills SET status = 'stopped', last_error = $2, updated_at = now() WHERE id = $1 AND status = 'running'`, [id, why]);
}

/** Records a new run. */
export async function create(db: Queryable, id: string, params: BackfillParams, total: number): Promise<Backfill> {
  const rows = await db.query<BackfillRow>(
    `INSERT INTO backfills (id, params_key, params, status, total) VALUES ($1, $2, $3, 'running', $4)
     RETURNING ${COLUMNS}`,
    [id, paramsKey(params), JSON.stringify(params), total],
  );
  return toBackfill(rows[0] as BackfillRow);
}

/**
 * Reads one run.
 * @throws NotFoundError when there is none with this id.
 */
export async function get(db: Queryable, id: string): Promise<Backfill> {
  const rows = await db.query<BackfillRow>(`SELECT ${COLUMNS} FROM backfills WHERE id = $1`, [id]);
  if (!rows[0]) throw new NotFoundError(`no backfill with id ${id} (see \`claims backfill --list\`)`);
  return toBackfill(rows[0]);
}

/** The most recent runs first. */
export async function list(db: Queryable, limit = 20): Promise<Backfill[]> {
  const rows = await db.query<BackfillRow>(`SELECT ${COLUMNS} FROM backfills ORDER BY created_at DESC, id LIMIT $1`, [limit]);
  return rows.map(toBackfill);
}

/** Records a finished batch: the cursor moves past it. Does nothing once the run is no longer running. */
export async function advance(db: Queryable, id: string, batch: { cursor: string; done: number; failed: number; lastError: string | null }): Promise<void> {
  await db.query(
    `UPDATE backfills SET cursor = $2, done = done + $3, failed = failed + $4, last_error = coalesce($5, last_error),
       updated_at = now() WHERE id = $1 AND status = 'running'`,
    [id, batch.cursor, batch.done, batch.failed, batch.lastError],
  );
}

/** Ends a run (done or failed); a cancelled run stays cancelled. */
export async function finish(db: Queryable, id: string, status: 'done' | 'failed', error: string | null = null): Promise<void> {
  await db.query(
    `UPDATE backfills SET status = $2, last_error = coalesce($3, last_error), updated_at = now()
     WHERE id = $1 AND status = 'running'`,
    [id, status, error],
  );
}

/**
 * Asks a run to stop: its driver stops after the batch in flight (a stopped run is simply not resumed).
 * @returns false when it was neither running nor stopped.
 */
export async function cancel(db: Queryable, id: string): Promise<boolean> {
  await get(db, id);
  const rows = await db.query<{ id: string }>(
    `UPDATE backfills SET status = 'cancelled', updated_at = now() WHERE id = $1 AND status IN ('running', 'stopped') RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

/** Whether a run is still meant to go on. */
export async function isRunning(db: Queryable, id: string): Promise<boolean> {
  return (await get(db, id)).status === 'running';
}

export interface StoredSelection {
  since: string | null;
  until: string | null;
  feedId: string | null;
}

const SELECTION = `($1::timestamptz IS NULL OR coalesce(published_at, fetched_at) >= $1)
  AND ($2::timestamptz IS NULL OR coalesce(published_at, fetched_at) < $2)
  AND ($3::text IS NULL OR feed_id = $3)`;

/** How many stored articles a selection holds. */
export async function countArticles(db: Queryable, s: StoredSelection): Promise<number> {
  const rows = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM articles WHERE ${SELECTION}`, [
    s.since,
    s.until,
    s.feedId,
  ]);
  return rows[0]?.n ?? 0;
}

/** The next batch of stored articles after a cursor (article ids ascending: a stable keyset order). */
export async function nextArticles(
  db: Queryable,
  s: StoredSelection,
  after: string | null,
  limit: number,
): Promise<Array<{ id: string; url: string; contentHash: string }>> {
  const rows = await db.query<{ id: string; url: string; content_hash: string }>(
    `SELECT id, url, content_hash FROM articles WHERE ${SELECTION} AND ($4::text IS NULL OR id > $4)
     ORDER BY id LIMIT $5`,
    [s.since, s.until, s.feedId, after, limit],
  );
  return rows.map((r) => ({ id: r.id, url: r.url, contentHash: r.content_hash }));
}

/**
 * Prepares stored articles for a stage to run again: `extract` forgets which text the mentions came from;
 * `dedupe` takes their mentions out of their claims (refreshing those claims) so that they merge anew.
 * @returns the claims that lost mentions.
 */
export async function resetArticles(db: Queryable, ids: readonly string[], stage: 'extract' | 'dedupe'): Promise<string[]> {
  if (stage === 'extract') {
    await db.query('UPDATE articles SET extracted_hash = NULL, deduped_hash = NULL WHERE id = ANY($1::text[])', [ids]);
    return [];
  }
  const rows = await db.query<{ claim_id: string | null }>(
    `UPDATE mentions m SET claim_id = NULL FROM (SELECT id, claim_id FROM mentions WHERE article_id = ANY($1::text[])
       FOR UPDATE) old WHERE m.id = old.id RETURNING old.claim_id`,
    [ids],
  );
  await db.query('UPDATE articles SET deduped_hash = NULL WHERE id = ANY($1::text[])', [ids]);
  return [...new Set(rows.map((r) => r.claim_id).filter((id): id is string => id !== null))];
}
