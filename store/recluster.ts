import type { Queryable } from './db.ts';

/**
 * Forgets every canonical claim, learnt speaker, near-duplicate group and story, keeping articles and their
 * mentions, so that the dedupe stage can rebuild them (after a threshold change or a rule fix), its keys
 * made by `keyScheme`.
 * @returns the articles whose mentions are stored, to be merged again.
 */
export async function resetForRecluster(db: Queryable, keyScheme: number): Promise<Array<{ articleId: string; contentHash: string }>> {
  await db.query('UPDATE claim_keys_scheme SET scheme = $1', [keyScheme]);
  await db.query('UPDATE mentions SET claim_id = NULL, speaker_id = NULL, speaker_key = NULL, speaker_weak = NULL');
  await db.query('DELETE FROM claims');
  await db.query('DELETE FROM claim_redirects');
  await db.query('DELETE FROM speakers');
  await db.query('DELETE FROM article_bands');
  await db.query('DELETE FROM story_terms');
  await db.query('DELETE FROM story_figures_due');
  await db.query('DELETE FROM article_stories');
  await db.query(`UPDATE articles SET duplicate_of = NULL, minhash = NULL, deduped_hash = NULL,
                  story_terms = NULL, story_keys = NULL`);
  const rows = await db.query<{ id: string; content_hash: string }>(
    'SELECT id, content_hash FROM articles WHERE extracted_hash = content_hash ORDER BY id',
  );
  return rows.map((r) => ({ articleId: r.id, contentHash: r.content_hash }));
}

/**
 * The scheme the stored candidate keys were made by, against `current` (dedupe's KEY_SCHEME). An index
 * without keys takes the current scheme here, so only keys made by another scheme are reported.
 * @returns null when they agree.
 */
export async function checkKeyScheme(db: Queryable, current: number): Promise<{ stored: number; current: number } | null> {
  const rows = await db.query<{ scheme: number }>(
    `WITH adopted AS (
       UPDATE claim_keys_scheme SET scheme = $1 WHERE scheme <> $1 AND NOT EXISTS (SELECT 1 FROM claim_keys) RETURNING scheme
     )
     SELECT coalesce((SELECT scheme FROM adopted), (SELECT scheme FROM claim_keys_scheme)) AS scheme`,
    [current],
  );
  const stored = rows[0]?.scheme ?? current;
  return stored === current ? null : { stored, current };
}
