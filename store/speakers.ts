import type { SpeakerType } from '../extract/types.ts';
import type { Queryable } from './db.ts';
import { makeId } from './ids.ts';

export interface SpeakerInput {
  /** The comparable form of the name (dedupe's speakerKey): "dmitry peskov". */
  key: string;
  name: string;
  type: SpeakerType | null;
  role: string | null;
}

export interface ResolvedSpeaker {
  id: string;
  name: string;
}

async function upsertSpeaker(db: Queryable, key: string, input: SpeakerInput): Promise<ResolvedSpeaker> {
  const id = makeId('s', key);
  await db.query(
    `INSERT INTO speakers (id, key, name, type, role) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (key) DO UPDATE SET role = coalesce(speakers.role, EXCLUDED.role),
                                     type = coalesce(speakers.type, EXCLUDED.type)`,
    [id, key, input.name.trim(), input.type, input.role],
  );
  const rows = await db.query<{ name: string }>('SELECT name FROM speakers WHERE id = $1', [id]);
  return { id, name: rows[0]?.name ?? input.name };
}

async function addAlias(db: Queryable, alias: string, speakerId: string): Promise<void> {
  await db.query(
    'INSERT INTO speaker_aliases (alias, speaker_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [alias, speakerId],
  );
}

/**
 * Folds a speaker known by a lone name ("peskov") into the one full-name speaker who answers to it, so that
 * a surname seen before the full name ends up where it would have, had the full name come first. Its
 * mentions and claims move; the claims' display names follow.
 */
async function foldLoneName(db: Queryable, surname: string, into: ResolvedSpeaker): Promise<void> {
  const owners = await db.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
     WHERE a.alias = $1 AND s.key <> $1`,
    [surname],
  );
  if ((owners[0]?.n ?? 0) !== 1) return;
  const lone = await db.query<{ id: string }>('SELECT id FROM speakers WHERE key = $1 AND id <> $2', [surname, into.id]);
  const old = lone[0]?.id;
  if (!old) return;
  await db.query('UPDATE mentions SET speaker_id = $1 WHERE speaker_id = $2', [into.id, old]);
  await db.query('UPDATE claims SET speaker_id = $1, speaker = $3 WHERE speaker_id = $2', [into.id, old, into.name]);
  await db.query('DELETE FROM speakers WHERE id = $1', [old]);
}

/**
 * Finds or creates the speaker a name stands for across documents: a full name is its own speaker and
 * teaches its surname as an alias (folding in a speaker known so far by that surname alone); a lone name
 * ("Peskov") resolves through the aliases when exactly one speaker answers to it. Serialised per surname.
 * @returns null when the name is empty after normalising.
 */
export async function resolve(db: Queryable, input: SpeakerInput): Promise<ResolvedSpeaker | null> {
  const key = input.key;
  if (key === '') return null;
  const words = key.split(' ');
  const surname = words[words.length - 1] ?? key;
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`speaker|${surname}`]);
  if (words.length === 1) {
    const known = await db.query<{ id: string; name: string }>(
      `SELECT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
       WHERE a.alias = $1 AND s.key <> $1 ORDER BY s.id LIMIT 2`,
      [key],
    );
    if (known.length === 1 && known[0]) return known[0];
  }
  const speaker = await upsertSpeaker(db, key, input);
  await addAlias(db, key, speaker.id);
  if (words.length > 1 && input.type !== 'organisation') {
    await addAlias(db, surname, speaker.id);
    await foldLoneName(db, surname, speaker);
  }
  return speaker;
}
