/** The merge's statements on the claims: read what a merge needs (readForMerge), write what dedupe planned (applyMerges). */
import type { CandidateHit, ClaimWrites, StoredVariant } from '../dedupe/planMerges.ts';
import type { MentionKind } from '../extract/types.ts';
import { CLAIM_STATS, SET_STATS } from './claimRefresh.ts';
import type { Queryable } from './db.ts';
import { namedParameters } from './namedParameters.ts';
import type { KnownRow } from './speakers.ts';
import { knownSpeakersSql } from './speakers.ts';

/**
 * How many claims one candidate key is read for. Keys are shingles of distinctive words and figures'
 * subjects, so one held by more claims than this is a stock phrase, or a subject with many figures; the
 * cap keeps a lookup's cost flat as the corpus grows. A true match shares rarer keys, or the whole-quote key.
 */
export const KEY_CLAIMS_CAP = 200;

/**
 * The settings a merge transaction runs with (set with its scope locks, for that transaction alone). work_mem: the
 * candidate read groups a batch's (mention, key, claim) rows (~39,000 late in the e2e bench) into (mention, claim)
 * pairs; with the default 4 MB PostgreSQL sorted them, spilling to disk, instead of hashing them (issue 19: the read's
 * CPU 101 -> 71 ms a batch replayed on the bench's final database, with the arrays of `looked`). A limit per sort or
 * hash of the statement, reached only by batches that large.
 */
export const MERGE_SETTINGS: Readonly<Record<string, string>> = { work_mem: '32MB' };

/** A candidate claim's variants as read, with the stamp of their rows when read. */
interface CachedVariants {
  stamp: string;
  variants: StoredVariant[];
}

/**
 * The candidate claims' variants a worker has read, so that its next candidate reads carry only the variants it lacks
 * (issue 19: the read returned about 57 KB of JSON a page, mostly the same claims' variants again). Each claim's
 * variants are kept with their rows' stamp (each row's version, xmin and ctid, which any insert, update or delete of a
 * row changes): the read returns a claim's variants whenever the stamp it computes differs from the one sent, so a
 * stale copy is never used. Which claims to send is guessed from the keys: the claims earlier reads found for each key.
 * One cache per database (claim ids and row versions mean nothing in another); bounded, it starts again when full.
 */
export class VariantCache {
  private claims = new Map<string, CachedVariants>();
  private byKey = new Map<number, Set<string>>();
  private keyed = 0;

  /** At most `limit` claims and `keyLimit` (key, claim) pairs kept; at most `sendLimit` claims sent with a read. */
  constructor(
    private readonly limit = 20_000,
    private readonly keyLimit = 200_000,
    private readonly sendLimit = 4_000,
  ) {}

  /** The claims held that mentions of these keys may find, as they are now (a copy: later reads do not change it). */
  knownFor(keys: Iterable<number>): Map<string, CachedVariants> {
    const known = new Map<string, CachedVariants>();
    for (const key of keys) {
      for (const id of this.byKey.get(key) ?? []) {
        const cached = this.claims.get(id);
        if (cached && !known.has(id)) known.set(id, cached);
        if (known.size >= this.sendLimit) return known;
      }
    }
    return known;
  }

  /** Remembers a claim's variants read with `stamp`. */
  remember(id: string, stamp: string, variants: StoredVariant[]): void {
    if (!this.claims.has(id) && this.claims.size >= this.limit) this.claims = new Map();
    this.claims.set(id, { stamp, variants });
  }

  /** Notes that `keys` found the claim `id`. */
  index(id: string, keys: readonly number[]): void {
    for (const key of keys) {
      let ids = this.byKey.get(key);
      if (ids?.has(id)) continue;
      if (this.keyed >= this.keyLimit) {
        this.byKey = new Map();
        this.keyed = 0;
        ids = undefined;
      }
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(id);
      this.keyed += 1;
    }
  }
}

/** What a merge reads once its locks are held (readForMerge). */
export interface MergeState {
  /** The mentions no claim holds yet, now locked. */
  unplaced: Set<string>;
  /** The candidate claims of each mention (in the order given), best ranked first. */
  hits: CandidateHit[][];
  /** The keys of each mention held by more claims than were read (KEY_CLAIMS_CAP): they rank after the others. */
  saturated: Array<Set<number>>;
  /** What the speakers table knows of the names (for speakers.resolveMany). */
  speakers: KnownRow[];
  /** The story of `storyOf`'s article as this statement read it (null when none was asked or it has none). */
  storyId: string | null;
  /** The story of each mention's article (its own `storyOf`, else the statement's), as this statement read it. */
  storyIds: Array<string | null>;
}

/**
 * Reads what merging some mentions needs, in one statement: locks those no claim holds yet, so that two
 * workers cannot place one twice (one placed meanwhile is left out once its placer commits); finds for each
 * mention (its kind and candidate keys) the claims of its kind (figures, or quotes and statements) sharing the most keys with it, at most
 * `limit`, with their distinct variants (one index lookup, never a scan of all claims), each key read for
 * at most `perKey` claims (the keys read whole count first in the ranking); and reads what is known of the
 * speakers' names. With `storyOf` (an article id; a mention's own `storyOf` wins, so that the mentions of several
 * articles are read at once), the figures join within that article's story as this same
 * statement reads it: the story, its figures of each figure's value and whether a candidate is carried in it
 * come from one snapshot, so a placement committed meanwhile is as if it came after the merge (it reads no
 * claim, and the merge reads the story nowhere else). The caller holds the merge's scope locks. With `cache`, a
 * candidate's variants come from it when their rows are as it read them (VariantCache), and what is read is kept there.
 */
export async function readForMerge(
  db: Queryable,
  mentions: ReadonlyArray<{ id: string; kind: MentionKind; keys: readonly number[]; value?: number | null; storyOf?: string | null }>,
  names: { keys: readonly string[]; surnames: readonly string[] },
  storyOf: string | null = null,
  limit = 50,
  perKey = KEY_CLAIMS_CAP,
  cache: VariantCache | null = null,
): Promise<MergeState> {
  const known = cache ? cache.knownFor(mentions.flatMap((m) => m.keys)) : new Map<string, CachedVariants>();
  const rows = await db.query<{
    unplaced: string[];
    hits: Array<[m: number, id: string, shared: number[], stories: string[] | null]>;
    // variants null: those of `known` (the rows' stamp is the one sent).
    claims: Record<string, Pick<CandidateHit, 'kind' | 'value' | 'unit'> & { stamp: string; variants: StoredVariant[] | null }>;
    speakers: KnownRow[];
    saturated: Array<[m: number, key: number]>;
    stories: Array<[m: number, storyId: string | null]>;
  }>(
    `WITH story AS (
       -- Each mention's story: that of the article it is looked up for (null for none), numbered as the mentions.
       SELECT o.m, s.story_id FROM unnest($11::text[]) WITH ORDINALITY AS o (article_id, m)
       JOIN articles a ON a.id = o.article_id LEFT JOIN article_stories s ON s.article_id = a.id
     ), unplaced AS (
       SELECT id FROM mentions WHERE id = ANY($5::text[]) AND claim_id IS NULL FOR UPDATE
     ), wanted AS (
       -- copies: how often a mention lists the key (a key listed twice counts its claims twice, as it always has).
       SELECT w.m, w.key, k.kind, count(*) OVER (PARTITION BY w.m, w.key) AS copies
       FROM unnest($1::integer[], $2::integer[]) AS w (m, key)
       JOIN unnest($3::text[]) WITH ORDINALITY AS k (kind, m) ON k.m = w.m
     ), looked AS (
       -- At most $8 claims per key (the least ids, a deterministic sample): a key held by more says little of
       -- identity and must not make every lookup read all of its claims (one more row is read to know it). The count
       -- is taken in each key's own lookup (issue 19: a window over all the batch's rows sorted every (mention, key,
       -- claim) row of the batch again), and each distinct key is looked up once, however many of the batch's
       -- mentions list it (a quote printed in several articles of a batch lists the same keys in each). A key's
       -- claims are one array (issue 19: a row each, numbered and counted by two windows, was a fifth of the read).
       SELECT d.key, cardinality(s.ids) AS found, s.ids[1:$8] AS ids
       FROM (SELECT DISTINCT key FROM wanted) d
       CROSS JOIN LATERAL (
         SELECT ARRAY(SELECT claim_id FROM claim_keys WHERE key = d.key ORDER BY claim_id LIMIT $8 + 1) AS ids
       ) s
     ), capped AS (
       -- A key held by more claims than were read is saturated; the keys read whole rank a claim first, since a
       -- saturated key's sample may have left a claim out. Read by hits alone (the saturated keys are read from
       -- wanted and looked), so PostgreSQL folds it into hits instead of writing its rows out (to temporary files
       -- past work_mem: a batch's ~38,000 (mention, key, claim) rows).
       SELECT w.m, w.kind, w.key, u.claim_id, w.copies * l.found > $8 AS saturated
       FROM wanted w JOIN looked l ON l.key = w.key CROSS JOIN LATERAL unnest(l.ids) AS u (claim_id)
     ), hits AS (
       -- Grouped before the claims are joined: a third as many rows to join (a mention's kind is one). Grouped by
       -- hashing when the merge's work_mem allows (MERGE_WORK_MEM), not by sorting the (mention, key, claim) rows.
       SELECT g.m, g.claim_id, g.shared, g.rare FROM (
         SELECT ck.m, ck.kind, ck.claim_id, array_agg(ck.key) AS shared, count(*) FILTER (WHERE NOT ck.saturated) AS rare
         FROM capped ck GROUP BY ck.m, ck.kind, ck.claim_id
       ) g
       -- Figures meet figures; quotes and statements meet each other (a statement may carry a quote).
       JOIN claims c ON c.id = g.claim_id AND (c.kind = 'number') = (g.kind = 'number')
     ), story_hits AS (
       -- A figure's claims of the same value in its story, whatever they name (no key says that), read through
       -- the articles' story index and each article's mentions: one index probe per article of the story.
       SELECT DISTINCT s.m, mm.claim_id, '{}'::integer[] AS shared, 0::bigint AS rare
       FROM unnest($9::integer[], $10::double precision[]) AS s (m, value)
       JOIN story st ON st.m = s.m
       JOIN article_stories a ON a.story_id = st.story_id
       JOIN mentions mm ON mm.article_id = a.article_id AND mm.kind = 'number' AND mm.value = s.value AND mm.claim_id IS NOT NULL
     ), all_hits AS (
       SELECT * FROM hits
       UNION ALL
       -- NOT IN, which PostgreSQL answers from a hash of the hits (neither side holds a null), where NOT EXISTS made
       -- a nested loop over every hit for each story hit: 123,020 pairs for 20 rows in a batch of the e2e bench.
       SELECT * FROM story_hits sh WHERE (sh.m, sh.claim_id) NOT IN (SELECT h.m, h.claim_id FROM hits h)
     ), ranked AS (
       -- Ties in code-point order ("C"), as planMerges orders the candidates it gets: the same cut of $4 on any
       -- database collation, and a byte comparison instead of the collation's (issue 19: ~5% of the read).
       SELECT h.m, h.claim_id, h.shared,
              row_number() OVER (PARTITION BY h.m ORDER BY h.rare DESC, cardinality(h.shared) DESC, h.claim_id COLLATE "C") AS rank
       FROM all_hits h
     ), top AS (
       SELECT m, claim_id, shared, rank FROM ranked WHERE rank <= $4
     )
     SELECT
       (SELECT coalesce(json_agg(id), '[]') FROM unplaced) AS unplaced,
       -- Each hit as its mention, claim, shared keys and stories; each claim hit (for one mention or many) once, with
       -- its variants: a batch's mentions find the same claims over and over (issue 19: the read is what the merges'
       -- locks are held for longest, and most of it was the same variants aggregated and sent again).
       (SELECT coalesce(json_agg(json_build_array(t.m, t.claim_id, t.shared,
          -- Figures join only within a story: whether an article of the mention's story carries the claim now
          -- (its story, or none), read through the story's articles; null for a quote or statement, or when the
          -- mention has no story.
          CASE WHEN c.kind <> 'number' OR st.story_id IS NULL THEN NULL
               WHEN EXISTS (SELECT 1 FROM article_stories a JOIN mentions mm ON mm.article_id = a.article_id
                            WHERE a.story_id = st.story_id AND mm.claim_id = c.id)
               THEN json_build_array(st.story_id) ELSE '[]'::json END) ORDER BY t.m, t.rank), '[]')
        FROM top t JOIN claims c ON c.id = t.claim_id LEFT JOIN story st ON st.m = t.m) AS hits,
       -- A claim's variants only when the caller's copy (its stamp, $12 and $13) is not of their rows as they are:
       -- each row's version (xmin, ctid) changes with any write to it, and a row added or removed changes the list.
       (SELECT coalesce(json_object_agg(c.id, json_build_object(
          'kind', c.kind, 'value', c.value, 'unit', c.unit, 'stamp', s.stamp,
          'variants', CASE WHEN s.stamp = k.stamp THEN NULL ELSE
                      (SELECT coalesce(json_agg(json_build_object('hash', v.hash, 'text', v.text,
                                                'speakerKey', v.speaker_key, 'entities', v.entities, 'unit', v.unit,
                                                'marks', v.figure_marks,
                                                'weakSpeaker', v.speaker_weak, 'role', v.speaker_role, 'wording', v.wording)
                                                ORDER BY v.hash), '[]')
                       FROM claim_variants v WHERE v.claim_id = c.id) END)), '{}')
        FROM claims c
        CROSS JOIN LATERAL (
          SELECT md5(coalesce(string_agg(v.xmin::text || v.ctid::text, ',' ORDER BY v.hash), '')) AS stamp
          FROM claim_variants v WHERE v.claim_id = c.id
        ) s
        LEFT JOIN unnest($12::text[], $13::text[]) AS k (id, stamp) ON k.id = c.id
        WHERE c.id IN (SELECT claim_id FROM top)) AS claims,
       (SELECT coalesce(json_agg(k), '[]') FROM (${knownSpeakersSql(6, 7)}) AS k) AS speakers,
       (SELECT coalesce(json_agg(json_build_array(m, key)), '[]') FROM (
          SELECT DISTINCT w.m, w.key FROM wanted w JOIN looked l ON l.key = w.key
          WHERE w.copies * l.found > $8) AS s) AS saturated,
       (SELECT coalesce(json_agg(json_build_array(m, story_id)), '[]') FROM story) AS stories`,
    [
      mentions.flatMap((m, i) => m.keys.map(() => i + 1)),
      mentions.flatMap((m) => m.keys),
      mentions.map((m) => m.kind),
      limit,
      mentions.map((m) => m.id),
      names.keys,
      names.surnames,
      perKey,
      ...storyLookups(mentions, storyOf),
      mentions.map((m) => storyArticle(m, storyOf)),
      [...known.keys()],
      [...known.values()].map((k) => k.stamp),
    ],
  );
  const row = rows[0];
  const hits: CandidateHit[][] = mentions.map(() => []);
  const variantsOf = new Map<string, StoredVariant[]>();
  for (const [id, claim] of Object.entries(row?.claims ?? {})) {
    const variants = claim.variants ?? known.get(id)?.variants;
    if (!variants) throw new Error(`readForMerge: no variants for claim ${id} (stamp ${claim.stamp})`);
    variantsOf.set(id, variants);
    if (cache && claim.variants) cache.remember(id, claim.stamp, claim.variants);
  }
  for (const [m, id, shared, stories] of row?.hits ?? []) {
    const claim = row?.claims[id];
    const variants = variantsOf.get(id);
    if (claim && variants) {
      hits[m - 1]?.push({ id, kind: claim.kind, value: claim.value, unit: claim.unit, shared, variants, stories: stories as string[] });
      cache?.index(id, shared);
    }
  }
  const saturated = mentions.map(() => new Set<number>());
  for (const [m, key] of row?.saturated ?? []) saturated[m - 1]?.add(key);
  const storyIds: Array<string | null> = mentions.map(() => null);
  for (const [m, storyId] of row?.stories ?? []) storyIds[m - 1] = storyId;
  return {
    unplaced: new Set(row?.unplaced ?? []),
    hits,
    saturated,
    speakers: row?.speakers ?? [],
    storyId: storyIds.find((id) => id !== null) ?? null,
    storyIds,
  };
}

/** The article whose story a mention is looked up in: its own `storyOf`, else the statement's. */
const storyArticle = (m: { storyOf?: string | null }, storyOf: string | null) => (m.storyOf === undefined ? storyOf : m.storyOf);

/** The figures to look up in their story (none without `storyOf`), as two arrays: mention number (from 1), value. */
function storyLookups(
  mentions: ReadonlyArray<{ kind: MentionKind; value?: number | null; storyOf?: string | null }>,
  storyOf: string | null,
) {
  const figures = mentions.flatMap((m, i) =>
    storyArticle(m, storyOf) !== null && m.kind === 'number' && m.value !== null && m.value !== undefined ? [{ m: i + 1, value: m.value }] : [],
  );
  return [figures.map((f) => f.m), figures.map((f) => f.value)];
}

/** applyMerges' parameters by name (the statement writes `${arg.name}`), grouped by the relation they fill. */
const { arg, values } = namedParameters([
  'redirectOldIds',
  'redirectNewIds',
  'newClaims',
  'placedMentionIds',
  'placedClaimIds',
  'placedSpeakerIds',
  'placedSpeakerKeys',
  'placedSpeakerWeak',
  'keys',
  'keyClaimIds',
  'variants',
  'conflictClaimIds',
  'conflictOtherIds',
  'conflictReasons',
  'dedupedArticleIds',
  'dedupedHashes',
  'touchedClaimIds',
]);

const APPLY_MERGES = `WITH redirect AS (
       SELECT * FROM unnest(${arg.redirectOldIds}::text[], ${arg.redirectNewIds}::text[]) AS r (old_id, new_id)
     ), placement AS (
       SELECT * FROM unnest(${arg.placedMentionIds}::text[], ${arg.placedClaimIds}::text[],
                            ${arg.placedSpeakerIds}::text[], ${arg.placedSpeakerKeys}::text[],
                            ${arg.placedSpeakerWeak}::boolean[])
         AS p (id, claim_id, speaker_id, speaker_key, speaker_weak)
     ), post AS (
       -- The touched claims' mentions as they will be: those already in them or in the claims absorbed here
       -- (under their new ids), and those placed here.
       SELECT coalesce(r.new_id, m.claim_id) AS claim_id, m.article_id, m.kind, m.text, m.speaker_id, m.speaker_key, m.speaker_weak,
              m.role, m.entities
       FROM mentions m LEFT JOIN redirect r ON r.old_id = m.claim_id
       WHERE m.claim_id = ANY(${arg.touchedClaimIds}::text[])
       UNION ALL
       SELECT p.claim_id, m.article_id, m.kind, m.text, p.speaker_id, p.speaker_key, p.speaker_weak, m.role, m.entities
       FROM placement p JOIN mentions m ON m.id = p.id
     ), ${CLAIM_STATS}, flag AS (
       -- The claims that get a conflict here (claims.conflicted, migration 0015): both sides of the new
       -- pairs, and the claims absorbing a conflicted one.
       SELECT unnest(${arg.conflictClaimIds}::text[] || ${arg.conflictOtherIds}::text[]) AS id
       UNION SELECT r.new_id FROM redirect r JOIN claims o ON o.id = r.old_id WHERE o.conflicted
     ), new_claims AS (
       INSERT INTO claims (id, kind, text, value, unit, entities, speaker_id, speaker, role, mention_count,
                           article_count, outlet_count, outlet_keys, conflicted, first_seen, last_seen)
       SELECT n.id, CASE WHEN s.quoted THEN 'quote' ELSE n.kind END, s.text, n.value, n.unit, s.entities,
              CASE WHEN n.kind = 'number' THEN NULL ELSE s.speaker_id END,
              CASE WHEN n.kind = 'number' THEN NULL ELSE (SELECT sp.name FROM speakers sp WHERE sp.id = s.speaker_id) END,
              CASE WHEN n.kind = 'number' THEN NULL ELSE s.role END,
              s.mentions, s.articles, s.outlets, s.outlet_keys, n.id IN (SELECT f.id FROM flag f), s.first_seen, s.last_seen
       FROM jsonb_to_recordset(${arg.newClaims}::jsonb) AS n (id text, kind text, value double precision, unit text)
       JOIN stats s ON s.claim_id = n.id
       ON CONFLICT (id) DO UPDATE SET
         mention_count = EXCLUDED.mention_count, article_count = EXCLUDED.article_count,
         outlet_count = EXCLUDED.outlet_count, outlet_keys = EXCLUDED.outlet_keys,
         conflicted = claims.conflicted OR EXCLUDED.conflicted,
         first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
         kind = EXCLUDED.kind, text = EXCLUDED.text, speaker_id = EXCLUDED.speaker_id, speaker = EXCLUDED.speaker, role = EXCLUDED.role,
         entities = EXCLUDED.entities, updated_at = now()
     ), refreshed AS (
       UPDATE claims c SET ${SET_STATS}, conflicted = c.conflicted OR c.id IN (SELECT f.id FROM flag f) FROM stats s
       WHERE c.id = s.claim_id AND c.id NOT IN (SELECT n.id FROM jsonb_to_recordset(${arg.newClaims}::jsonb) AS n (id text))
     ), flagged AS (
       -- The other side of a new conflict, when its mentions do not change here (a row is updated once).
       UPDATE claims c SET conflicted = true
       WHERE c.id IN (SELECT f.id FROM flag f) AND NOT c.conflicted AND c.id NOT IN (SELECT s.claim_id FROM stats s)
     ), absorbed AS (
       DELETE FROM claims WHERE id IN (SELECT old_id FROM redirect)
     ), placed AS (
       UPDATE mentions m SET claim_id = p.claim_id, speaker_id = p.speaker_id, speaker_key = p.speaker_key,
                             speaker_weak = p.speaker_weak
       FROM placement p WHERE m.id = p.id
     ), moved AS (
       UPDATE mentions m SET claim_id = r.new_id FROM redirect r WHERE m.claim_id = r.old_id
     ), keys AS (
       INSERT INTO claim_keys (key, claim_id)
       SELECT * FROM unnest(${arg.keys}::integer[], ${arg.keyClaimIds}::text[])
       UNION ALL SELECT k.key, r.new_id FROM claim_keys k JOIN redirect r ON r.old_id = k.claim_id
       ON CONFLICT DO NOTHING
     ), variants AS (
       -- The variants planned (a changed claim's all, with their wording now) before those moved from an
       -- absorbed claim: one row per variant, so that the wording of a stored one is updated.
       INSERT INTO claim_variants (claim_id, hash, text, speaker_key, entities, unit, figure_marks, speaker_weak, wording, speaker_role)
       SELECT DISTINCT ON (claim_id, hash) claim_id, hash, text, speaker_key, entities, unit, figure_marks, speaker_weak, wording,
              speaker_role FROM (
         SELECT v.*, 0 AS moved FROM jsonb_to_recordset(${arg.variants}::jsonb)
           AS v (claim_id text, hash text, text text, speaker_key text, entities text[], unit text, figure_marks jsonb,
                 speaker_weak boolean, wording text, speaker_role text)
         UNION ALL SELECT r.new_id, v.hash, v.text, v.speaker_key, v.entities, v.unit, v.figure_marks, v.speaker_weak, v.wording,
                          v.speaker_role, 1
         FROM claim_variants v JOIN redirect r ON r.old_id = v.claim_id
       ) AS planned
       ORDER BY claim_id, hash, moved
       ON CONFLICT (claim_id, hash) DO UPDATE SET wording = EXCLUDED.wording
     ), stored_conflicts AS (
       SELECT c.* FROM claim_conflicts c JOIN redirect r ON r.old_id = c.claim_id
       UNION SELECT c.* FROM claim_conflicts c JOIN redirect r ON r.old_id = c.other_id
     ), conflicts AS (
       INSERT INTO claim_conflicts (claim_id, other_id, reason)
       SELECT * FROM (
         SELECT * FROM unnest(${arg.conflictClaimIds}::text[], ${arg.conflictOtherIds}::text[],
                              ${arg.conflictReasons}::text[])
         UNION ALL SELECT * FROM unnest(${arg.conflictOtherIds}::text[], ${arg.conflictClaimIds}::text[],
                                        ${arg.conflictReasons}::text[])
         UNION ALL SELECT coalesce(a.new_id, c.claim_id), coalesce(b.new_id, c.other_id), c.reason
         FROM stored_conflicts c LEFT JOIN redirect a ON a.old_id = c.claim_id LEFT JOIN redirect b ON b.old_id = c.other_id
       ) AS pairs (claim_id, other_id, reason)
       WHERE claim_id <> other_id
       ON CONFLICT DO NOTHING
     ), redirects AS (
       INSERT INTO claim_redirects (old_id, new_id)
       SELECT old_id, new_id FROM redirect
       UNION ALL SELECT d.old_id, r.new_id FROM claim_redirects d JOIN redirect r ON r.old_id = d.new_id
       WHERE d.old_id NOT IN (SELECT old_id FROM redirect)
       ON CONFLICT (old_id) DO UPDATE SET new_id = EXCLUDED.new_id
     ), deduped AS (
       UPDATE articles a SET deduped_hash = d.hash
       FROM unnest(${arg.dedupedArticleIds}::text[], ${arg.dedupedHashes}::text[]) AS d (id, hash)
       -- Only a version that is still the article's text (a newer one stored meanwhile is marked by its own merge).
       WHERE a.id = d.id AND a.content_hash = d.hash
     )
     SELECT 1`;

/** An article as its text was when its mentions were merged (articles.deduped_hash). */
export interface ArticleVersion {
  articleId: string;
  contentHash: string;
}

/**
 * Writes a planned merge in one statement: the mentions placed, keys, variants and conflicts, the absorbed
 * claims' rows moved to the claims that absorbed them (their old ids redirect, the claims go), the touched
 * claims computed as refresh would from their mentions as they now are (new claims inserted so), and the
 * article versions `deduped` (one or several, when one merge placed the mentions of several articles) marked merged.
 */
export async function applyMerges(
  db: Queryable,
  writes: ClaimWrites,
  deduped: ArticleVersion | readonly ArticleVersion[] | null,
): Promise<void> {
  const versions: readonly ArticleVersion[] = deduped === null ? [] : 'articleId' in deduped ? [deduped] : deduped;
  await db.query(
    APPLY_MERGES,
    values({
      redirectOldIds: writes.redirects.map((r) => r.oldId),
      redirectNewIds: writes.redirects.map((r) => r.newId),
      newClaims: JSON.stringify(writes.claims),
      placedMentionIds: writes.placements.map((p) => p.mentionId),
      placedClaimIds: writes.placements.map((p) => p.claimId),
      placedSpeakerIds: writes.placements.map((p) => p.speakerId),
      placedSpeakerKeys: writes.placements.map((p) => p.speakerKey),
      placedSpeakerWeak: writes.placements.map((p) => p.speakerWeak),
      keys: writes.keys.map((k) => k.key),
      keyClaimIds: writes.keys.map((k) => k.claimId),
      variants: JSON.stringify(
        writes.variants.map((v) => ({ claim_id: v.claimId, hash: v.hash, text: v.text, speaker_key: v.speakerKey, entities: v.entities, unit: v.unit ?? null, figure_marks: v.marks ?? null, speaker_weak: v.weakSpeaker ?? null, wording: v.wording ?? null, speaker_role: v.role ?? null })),
      ),
      conflictClaimIds: writes.conflicts.map((c) => c.claimId),
      conflictOtherIds: writes.conflicts.map((c) => c.otherId),
      conflictReasons: writes.conflicts.map((c) => c.reason),
      dedupedArticleIds: versions.map((d) => d.articleId),
      dedupedHashes: versions.map((d) => d.contentHash),
      touchedClaimIds: writes.touched,
    }),
  );
}
