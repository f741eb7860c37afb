import { storiesOfClaims } from './stories.ts';
import { NotFoundError } from '../errors.ts';
import type { Queryable } from './db.ts';
import type { ClaimRecord } from './claimRecords.ts';
import { CLAIM_RECORD_COLUMNS, queryClaimRecords } from './claimRecords.ts';

/** One occurrence of the claim, with the article it stood in. */
export interface MentionDetail {
  id: string;
  text: string;
  /** The attribution as printed ("the Kremlin's spokesperson"), and the name it resolved to. */
  speaker_raw: string | null;
  /** Where speaker_raw is printed in the article text (UTF-16 offsets), null when it is not. */
  speaker_start: number | null;
  speaker_end: number | null;
  speaker: string | null;
  role: string | null;
  cue: string | null;
  sentence: string | null;
  value: number | null;
  unit: string | null;
  article: {
    id: string;
    url: string;
    title: string | null;
    outlet: string | null;
    published_at: string | null;
    fetched_at: string | null;
    /** The article this one is a near-duplicate copy of, if any. */
    duplicate_of: string | null;
    /** Set when the text is a feed entry's own, its page not fetched (and why). */
    text_source: string | null;
  };
}

/** When an outlet first carried the claim, and in how many articles. */
export interface TimelineEntry {
  outlet: string;
  first_at: string | null;
  first_url: string;
  first_title: string | null;
  article_count: number;
}

export interface ClaimDetail extends ClaimRecord {
  /** The id that was asked for, when it was an old id of a claim that was merged into this one. */
  redirected_from: string | null;
  speaker_id: string | null;
  /** The story of the claim's earliest article (null before stories are placed). */
  story_id: string | null;
  mentions: MentionDetail[];
  timeline: TimelineEntry[];
}

const UTC = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${UTC})`;

/** The id a claim lives under now: itself, or the claim that absorbed it (claim_redirects). */
export async function resolveClaimId(db: Queryable, id: string): Promise<string> {
  const rows = await db.query<{ new_id: string }>('SELECT new_id FROM claim_redirects WHERE old_id = $1', [id]);
  return rows[0]?.new_id ?? id;
}

/**
 * A claim with every mention (article, sentence), its wordings, conflicts and per-outlet timeline.
 * An old id resolves through claim_redirects.
 * @throws NotFoundError when no claim has, or had, this id.
 */
export async function getClaimDetail(db: Queryable, id: string): Promise<ClaimDetail> {
  const current = await resolveClaimId(db, id);
  const [record] = await queryClaimRecords(db, `SELECT ${CLAIM_RECORD_COLUMNS} FROM claims c WHERE c.id = $1`, [current]);
  if (!record) throw new NotFoundError(`no claim with id ${id}`);
  const [speaker, mentions, timeline, stories] = await Promise.all([
    db.query<{ speaker_id: string | null }>('SELECT speaker_id FROM claims WHERE id = $1', [current]),
    db.query<Omit<MentionDetail, 'article'> & { a_id: string; url: string; title: string | null; outlet: string | null;
      published_at: string | null; fetched_at: string | null; duplicate_of: string | null; text_source: string | null }>(
      `SELECT m.id, m.text, m.speaker_raw, m.speaker_start, m.speaker_end, m.speaker, m.role, m.cue, m.sentence, m.value, m.unit,
              a.id AS a_id, a.url, a.title, a.outlet, ${iso('a.published_at')} AS published_at,
              ${iso('a.fetched_at')} AS fetched_at, a.duplicate_of, a.text_source
       FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.claim_id = $1
       ORDER BY coalesce(a.published_at, a.fetched_at), a.url, m.start_offset`,
      [current],
    ),
    db.query<TimelineEntry>(
      // Each article of no known outlet has a line of its own ("unknown outlet"); none adds to the claim's outlet_count.
      `SELECT min(coalesce(a.outlet, 'unknown outlet')) AS outlet, ${iso('min(coalesce(a.published_at, a.fetched_at))')} AS first_at,
              (array_agg(a.url ORDER BY coalesce(a.published_at, a.fetched_at), a.url))[1] AS first_url,
              (array_agg(a.title ORDER BY coalesce(a.published_at, a.fetched_at), a.url))[1] AS first_title,
              count(DISTINCT a.id)::integer AS article_count
       FROM articles a WHERE a.id IN (SELECT m.article_id FROM mentions m WHERE m.claim_id = $1)
       GROUP BY coalesce(a.outlet, a.id) ORDER BY min(coalesce(a.published_at, a.fetched_at)), 1, 3`,
      [current],
    ),
    storiesOfClaims(db, [current]),
  ]);
  return {
    ...record,
    redirected_from: current === id ? null : id,
    speaker_id: speaker[0]?.speaker_id ?? null,
    story_id: stories.get(current) ?? null,
    mentions: mentions.map(({ a_id, url, title, outlet, published_at, fetched_at, duplicate_of, text_source, ...m }) => ({
      ...m,
      article: { id: a_id, url, title, outlet, published_at, fetched_at, duplicate_of, text_source },
    })),
    timeline,
  };
}
