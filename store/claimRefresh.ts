import type { Queryable } from './db.ts';

/**
 * The figures a claim row keeps, per claim, from a relation `post` of its mentions (claim_id, article_id,
 * kind, text, speaker_id, speaker_key, speaker_weak, role, entities): counts, its outlets (lower-cased), first and last seen, the fullest wording, the
 * fullest speaker name and its role, the subject names. A fragment of WITH (claim_entities, then stats), shared by
 * refresh and applyMerges so that both compute a claim alike.
 */
export const CLAIM_STATS = `claim_entities AS (
       -- The subject names of each claim's mentions, in one pass over them all (issue 19: a subquery per claim
       -- scanned every mention of every claim of the statement, half the statistics' time in a merge batch).
       SELECT p.claim_id, array_agg(DISTINCT e ORDER BY e) AS entities
       FROM post p, unnest(p.entities) e
       GROUP BY p.claim_id
     ), stats AS (
       SELECT p.claim_id,
              count(*)::integer AS mentions,
              bool_or(p.kind = 'quote') AS quoted,
              count(DISTINCT p.article_id)::integer AS articles,
              -- An article of unknown outlet adds no outlet (it used to count as one of its own).
              count(DISTINCT lower(a.outlet))::integer AS outlets,
              -- What outlet filters and the outlet facet read (claims.outlet_keys, migration 0014).
              coalesce(array_agg(DISTINCT lower(a.outlet) ORDER BY lower(a.outlet)) FILTER (WHERE a.outlet IS NOT NULL), '{}') AS outlet_keys,
              min(coalesce(a.published_at, a.fetched_at)) AS first_seen,
              max(coalesce(a.published_at, a.fetched_at)) AS last_seen,
              -- The fullest wording, a quote's (the words as spoken) before a statement that carries them.
              (array_agg(p.text ORDER BY p.kind = 'statement', length(p.text) DESC, p.text))[1] AS text,
              -- The fullest name among the mentions' speakers ("Dmitry Peskov" over "Peskov"), a named one before a
              -- described one ("Donald Trump" over "senior campaign adviser"), and its role.
              (array_agg(p.speaker_id ORDER BY p.speaker_weak IS TRUE, length(p.speaker_key) DESC, p.speaker_key, p.speaker_id)
                 FILTER (WHERE p.speaker_id IS NOT NULL))[1] AS speaker_id,
              (array_agg(p.role ORDER BY p.speaker_weak IS TRUE, length(p.speaker_key) DESC NULLS LAST, p.role)
                 FILTER (WHERE p.role IS NOT NULL))[1] AS role,
              -- One row of claim_entities a claim (or none): the same array on each of its rows.
              coalesce(min(ce.entities), '{}') AS entities
       FROM post p JOIN articles a ON a.id = p.article_id LEFT JOIN claim_entities ce ON ce.claim_id = p.claim_id
       GROUP BY p.claim_id
     )`;

/** SET list of an UPDATE of claims c from stats s (CLAIM_STATS); figures have no speaker; a claim printed as a quote anywhere is a quote. */
export const SET_STATS = `kind = CASE WHEN s.quoted THEN 'quote' ELSE c.kind END, mention_count = s.mentions, article_count = s.articles, outlet_count = s.outlets, outlet_keys = s.outlet_keys,
       first_seen = s.first_seen, last_seen = s.last_seen, text = s.text,
       speaker_id = CASE WHEN c.kind = 'number' THEN NULL ELSE s.speaker_id END,
       speaker = CASE WHEN c.kind = 'number' THEN NULL ELSE (SELECT sp.name FROM speakers sp WHERE sp.id = s.speaker_id) END,
       role = CASE WHEN c.kind = 'number' THEN NULL ELSE s.role END,
       entities = s.entities, updated_at = now()`;

/**
 * Recomputes claims from their mentions (counts, first and last seen, the fullest wording and speaker name,
 * subject names), so that a retried merge lands on the same numbers; claims left without mentions are
 * deleted. One statement.
 */
export async function refresh(db: Queryable, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await db.query(
    `WITH post AS (
       SELECT claim_id, article_id, kind, text, speaker_id, speaker_key, speaker_weak, role, entities FROM mentions
       WHERE claim_id = ANY($1::text[])
     ), ${CLAIM_STATS}, refreshed AS (
       UPDATE claims c SET ${SET_STATS} FROM stats s WHERE c.id = s.claim_id
     )
     DELETE FROM claims c WHERE c.id = ANY($1::text[])
     AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.claim_id = c.id)`,
    [claimIds],
  );
}

/**
 * Drops the variants of claims that no stored mention prints any more (after an article changed): a variant is
 * kept while a mention of its claim has everything its hash holds (dedupe/planMerges.ts variantHash): the words,
 * the speaker key, the names, and a figure's unit and marks or a quote's role. Matching the words and speaker alone kept a
 * variant whose role or unit no mention prints any more, and merging went on reading it ("police" joining through a
 * role no article gives). A variant stored before its unit (migration 0021) or role (0027) was kept has none, and
 * stays while its words do.
 */
export async function pruneVariants(db: Queryable, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await db.query(
    `DELETE FROM claim_variants v WHERE v.claim_id = ANY($1::text[]) AND NOT EXISTS (
       SELECT 1 FROM mentions m WHERE m.claim_id = v.claim_id AND m.text = v.text
         AND m.speaker_key IS NOT DISTINCT FROM v.speaker_key
         AND ARRAY(SELECT e FROM unnest(m.entities) e ORDER BY e) = ARRAY(SELECT e FROM unnest(v.entities) e ORDER BY e)
         AND (CASE WHEN m.kind = 'number' THEN v.unit IS NULL OR (v.unit = m.unit AND v.figure_marks IS NOT DISTINCT FROM m.figure_marks)
                   ELSE v.speaker_role IS NULL OR v.speaker_role = m.role END))`,
    [claimIds],
  );
}
