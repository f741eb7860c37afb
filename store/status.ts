import type { Queryable } from './db.ts';

export interface StoreCounts {
  feeds: number;
  articles: number;
  duplicateArticles: number;
  mentions: number;
  unmergedMentions: number;
  claims: number;
  speakers: number;
  /** Articles whose text holds bytes that did not decode (see listUndecodable). */
  undecodableArticles: number;
}

export interface UndecodableArticle {
  id: string;
  url: string;
  warning: string;
}

/** Counts of every table a journalist or operator cares about, in one round trip. */
export async function countAll(db: Queryable): Promise<StoreCounts> {
  const rows = await db.query<StoreCounts>(
    `SELECT (SELECT count(*)::integer FROM feeds) AS feeds,
            (SELECT count(*)::integer FROM articles) AS articles,
            (SELECT count(*)::integer FROM articles WHERE duplicate_of IS NOT NULL) AS "duplicateArticles",
            (SELECT count(*)::integer FROM mentions) AS mentions,
            (SELECT count(*)::integer FROM mentions WHERE claim_id IS NULL) AS "unmergedMentions",
            (SELECT count(*)::integer FROM claims) AS claims,
            (SELECT count(*)::integer FROM speakers) AS speakers,
            (SELECT count(*)::integer FROM articles WHERE decode_warning IS NOT NULL) AS "undecodableArticles"`,
  );
  const row = rows[0];
  if (!row) throw new Error('count query returned no row');
  return row;
}

/** The articles stored with bytes that did not decode, latest first, each with what went wrong. */
export async function listUndecodable(db: Queryable, limit: number): Promise<UndecodableArticle[]> {
  return db.query<UndecodableArticle>(
    `SELECT id, url, decode_warning AS warning FROM articles WHERE decode_warning IS NOT NULL
     ORDER BY fetched_at DESC, id LIMIT $1`,
    [limit],
  );
}
