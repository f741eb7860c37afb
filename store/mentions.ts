import type { ExtractedMention, FigureMarks, MentionKind, SpeakerType } from '../extract/types.ts';
import type { Queryable } from './db.ts';
import { makeId } from '../ids.ts';

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
  /** A figure's marks (extract/types.ts FigureMarks), absent when it has none. */
  marks?: FigureMarks;
}

/** The id of a mention: its article, kind and span. */
export const mentionId = (articleId: string, m: Pick<ExtractedMention, 'kind' | 'start' | 'end'>) =>
  makeId('m', articleId, m.kind, m.start, m.end);

/**
 * Inserts the mentions `$2` (JSON rows, mentionRows) of the article `$1`, when `condition` holds; one already
 * stored at the same span is kept.
 */
const insertMentions = (condition = 'true') => `INSERT INTO mentions (id, article_id, kind, text, speaker_raw, speaker, speaker_type, role, cue,
                             start_offset, end_offset, sentence, value, unit, qualifier, entities, speaker_start, speaker_end,
                             figure_marks)
       SELECT m.id, $1, m.kind, m.text, m.speaker_raw, m.speaker, m.speaker_type, m.role, m.cue,
              m.start_offset, m.end_offset, m.sentence, m.value, m.unit, m.qualifier, m.entities, m.speaker_start, m.speaker_end,
              m.figure_marks
       FROM jsonb_to_recordset($2::jsonb) AS m (id text, kind text, text text, speaker_raw text, speaker text,
              speaker_type text, role text, cue text, start_offset integer, end_offset integer, sentence text,
              value double precision, unit text, qualifier text, entities text[], speaker_start integer, speaker_end integer,
              figure_marks jsonb)
       WHERE ${condition}
       ON CONFLICT (article_id, kind, start_offset, end_offset) DO NOTHING`;

/** An extraction's mentions as the JSON rows insertMentions reads (entities are lists of any length). */
const mentionRows = (articleId: string, mentions: readonly ExtractedMention[]) =>
  JSON.stringify(
    mentions.map((m) => ({
      id: mentionId(articleId, m),
      kind: m.kind,
      text: m.text,
      speaker_raw: m.speakerRaw,
      speaker: m.speaker,
      speaker_type: m.speakerType,
      role: m.role,
      cue: m.cue,
      start_offset: m.start,
      end_offset: m.end,
      sentence: m.sentence,
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      entities: m.entities,
      speaker_start: m.speakerStart,
      speaker_end: m.speakerEnd,
      figure_marks: m.marks ?? null,
    })),
  );

/**
 * Replaces an article's mentions with a new extraction; with `extractedHash`, also records that version of the text
 * as extracted (articles.markExtracted), in the statement that inserts the mentions when there are some.
 * @returns the claims that lost mentions, to be refreshed, and the mentions stored (none in a claim yet), in text
 * order as listUnmerged reads them: a job that goes on to merge them need not read them again.
 */
export async function replaceForArticle(
  db: Queryable,
  articleId: string,
  mentions: readonly ExtractedMention[],
  extractedHash?: string,
): Promise<{ touched: string[]; stored: StoredMention[] }> {
  const removed = await db.query<{ claim_id: string | null }>(
    'DELETE FROM mentions WHERE article_id = $1 RETURNING claim_id',
    [articleId],
  );
  if (mentions.length === 0 && extractedHash !== undefined) {
    await db.query('UPDATE articles SET extracted_hash = $2 WHERE id = $1', [articleId, extractedHash]);
  }
  let stored: StoredMention[] = [];
  if (mentions.length > 0) {
    // One statement for the whole extraction; entities are lists of any length, so the rows travel as JSON.
    const inserted = await db.query<MentionRow & { start_offset: number }>(
      `WITH marked AS (UPDATE articles SET extracted_hash = $3::text WHERE id = $1 AND $3::text IS NOT NULL)
       ${insertMentions()} RETURNING ${COLUMNS}, start_offset`,
      [articleId, mentionRows(articleId, mentions), extractedHash ?? null],
    );
    stored = inserted.sort(byTextOrder).map(toMention);
  }
  return { touched: [...new Set(removed.map((r) => r.claim_id).filter((id): id is string => id !== null))], stored };
}

/**
 * Stores the first extraction of an article version (`extractedHash`) in one statement, with no transaction
 * around it (replaceForArticle's needs four round trips: BEGIN, the delete, the insert and COMMIT): its mentions
 * inserted and the version marked extracted, only if the article has no mentions at all, so that nothing is
 * replaced and no claim loses a mention. A mention already stored at the same span is left as it is, as
 * replaceForArticle leaves it.
 * @returns the mentions stored, as replaceForArticle returns them; null when the article has mentions already
 * (nothing was written: replace them with replaceForArticle, in a transaction that refreshes their claims).
 */
export async function insertFirstExtraction(
  db: Queryable,
  articleId: string,
  mentions: readonly ExtractedMention[],
  extractedHash: string,
): Promise<StoredMention[] | null> {
  const rows = await db.query<{ found: boolean; stored: Array<MentionRow & { start_offset: number }> }>(
    `WITH old AS (
       SELECT EXISTS (SELECT 1 FROM mentions WHERE article_id = $1) AS found
     ), marked AS (
       UPDATE articles SET extracted_hash = $3::text WHERE id = $1 AND NOT (SELECT found FROM old)
     ), inserted AS (
       ${insertMentions('NOT (SELECT found FROM old)')}
       RETURNING ${COLUMNS}, start_offset
     )
     SELECT (SELECT found FROM old) AS found,
            (SELECT coalesce(json_agg(inserted), '[]') FROM inserted) AS stored`,
    [articleId, mentionRows(articleId, mentions), extractedHash],
  );
  const row = rows[0];
  if (!row || row.found) return null;
  return row.stored.sort(byTextOrder).map(toMention);
}

/** listUnmerged's order (start offset, then kind; the kinds are lowercase ASCII, so any collation agrees). */
const byTextOrder = (a: { start_offset: number; kind: string }, b: { start_offset: number; kind: string }) =>
  a.start_offset - b.start_offset || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

export interface MentionRow {
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
  figure_marks: FigureMarks | null;
}

export const toMention = (r: MentionRow): StoredMention => ({
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
  ...(r.figure_marks === null ? {} : { marks: r.figure_marks }),
});

export const COLUMNS = 'id, article_id, kind, text, speaker, speaker_type, role, value, unit, entities, claim_id, figure_marks';

/** The mentions of an article not yet placed in a claim, in text order. */
export async function listUnmerged(db: Queryable, articleId: string): Promise<StoredMention[]> {
  const rows = await db.query<MentionRow>(
    `SELECT ${COLUMNS} FROM mentions WHERE article_id = $1 AND claim_id IS NULL ORDER BY start_offset, kind`,
    [articleId],
  );
  return rows.map(toMention);
}

/** The claims the articles' mentions are merged into. */
export async function claimIdsOfArticles(db: Queryable, articleIds: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ claim_id: string }>(
    'SELECT DISTINCT claim_id FROM mentions WHERE article_id = ANY($1::text[]) AND claim_id IS NOT NULL',
    [articleIds],
  );
  return rows.map((r) => r.claim_id);
}

