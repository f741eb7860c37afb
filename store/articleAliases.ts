import type { Queryable } from './db.ts';

export interface ArticleRef {
  id: string;
  url: string;
}

/** The article one of these aliases (or URLs) already names, the first alias winning; or null. */
export async function findByAliases(db: Queryable, aliases: readonly string[]): Promise<ArticleRef | null> {
  if (aliases.length === 0) return null;
  const rows = await db.query<ArticleRef & { rank: number }>(
    `SELECT a.id, a.url, k.rank FROM unnest($1::text[]) WITH ORDINALITY AS k (alias, rank)
       JOIN LATERAL (SELECT article_id FROM article_aliases WHERE alias = k.alias
                     UNION ALL SELECT id FROM articles WHERE url = k.alias) m (article_id) ON true
       JOIN articles a ON a.id = m.article_id
     ORDER BY k.rank LIMIT 1`,
    [aliases],
  );
  const row = rows[0];
  return row ? { id: row.id, url: row.url } : null;
}

/** The oldest article with this content hash whose URL starts with `urlPrefix` (one site), or null. */
export async function findByContentHash(db: Queryable, contentHash: string, urlPrefix: string): Promise<ArticleRef | null> {
  const rows = await db.query<ArticleRef>(
    `SELECT id, url FROM articles WHERE content_hash = $1 AND starts_with(url, $2)
     ORDER BY fetched_at, id LIMIT 1`,
    [contentHash, urlPrefix],
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

/** Of these aliases, the ones already known (feed entries not worth fetching again). */
export async function knownAliases(db: Queryable, aliases: readonly string[]): Promise<Set<string>> {
  if (aliases.length === 0) return new Set();
  const rows = await db.query<{ alias: string }>(
    `SELECT alias FROM article_aliases WHERE alias = ANY($1::text[])
     UNION SELECT url FROM articles WHERE url = ANY($1::text[])`,
    [aliases],
  );
  return new Set(rows.map((r) => r.alias));
}
