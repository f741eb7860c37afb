import type { Queryable } from './db.ts';

export interface ArticleRef {
  id: string;
  url: string;
}

/** The article one of the aliases `$1` (or URLs) names, the first alias winning: at most one row, its id and url. */
const BY_ALIAS = `SELECT a.id, a.url FROM unnest($1::text[]) WITH ORDINALITY AS k (alias, rank)
       JOIN LATERAL (SELECT article_id FROM article_aliases WHERE alias = k.alias
                     UNION ALL SELECT id FROM articles WHERE url = k.alias) m (article_id) ON true
       JOIN articles a ON a.id = m.article_id
     ORDER BY k.rank LIMIT 1`;

/** The article one of these aliases (or URLs) already names, the first alias winning; or null. */
export async function findByAliases(db: Queryable, aliases: readonly string[]): Promise<ArticleRef | null> {
  if (aliases.length === 0) return null;
  const rows = await db.query<ArticleRef>(BY_ALIAS, [aliases]);
  return rows[0] ?? null;
}

/**
 * The article an article being stored already is, in one statement (a round trip a page fewer than two lookups):
 * the one an alias names (the first alias winning), else, when `content` is given, the oldest article with that
 * content hash whose URL starts with `urlPrefix` (one site); or null.
 */
export async function findExisting(
  db: Queryable,
  aliases: readonly string[],
  content: { contentHash: string; urlPrefix: string } | null,
): Promise<ArticleRef | null> {
  if (content === null) return findByAliases(db, aliases);
  const rows = await db.query<ArticleRef>(
    `WITH by_alias AS (${BY_ALIAS})
     SELECT id, url FROM by_alias
     UNION ALL
     (SELECT id, url FROM articles WHERE content_hash = $2 AND starts_with(url, $3) AND NOT EXISTS (SELECT 1 FROM by_alias)
      ORDER BY fetched_at, id LIMIT 1)`,
    [aliases, content.contentHash, content.urlPrefix],
  );
  return rows[0] ?? null;
}

/** Records aliases of an article; an alias already taken keeps its first article. */
export async function addAliases(db: Queryable, articleId: string, aliases: readonly string[]): Promise<void> {
  if (aliases.length === 0) return;
  await db.query(
    `INSERT INTO article_aliases (alias, article_id) SELECT DISTINCT unnest($1::text[]), $2 ON CONFLICT (alias) DO NOTHING`,
    [aliases, articleId],
  );
}

/** The article an alias names and the version of its text that is stored. */
export interface StoredVersion {
  articleId: string;
  contentHash: string;
  /** Extraction and merging have caught up with this version of the text. */
  processed: boolean;
}

/**
 * For each of these aliases (or URLs) that is known, the articles it names (one, bar an alias taken by one
 * article that is another's URL) with the hash of their stored text: one statement for a whole feed.
 */
export async function findStoredVersions(db: Queryable, aliases: readonly string[]): Promise<Map<string, StoredVersion[]>> {
  const found = new Map<string, StoredVersion[]>();
  if (aliases.length === 0) return found;
  const rows = await db.query<{ alias: string; id: string; content_hash: string; processed: boolean }>(
    `SELECT k.alias, a.id, a.content_hash,
            a.extracted_hash IS NOT DISTINCT FROM a.content_hash AND a.deduped_hash IS NOT DISTINCT FROM a.content_hash
              AS processed
     FROM unnest($1::text[]) AS k (alias)
       JOIN LATERAL (SELECT article_id FROM article_aliases WHERE alias = k.alias
                     UNION SELECT id FROM articles WHERE url = k.alias) m (article_id) ON true
       JOIN articles a ON a.id = m.article_id`,
    [[...new Set(aliases)]],
  );
  for (const row of rows) {
    const version = { articleId: row.id, contentHash: row.content_hash, processed: row.processed };
    found.set(row.alias, [...(found.get(row.alias) ?? []), version]);
  }
  return found;
}
