import type { Queryable } from './db.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { whereClaims, whereSql } from './claimFilters.ts';

/** One mention of a claim with its claim and article: a row of `claims export --mentions`. */
export interface MentionRow {
  claim_id: string;
  claim_text: string;
  kind: string;
  mention_id: string;
  text: string;
  speaker_raw: string | null;
  speaker: string | null;
  role: string | null;
  sentence: string | null;
  value: number | null;
  unit: string | null;
  url: string;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  /** Where the attribution (speaker_raw) is printed in the article text: UTF-16 offsets, null when none. */
  speaker_start: number | null;
  speaker_end: number | null;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;

/**
 * Streams every mention of the claims matching the filters, grouped by claim, in pages read by keyset on
 * (claim id, mention id): memory stays constant whatever the number of mentions.
 */
export async function* streamMentions(db: Queryable, filters: ClaimFilters = {}, pageSize = 1000): AsyncGenerator<MentionRow> {
  let after: { claim: string; mention: string } | null = null;
  for (;;) {
    const params: unknown[] = [];
    const conditions = whereClaims(filters, params);
    if (after) {
      params.push(after.claim, after.mention);
      conditions.push(`(m.claim_id, m.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(pageSize);
    const page: MentionRow[] = await db.query<MentionRow>(
      `SELECT c.id AS claim_id, c.text AS claim_text, m.kind, m.id AS mention_id, m.text, m.speaker_raw, m.speaker,
              m.role, m.sentence, m.value, m.unit, a.url, a.title, a.outlet,
              to_char(a.published_at AT TIME ZONE 'UTC', ${ISO}) AS published_at, m.speaker_start, m.speaker_end
       FROM mentions m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = m.article_id
       ${whereSql(conditions)}
       ORDER BY m.claim_id, m.id LIMIT $${params.length}`,
      params,
    );
    yield* page;
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return;
    after = { claim: last.claim_id, mention: last.mention_id };
  }
}

/** How many claims, and how many of their mentions, match the filters (for a progress bar). */
export async function countMatching(db: Queryable, filters: ClaimFilters): Promise<{ claims: number; mentions: number }> {
  const params: unknown[] = [];
  const where = whereSql(whereClaims(filters, params));
  const rows = await db.query<{ claims: number; mentions: number }>(
    `SELECT count(*)::integer AS claims, coalesce(sum(c.mention_count), 0)::integer AS mentions FROM claims c ${where}`,
    params,
  );
  return rows[0] ?? { claims: 0, mentions: 0 };
}
