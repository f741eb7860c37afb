import type { ClaimCandidate, MergeDecision } from '../dedupe/decideMerge.ts';
import type { MentionKind } from '../extract/types.ts';
import type { Queryable } from './db.ts';
import { makeId } from './ids.ts';

/** Takes the transaction-scoped lock of a merge scope, so that concurrent merges of related mentions queue up. */
export async function lockScope(db: Queryable, scope: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [scope]);
}

interface CandidateRow {
  id: string;
  kind: MentionKind;
  speaker_id: string | null;
  text: string;
  value: number | null;
  unit: string | null;
  entities: string[];
  variants: string[] | null;
}

/** The claims of a kind sharing the most keys with a mention, with their wordings: candidates, never a scan. */
export async function findCandidates(
  db: Queryable,
  kind: MentionKind,
  keys: readonly number[],
  limit = 50,
): Promise<ClaimCandidate[]> {
  const rows = await db.query<CandidateRow>(
    `WITH hits AS (
       SELECT k.claim_id, count(*) AS shared FROM claim_keys k
       WHERE k.key = ANY($1::integer[]) GROUP BY k.claim_id ORDER BY shared DESC, k.claim_id LIMIT $3
     )
     SELECT c.id, c.kind, c.speaker_id, c.text, c.value, c.unit, c.entities,
            (SELECT array_agg(DISTINCT m.text) FROM mentions m WHERE m.claim_id = c.id) AS variants
     FROM hits h JOIN claims c ON c.id = h.claim_id
     WHERE c.kind = $2
     ORDER BY c.id`,
    [keys, kind, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    speakerId: r.speaker_id,
    texts: [...new Set([r.text, ...(r.variants ?? [])])],
    value: r.value,
    unit: r.unit,
    entities: r.entities,
  }));
}

export interface MergeInput {
  mentionId: string;
  kind: MentionKind;
  text: string;
  speakerId: string | null;
  speaker: string | null;
  role: string | null;
  value: number | null;
  unit: string | null;
  entities: readonly string[];
  keys: readonly number[];
  decision: MergeDecision;
}

export interface MergeOutcome {
  claimId: string;
  created: boolean;
  /** Other claims folded into this one because the mention bridged them. */
  absorbed: string[];
}

/** Places a mention in its claim (a new one, or the first match absorbing the others) and refreshes it. */
export async function applyMerge(db: Queryable, input: MergeInput): Promise<MergeOutcome> {
  const [target, ...absorbed] = input.decision.matches;
  const claimId = target ?? makeId('c', input.mentionId);
  if (!target) {
    await db.query(
      `INSERT INTO claims (id, kind, speaker_id, speaker, role, text, value, unit, entities)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [claimId, input.kind, input.speakerId, input.speaker, input.role, input.text, input.value, input.unit,
        input.entities],
    );
  }
  if (absorbed.length > 0) await absorb(db, claimId, absorbed);
  await db.query('UPDATE mentions SET claim_id = $2, speaker_id = $3 WHERE id = $1', [
    input.mentionId,
    claimId,
    input.speakerId,
  ]);
  await db.query(
    `INSERT INTO claim_keys (key, claim_id) SELECT DISTINCT unnest($1::integer[]), $2 ON CONFLICT DO NOTHING`,
    [input.keys, claimId],
  );
  for (const conflict of input.decision.conflicts) {
    await db.query(
      `INSERT INTO claim_conflicts (claim_id, other_id, reason) VALUES ($1, $2, $3), ($2, $1, $3)
       ON CONFLICT DO NOTHING`,
      [claimId, conflict.claimId, conflict.reason],
    );
  }
  await refresh(db, [claimId]);
  return { claimId, created: !target, absorbed };
}

/** Folds claims into a target: their mentions, keys and conflicts move, their ids redirect. */
async function absorb(db: Queryable, target: string, others: readonly string[]): Promise<void> {
  await db.query('UPDATE mentions SET claim_id = $1 WHERE claim_id = ANY($2::text[])', [target, others]);
  await db.query(
    `INSERT INTO claim_keys (key, claim_id) SELECT key, $1 FROM claim_keys WHERE claim_id = ANY($2::text[])
     ON CONFLICT DO NOTHING`,
    [target, others],
  );
  await db.query(
    `INSERT INTO claim_conflicts (claim_id, other_id, reason)
     SELECT $1, other_id, reason FROM claim_conflicts WHERE claim_id = ANY($2::text[]) AND other_id <> $1
     UNION SELECT claim_id, $1, reason FROM claim_conflicts WHERE other_id = ANY($2::text[]) AND claim_id <> $1
     ON CONFLICT DO NOTHING`,
    [target, others],
  );
  await db.query('UPDATE claim_redirects SET new_id = $1 WHERE new_id = ANY($2::text[])', [target, others]);
  await db.query(
    `INSERT INTO claim_redirects (old_id, new_id) SELECT unnest($2::text[]), $1
     ON CONFLICT (old_id) DO UPDATE SET new_id = EXCLUDED.new_id`,
    [target, others],
  );
  await db.query('DELETE FROM claims WHERE id = ANY($1::text[])', [others]);
}

/**
 * Recomputes claims from their mentions (counts, first and last seen, the fullest wording, subject names),
 * so that a retried merge lands on the same numbers; claims left without mentions are deleted.
 */
export async function refresh(db: Queryable, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await db.query(
    `UPDATE claims c SET
       mention_count = s.mentions, article_count = s.articles, outlet_count = s.outlets,
       first_seen = s.first_seen, last_seen = s.last_seen, text = s.text, role = coalesce(s.role, c.role),
       entities = s.entities, updated_at = now()
     FROM (
       SELECT m.claim_id,
              count(*)::integer AS mentions,
              count(DISTINCT m.article_id)::integer AS articles,
              count(DISTINCT coalesce(a.outlet, a.id))::integer AS outlets,
              min(coalesce(a.published_at, a.fetched_at)) AS first_seen,
              max(coalesce(a.published_at, a.fetched_at)) AS last_seen,
              (array_agg(m.text ORDER BY length(m.text) DESC, m.text))[1] AS text,
              (array_agg(m.role ORDER BY m.role) FILTER (WHERE m.role IS NOT NULL))[1] AS role,
              coalesce((SELECT array_agg(DISTINCT e ORDER BY e) FROM mentions m2, unnest(m2.entities) e
                        WHERE m2.claim_id = m.claim_id), '{}') AS entities
       FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.claim_id = ANY($1::text[])
       GROUP BY m.claim_id
     ) s
     WHERE c.id = s.claim_id`,
    [claimIds],
  );
  await db.query(
    `DELETE FROM claims c WHERE c.id = ANY($1::text[])
     AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.claim_id = c.id)`,
    [claimIds],
  );
}

/** Deletes every claim (before re-clustering from the stored mentions). */
export async function deleteAll(db: Queryable): Promise<void> {
  await db.query('DELETE FROM claims');
  await db.query('DELETE FROM claim_redirects');
}
