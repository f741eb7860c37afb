import type { SpeakerType } from '../extract/types.ts';
import type { Queryable } from './db.ts';
import { makeId } from '../ids.ts';
import { lockScopes } from './locks.ts';

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

/** The advisory-lock scope under which the speakers answering to a surname change. */
export const speakerScope = (surname: string) => `speaker|${surname}`;

const surnameOfKey = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/**
 * Which of two printings of one speaker's name (one key: they differ in case or punctuation) the speaker is shown
 * by, whichever came first: a capitalised one ("Critics" of a sentence's start over "critics" inside one), then the
 * longer, then the first in code-point order. A total order, so that the stored name does not depend on the order in
 * which articles arrive; PREFERRED_NAME_SQL is the same test in SQL.
 */
export function preferredName(a: string, b: string): string {
  const capital = (name: string) => /^\p{Lu}/u.test(name);
  if (capital(a) !== capital(b)) return capital(a) ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

/** True when EXCLUDED.name is preferredName's choice over speakers.name (an ON CONFLICT test). */
const PREFERRED_NAME_SQL = `(EXCLUDED.name ~ '^[[:upper:]]', length(EXCLUDED.name), speakers.name COLLATE "C")
   > (speakers.name ~ '^[[:upper:]]', length(speakers.name), EXCLUDED.name COLLATE "C")`;

/** A row of what the speakers table knows of some names (knownSpeakersSql). */
export interface KnownRow {
  what: 'owner' | 'lone' | 'speaker' | 'alias';
  key: string;
  id: string;
  name: string | null;
  role: string | null;
  type: SpeakerType | null;
}

/**
 * The query of what the speakers table knows of some names (text[] parameter number `keys`) and surnames
 * (`surnames`): who answers to each surname (other than a speaker known by it alone), the speakers known by
 * a lone surname, the speakers of the names, and the aliases already learnt. A fragment, so that a merge
 * can read it in the statement that reads its candidates.
 */
export const knownSpeakersSql = (keys: number, surnames: number) =>
  `SELECT 'owner' AS what, a.alias AS key, s.id, s.name, NULL AS role, NULL AS type
   FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
   WHERE a.alias = ANY($${surnames}::text[]) AND s.key <> a.alias
   UNION ALL SELECT 'lone', s.key, s.id, s.name, NULL, NULL FROM speakers s WHERE s.key = ANY($${surnames}::text[])
   UNION ALL SELECT 'speaker', s.key, s.id, s.name, s.role, s.type FROM speakers s WHERE s.key = ANY($${keys}::text[])
   UNION ALL SELECT 'alias', a.alias, a.speaker_id, NULL, NULL, NULL FROM speaker_aliases a
   WHERE a.alias = ANY($${keys}::text[]) OR a.alias = ANY($${surnames}::text[])`;

/** The names and surnames whose rows resolveMany needs (the parameters of knownSpeakersSql). */
export function speakerNames(inputs: readonly SpeakerInput[]): { keys: string[]; surnames: string[] } {
  const keys = [...new Set(inputs.map((s) => s.key).filter((k) => k !== ''))];
  return { keys, surnames: [...new Set(keys.map(surnameOfKey))] };
}

function indexKnown(rows: readonly KnownRow[]) {
  const owners = new Map<string, Map<string, ResolvedSpeaker>>();
  const lone = new Map<string, string>();
  const speakers = new Map<string, KnownRow>();
  const aliases = new Set<string>();
  for (const row of rows) {
    if (row.what === 'owner') {
      const of = owners.get(row.key) ?? new Map<string, ResolvedSpeaker>();
      of.set(row.id, { id: row.id, name: row.name ?? '' });
      owners.set(row.key, of);
    } else if (row.what === 'lone') lone.set(row.key, row.id);
    else if (row.what === 'speaker') speakers.set(row.key, row);
    else aliases.add(`${row.key}\u0000${row.id}`);
  }
  return { owners, lone, speakers, aliases };
}

/**
 * Folds a speaker known by a lone name ("peskov") into the one full-name speaker who answers to it, so that
 * a surname seen before the full name ends up where it would have, had the full name come first. Its
 * mentions and claims move; the claims' display names follow.
 */
async function foldLoneName(db: Queryable, old: string, into: ResolvedSpeaker): Promise<void> {
  await db.query('UPDATE mentions SET speaker_id = $1 WHERE speaker_id = $2', [into.id, old]);
  await db.query('UPDATE claims SET speaker_id = $1, speaker = $3 WHERE speaker_id = $2', [into.id, old, into.name]);
  await db.query('DELETE FROM speakers WHERE id = $1', [old]);
}

/**
 * Finds or creates the speakers the names of one document stand for across documents, in a few statements
 * whatever their number. A full name is its own speaker and teaches its surname as an alias (folding in a
 * speaker known so far by that surname alone, when the full name is the only one answering to it); a lone
 * name ("Peskov") resolves through the aliases when exactly one speaker answers to it, else it is a speaker
 * of its own. Full names are resolved before lone names, so the order in which a document names them does
 * not matter. The caller holds the speakerScope lock of every surname (lockScopes), and may pass the rows of
 * knownSpeakersSql for speakerNames(inputs), read under those locks; they are read here otherwise.
 * @returns the speaker of each key; keys empty after normalising are left out.
 */
export async function resolveMany(
  db: Queryable,
  inputs: readonly SpeakerInput[],
  read?: readonly KnownRow[],
): Promise<Map<string, ResolvedSpeaker>> {
  const byKey = new Map<string, SpeakerInput>();
  for (const input of inputs) if (input.key !== '' && !byKey.has(input.key)) byKey.set(input.key, input);
  const resolved = new Map<string, ResolvedSpeaker>();
  if (byKey.size === 0) return resolved;
  const all = [...byKey.values()];
  const full = all.filter((s) => s.key.includes(' '));
  const lone = all.filter((s) => !s.key.includes(' '));
  const names = speakerNames(all);
  const known = indexKnown(read ?? (await db.query<KnownRow>(knownSpeakersSql(1, 2), [names.keys, names.surnames])));

  // Aliases and folds in the order the rules would have made them one name at a time, full names first.
  const aliases: Array<[string, string]> = [];
  for (const speaker of full) {
    const id = makeId('s', speaker.key);
    aliases.push([speaker.key, id]);
    if (speaker.type === 'organisation') continue;
    const surname = surnameOfKey(speaker.key);
    aliases.push([surname, id]);
    const owners = known.owners.get(surname) ?? new Map<string, ResolvedSpeaker>();
    owners.set(id, { id, name: speaker.name.trim() });
    known.owners.set(surname, owners);
  }
  // A lone name folds only into a surname's one owner once every full name is in: when the document names a second
  // person of that surname, the lone name is nobody's in particular and stays a speaker of its own (had it been
  // folded after the first, the document's own lone name would resolve to the speaker the fold deletes).
  const folds: Array<{ old: string; into: string }> = [];
  for (const surname of new Set(
    full.filter((s) => s.type !== 'organisation').map((s) => surnameOfKey(s.key)),
  )) {
    const owners = [...(known.owners.get(surname)?.keys() ?? [])];
    const old = known.lone.get(surname);
    if (owners.length === 1 && owners[0] !== undefined && old !== undefined && old !== owners[0]) {
      folds.push({ old, into: owners[0] });
      known.lone.delete(surname);
    }
  }
  const own = [...full];
  const viaAlias = new Map<string, string>();
  for (const speaker of lone) {
    const owners = [...(known.owners.get(speaker.key)?.keys() ?? [])];
    if (owners.length === 1 && owners[0] !== undefined) viaAlias.set(speaker.key, owners[0]);
    else {
      own.push(speaker);
      aliases.push([speaker.key, makeId('s', speaker.key)]);
    }
  }

  // Only what the table lacks is written: a new speaker, a role or type learnt, an alias.
  const upserts = own.filter((s) => {
    const stored = known.speakers.get(s.key);
    return (
      !stored ||
      (stored.role === null && s.role !== null) ||
      (stored.type === null && s.type !== null) ||
      (stored.name !== null && preferredName(stored.name, s.name.trim()) !== stored.name)
    );
  });
  const newAliases = aliases.filter(([alias, id]) => !known.aliases.has(`${alias}\u0000${id}`));
  const rows =
    upserts.length === 0 && newAliases.length === 0
      ? []
      : await db.query<{ id: string; key: string; name: string }>(
          `WITH upserted AS (
             INSERT INTO speakers (id, key, name, type, role)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
             ON CONFLICT (key) DO UPDATE SET role = coalesce(speakers.role, EXCLUDED.role),
                                             type = coalesce(speakers.type, EXCLUDED.type),
                                             name = CASE WHEN ${PREFERRED_NAME_SQL} THEN EXCLUDED.name ELSE speakers.name END
             RETURNING id, key, name
           ), renamed AS (
             -- The claims already shown by a name that a better printing replaces.
             UPDATE claims c SET speaker = u.name FROM upserted u
             WHERE c.speaker_id = u.id AND c.kind <> 'number' AND c.speaker IS DISTINCT FROM u.name
           ), aliased AS (
             INSERT INTO speaker_aliases (alias, speaker_id) SELECT * FROM unnest($6::text[], $7::text[])
             ON CONFLICT DO NOTHING
           )
           SELECT * FROM upserted`,
          [
            upserts.map((s) => makeId('s', s.key)),
            upserts.map((s) => s.key),
            upserts.map((s) => s.name.trim()),
            upserts.map((s) => s.type),
            upserts.map((s) => s.role),
            newAliases.map(([alias]) => alias),
            newAliases.map(([, id]) => id),
          ],
        );
  const byId = new Map<string, ResolvedSpeaker>();
  for (const owners of known.owners.values()) for (const owner of owners.values()) byId.set(owner.id, owner);
  for (const stored of known.speakers.values()) byId.set(stored.id, { id: stored.id, name: stored.name ?? '' });
  for (const row of rows) byId.set(row.id, { id: row.id, name: row.name });
  for (const speaker of own) {
    const found = byId.get(makeId('s', speaker.key));
    if (found) resolved.set(speaker.key, found);
  }
  for (const [key, id] of viaAlias) {
    const speaker = byId.get(id);
    if (speaker) resolved.set(key, speaker);
  }
  for (const fold of folds) {
    const into = byId.get(fold.into);
    if (into) await foldLoneName(db, fold.old, into);
  }
  return resolved;
}

/**
 * Finds or creates the speaker a name stands for across documents (see resolveMany), under the lock of its
 * surname.
 * @returns null when the name is empty after normalising.
 */
export async function resolve(db: Queryable, input: SpeakerInput): Promise<ResolvedSpeaker | null> {
  if (input.key === '') return null;
  await lockScopes(db, [speakerScope(surnameOfKey(input.key))]);
  return (await resolveMany(db, [input])).get(input.key) ?? null;
}
