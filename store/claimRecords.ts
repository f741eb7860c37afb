import type { MentionKind } from '../extract/types.ts';
import { collapseVariants } from './collapseVariants.ts';
import type { Queryable } from './db.ts';

/** A canonical claim as the doors show and export it (snake_case: the export contract). */
export interface ClaimRecord {
  id: string;
  kind: MentionKind;
  speaker: string | null;
  role: string | null;
  text: string;
  value: number | null;
  unit: string | null;
  /** The distinct wordings, as printed, one of each set that differs only in case, spacing or a final full stop. */
  variants: string[];
  /**
   * Each wording with the speaker names it was printed with, the articles that used it, and its kind: verbatim (the
   * claim's words as printed, or a part of them) or reworded (the statement in other words; dedupe/wordingKinds.ts).
   */
  wordings: Array<{ text: string; speakers: string[]; articles: string[]; kind: 'verbatim' | 'reworded' }>;
  mention_count: number;
  article_count: number;
  outlet_count: number;
  articles: Array<{ url: string; title: string | null; outlet: string | null; published_at: string | null }>;
  conflicts: Array<{ id: string; text: string; reason: string }>;
  first_seen: string | null;
  last_seen: string | null;
}

const UTC = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${UTC})`;

/** The select list that turns `claims c` rows into ClaimRecords: provenance gathered in the database. */
export const CLAIM_RECORD_COLUMNS = `
  c.id, c.kind, c.speaker, c.role, c.text, c.value, c.unit, c.mention_count, c.article_count, c.outlet_count,
  ${iso('c.first_seen')} AS first_seen, ${iso('c.last_seen')} AS last_seen,
  coalesce((SELECT json_agg(v.text ORDER BY v.text) FROM (SELECT DISTINCT m.text FROM mentions m
            WHERE m.claim_id = c.id) v), '[]'::json) AS variants,
  coalesce((SELECT json_agg(json_build_object('text', w.text, 'speakers', w.speakers, 'articles', w.articles, 'kind', w.kind)
                   ORDER BY w.text)
            FROM (SELECT m.text,
                         coalesce(array_agg(DISTINCT m.speaker) FILTER (WHERE m.speaker IS NOT NULL), '{}') AS speakers,
                         array_agg(DISTINCT a.url) AS articles,
                         -- A text's variants share its kind; one stored before migration 0026 (null) reads as verbatim.
                         coalesce((SELECT min(v.wording) FROM claim_variants v WHERE v.claim_id = c.id AND v.text = m.text),
                                  'verbatim') AS kind
                  FROM mentions m JOIN articles a ON a.id = m.article_id
                  WHERE m.claim_id = c.id GROUP BY m.text) w), '[]'::json) AS wordings,
  coalesce((SELECT json_agg(json_build_object('url', a.url, 'title', a.title, 'outlet', a.outlet,
                   'published_at', ${iso('a.published_at')}) ORDER BY coalesce(a.published_at, a.fetched_at), a.url)
            FROM articles a WHERE a.id IN (SELECT m.article_id FROM mentions m WHERE m.claim_id = c.id)),
           '[]'::json) AS articles,
  coalesce((SELECT json_agg(json_build_object('id', o.id, 'text', o.text, 'reason', x.reason) ORDER BY o.id)
            FROM claim_conflicts x JOIN claims o ON o.id = x.other_id WHERE x.claim_id = c.id), '[]'::json)
    AS conflicts`;

/** A row selected with CLAIM_RECORD_COLUMNS, before toClaimRecord parses its JSON columns. */
export type ClaimRecordRow = Omit<ClaimRecord, 'variants' | 'wordings' | 'articles' | 'conflicts'> & {
  variants: unknown;
  wordings: unknown;
  articles: unknown;
  conflicts: unknown;
};

// pg parses json columns; PGlite does too, but a driver may hand back text: accept both.
const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** Maps a row selected with CLAIM_RECORD_COLUMNS. */
export function toClaimRecord(row: ClaimRecordRow): ClaimRecord {
  const wordings = parseJson<ClaimRecord['wordings']>(row.wordings);
  const printedBy = new Map(wordings.map((w) => [w.text, w.articles.length]));
  return {
    id: row.id,
    kind: row.kind,
    speaker: row.speaker,
    role: row.role,
    text: row.text,
    value: row.value,
    unit: row.unit,
    variants: collapseVariants(parseJson<string[]>(row.variants), printedBy),
    wordings,
    mention_count: row.mention_count,
    article_count: row.article_count,
    outlet_count: row.outlet_count,
    articles: parseJson<ClaimRecord['articles']>(row.articles),
    conflicts: parseJson<ClaimRecord['conflicts']>(row.conflicts),
    first_seen: row.first_seen,
    last_seen: row.last_seen,
  };
}

/** Runs a query selecting CLAIM_RECORD_COLUMNS and maps its rows. */
export async function queryClaimRecords(db: Queryable, sql: string, params: unknown[]): Promise<ClaimRecord[]> {
  const rows = await db.query<ClaimRecordRow>(sql, params);
  return rows.map(toClaimRecord);
}
