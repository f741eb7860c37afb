import type { ExtractedMention, MentionKind, SpeakerType } from '../extract/types.ts';
import type { Queryable } from './db.ts';
import { makeId } from './ids.ts';

/** A stored mention, as the merge stage reads it. */
export interface StoredMention {
  id: string;
  articleId: string;
  kind: MentionKind;
  text: string;
  speaker: string | null;
  speakerType: SpeakerType | null;
  role: string | null;
  value: number | null;
  unit: string | null;
  entities: string[];
  claimId: string | null;
}

/** The id of a mention: its article, kind and span. */
export const mentionId = (articleId: string, m: Pick<ExtractedMention, 'kind' | 'start' | 'end'>) =>
  makeId('m', articleId, m.kind, m.start, m.end);

/**
 * Replaces an article's mentions with a new extraction.
 * @returns the claims that lost mentions, to be refreshed.
 */
export async function replaceForArticle(
  db: Queryable,
  articleId: string,
  mentions: readonly ExtractedMention[],
): Promise<string[]> {
  const removed = await db.query<{ claim_id: string | null }>(
    'DELETE FROM mentions WHERE article_id = $1 RETURNING claim_id',
    [articleId],
  );
  for (const m of mentions) {
    await db.query(
      `INSERT INTO mentions (id, article_id, kind, text, speaker_raw, speaker, speaker_type, role, cue,
                             start_offset, end_offset, sentence, value, unit, qualifier, entities)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (article_id, kind, start_offset, end_offset) DO NOTHING`,
      [
        mentionId(articleId, m),
        articleId,
        m.kind,
        m.text,
        m.speakerRaw,
        m.speaker,
        m.speakerType,
        m.role,
        m.cue,
        m.start,
        m.end,
        m.sentence,
        m.value,
        m.unit,
        m.qualifier,
        m.entities,
      ],
    );
  }
  return [...new Set(removed.map((r) => r.claim_id).filter((id): id is string => id !== null))];
}

interface MentionRow {
  id: string;
  article_id: string;
  kind: MentionKind;
  text: string;
  speaker: string | null;
  speaker_type: SpeakerType | null;
  role: string | null;
  value: number | null;
  unit: string | null;
  entities: string[];
  claim_id: string | null;
}

const toMention = (r: MentionRow): StoredMention => ({
  id: r.id,
  articleId: r.article_id,
  kind: r.kind,
  text: r.text,
  speaker: r.speaker,
  speakerType: r.speaker_type,
  role: r.role,
  value: r.value,
  unit: r.unit,
  entities: r.entities,
  claimId: r.claim_id,
});

const COLUMNS = 'id, article_id, kind, text, speaker, speaker_type, role, value, unit, entities, claim_id';

/** The mentions of an article not yet placed in a claim, in text order. */
export async function listUnmerged(db: Queryable, articleId: string): Promise<StoredMention[]> {
  const rows = await db.query<MentionRow>(
    `SELECT ${COLUMNS} FROM mentions WHERE article_id = $1 AND claim_id IS NULL ORDER BY start_offset, kind`,
    [articleId],
  );
  return rows.map(toMention);
}

/** One mention, locked for this transaction so that two workers cannot place it twice; null if gone. */
export async function getForUpdate(db: Queryable, id: string): Promise<StoredMention | null> {
  const rows = await db.query<MentionRow>(`SELECT ${COLUMNS} FROM mentions WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ? toMention(rows[0]) : null;
}

/** Clears every mention's claim (before re-clustering). */
export async function unassignAll(db: Queryable): Promise<void> {
  await db.query('UPDATE mentions SET claim_id = NULL WHERE claim_id IS NOT NULL');
}
