import { NotFoundError } from '../errors.ts';
import type { Queryable } from './db.ts';
import type { ClaimRecord } from './claimRecords.ts';
import { CLAIM_RECORD_COLUMNS, queryClaimRecords } from './claimRecords.ts';

export interface SpeakerDetail {
  id: string;
  name: string;
  type: string | null;
  role: string | null;
  /** The normalised names the speaker answers to ("peskov", "dmitry peskov"). */
  aliases: string[];
  claim_count: number;
  /** The speaker's claims, most widely carried first (at most the limit asked for). */
  claims: ClaimRecord[];
}

/**
 * Everything a speaker said: the speaker, their aliases and their claims, most widely carried first.
 * @throws NotFoundError when there is no speaker with this id.
 */
export async function getSpeakerDetail(db: Queryable, id: string, limit = 200): Promise<SpeakerDetail> {
  const rows = await db.query<{ id: string; name: string; type: string | null; role: string | null; aliases: string[] | null;
    claim_count: number }>(
    `SELECT s.id, s.name, s.type, s.role,
            (SELECT array_agg(a.alias ORDER BY a.alias) FROM speaker_aliases a WHERE a.speaker_id = s.id) AS aliases,
            (SELECT count(*)::integer FROM claims c WHERE c.speaker_id = s.id) AS claim_count
     FROM speakers s WHERE s.id = $1`,
    [id],
  );
  const speaker = rows[0];
  if (!speaker) throw new NotFoundError(`no speaker with id ${id}`);
  const claims = await queryClaimRecords(
    db,
    `SELECT ${CLAIM_RECORD_COLUMNS} FROM claims c WHERE c.speaker_id = $1
     ORDER BY c.outlet_count DESC, c.article_count DESC, c.id LIMIT $2`,
    [id, limit],
  );
  return { ...speaker, aliases: speaker.aliases ?? [], claims };
}

/** Speakers whose name is like the given one (trigram similarity), best first: for "did you mean". */
export async function findSimilarSpeakers(db: Queryable, name: string, limit = 5): Promise<Array<{ id: string; name: string }>> {
  if (name.trim() === '') return [];
  return db.query<{ id: string; name: string }>(
    `SELECT id, name FROM speakers WHERE $1 <% name OR name % $1
     ORDER BY word_similarity($1, name) DESC, name LIMIT $2`,
    [name.trim(), limit],
  );
}
