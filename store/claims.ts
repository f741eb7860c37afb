import type { ClaimCandidate, ClaimVariant, MergeDecision } from '../dedupe/decideMerge.ts';
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
  value: number | null;
  unit: string | null;
  variants: ClaimVariant[] | null;
}

/**
 * The claims of a kind sharing the most keys with a mention, with their distinct variants (words, speaker,
 * names): candidates from the key index, never a scan of all claims.
 */
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
     SELECT c.id, c.kind, c.value, c.unit,
            (SELECT json_agg(json_build_object('text', v.text, 'speakerKey', v.speaker_key, 'entities', v.entities)
                             ORDER BY v.hash)
             FROM claim_variants v WHERE v.claim_id = c.id) AS variants
     FROM hits h JOIN claims c ON c.id = h.claim_id
     WHERE c.kind = $2
     ORDER BY c.id`,
    [keys, kind, limit],
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, value: r.value, unit: r.unit, variants: r.variants ?? [] }));
}

export interface MergeInput {
  mentionId: string;
  kind: MentionKind;
  text: string;
  /** The speaker the mention's name resolved to across documents, and the name's comparable key. */
  speakerId: string | null;
  speakerKey: string | null;
  value: number | null;
  unit: string | null;
  entities: readonly string[];
  keys: readonly number[];
  decision: MergeDecision;
}

export interface MergeOutcome {
  claimId: string;
  /** No claim matched: the mention starts a claim of its own. */
  created: boolean;
  /** Other claims folded into this one because the mention bridged them (or because its id is smaller). */
  absorbed: string[];
}

/** The id a claim would have if this mention were its only one. */
const ownClaimId = (mentionId: string) => makeId('c', mentionId);

/**
 * Places a mention in its claim and refreshes it. A claim's id is the least of its mentions' own ids, so
 * the same mentions give the same ids whatever order they arrived in: when the mention's own id is less
 * than every matched claim's, a claim with that id absorbs them (the old ids redirect).
 */
export async function applyMerge(db: Queryable, input: MergeInput, options = { refresh: true }): Promise<MergeOutcome> {
  const ownId = ownClaimId(input.mentionId);
  const [claimId = ownId, ...absorbed] = [...new Set([ownId, ...input.decision.matches])].sort();
  if (claimId === ownId) {
    await db.query(
      `INSERT INTO claims (id, kind, text, value, unit, entities) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO NOTHING`,
      [claimId, input.kind, input.text, input.value, input.unit, input.entities],
    );
  }
  const others = absorbed.filter((id) => id !== ownId);
  if (others.length > 0) await absorb(db, claimId, others);
  await db.query('UPDATE mentions SET claim_id = $2, speaker_id = $3, speaker_key = $4 WHERE id = $1', [
    input.mentionId,
    claimId,
    input.speakerId,
    input.speakerKey,
  ]);
  await db.query(
    `INSERT INTO claim_keys (key, claim_id) SELECT DISTINCT unnest($1::integer[]), $2 ON CONFLICT DO NOTHING`,
    [input.keys, claimId],
  );
  await db.query(
    `INSERT INTO claim_variants (claim_id, hash, text, speaker_key, entities) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING`,
    [claimId, makeId('v', input.text, input.speakerKey ?? '', [...input.entities].sort().join('|')), input.text,
      input.speakerKey, input.entities],
  );
  for (const conflict of input.decision.conflicts) {
    const other = await redirected(db, conflict.claimId);
    if (other === claimId) continue;
    await db.query(
      `INSERT INTO claim_conflicts (claim_id, other_id, reason) VALUES ($1, $2, $3), ($2, $1, $3)
       ON CONFLICT DO NOTHING`,
      [claimId, other, conflict.reason],
    );
  }
  if (options.refresh) await refresh(db, [claimId]);
  return { claimId, created: input.decision.matches.length === 0, absorbed: others };
}

/** Where a claim id lives now (itself, or the claim that absorbed it). */
async function redirected(db: Queryable, claimId: string): Promise<string> {
  const rows = await db.query<{ new_id: string }>('SELECT new_id FROM claim_redirects WHERE old_id = $1', [claimId]);
  return rows[0]?.new_id ?? claimId;
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
    `INSERT INTO claim_variants (claim_id, hash, text, speaker_key, entities)
     SELECT $1, hash, text, speaker_key, entities FROM claim_variants WHERE claim_id = ANY($2::text[])
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
 * Recomputes claims from their mentions (counts, first and last seen, the fullest wording and speaker name,
 * subject names),
 * so that a retried merge lands on the same numbers; claims left without mentions are deleted.
 */
export async function refresh(db: Queryable, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await db.query(
    `UPDATE claims c SET
       mention_count = s.mentions, article_count = s.articles, outlet_count = s.outlets,
       first_seen = s.first_seen, last_seen = s.last_seen, text = s.text,
       speaker_id = CASE WHEN c.kind = 'number' THEN NULL ELSE s.speaker_id END,
       speaker = CASE WHEN c.kind = 'number' THEN NULL ELSE (SELECT sp.name FROM speakers sp WHERE sp.id = s.speaker_id) END,
       role = CASE WHEN c.kind = 'number' THEN NULL ELSE s.role END,
       entities = s.entities, updated_at = now()
     FROM (
       SELECT m.claim_id,
              count(*)::integer AS mentions,
              count(DISTINCT m.article_id)::integer AS articles,
              count(DISTINCT coalesce(a.outlet, a.id))::integer AS outlets,
              min(coalesce(a.published_at, a.fetched_at)) AS first_seen,
              max(coalesce(a.published_at, a.fetched_at)) AS last_seen,
              (array_agg(m.text ORDER BY length(m.text) DESC, m.text))[1] AS text,
              -- The fullest name among the mentions' speakers ("Dmitry Peskov" over "Peskov"), and its role.
              (array_agg(m.speaker_id ORDER BY length(m.speaker_key) DESC, m.speaker_key, m.speaker_id)
                 FILTER (WHERE m.speaker_id IS NOT NULL))[1] AS speaker_id,
              (array_agg(m.role ORDER BY length(m.speaker_key) DESC NULLS LAST, m.role)
                 FILTER (WHERE m.role IS NOT NULL))[1] AS role,
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

/** Drops the variants of claims that no stored mention prints any more (after an article changed). */
export async function pruneVariants(db: Queryable, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await db.query(
    `DELETE FROM claim_variants v WHERE v.claim_id = ANY($1::text[]) AND NOT EXISTS (
       SELECT 1 FROM mentions m WHERE m.claim_id = v.claim_id AND m.text = v.text
         AND m.speaker_key IS NOT DISTINCT FROM v.speaker_key)`,
    [claimIds],
  );
}

/**
 * Forgets every canonical claim, learnt speaker and near-duplicate group, keeping articles and their
 * mentions, so that the dedupe stage can rebuild them (after a threshold change or a rule fix).
 * @returns the articles whose mentions are stored, to be merged again.
 */
export async function resetForRecluster(db: Queryable): Promise<Array<{ articleId: string; contentHash: string }>> {
  await db.query('UPDATE mentions SET claim_id = NULL, speaker_id = NULL, speaker_key = NULL');
  await db.query('DELETE FROM claims');
  await db.query('DELETE FROM claim_redirects');
  await db.query('DELETE FROM speakers');
  await db.query('DELETE FROM article_bands');
  await db.query('UPDATE articles SET duplicate_of = NULL, minhash = NULL, deduped_hash = NULL');
  const rows = await db.query<{ id: string; content_hash: string }>(
    'SELECT id, content_hash FROM articles WHERE extracted_hash = content_hash ORDER BY id',
  );
  return rows.map((r) => ({ articleId: r.id, contentHash: r.content_hash }));
}
