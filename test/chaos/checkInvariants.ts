import pg from 'pg';

/** What must hold after any run, faults or not; each entry is a count of offending rows (0 is good). */
export interface InvariantReport {
  articles: number;
  mentions: number;
  claims: number;
  /** Served pages with no article row. */
  lostArticles: string[];
  /** Articles whose current text was not extracted or not merged. */
  unfinishedArticles: number;
  unmergedMentions: number;
  duplicateMentions: number;
  /** Claims of one kind by one speaker with the same words up to case and punctuation (figures: value, unit, words). */
  duplicateClaims: number;
  /** Stored counts that disagree with the claim's mentions. */
  inconsistentCounts: number;
  claimsWithoutMentions: number;
  danglingRedirects: number;
}

const count = async (client: pg.Client, sql: string) => {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::integer AS n FROM (${sql}) q`);
  return rows[0]?.n ?? -1;
};

const NORMALISED = `regexp_replace(lower(c.text), '[^[:alnum:]]+', ' ', 'g')`;

/** Reads a database after a run and counts what breaks the pipeline's promises. */
export async function checkInvariants(databaseUrl: string, servedUrls: readonly string[]): Promise<InvariantReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ url: string }>('SELECT url FROM articles UNION SELECT canonical_url FROM articles WHERE canonical_url IS NOT NULL');
    const stored = new Set(rows.map((r) => r.url));
    return {
      articles: await count(client, 'SELECT 1 FROM articles'),
      mentions: await count(client, 'SELECT 1 FROM mentions'),
      claims: await count(client, 'SELECT 1 FROM claims'),
      lostArticles: servedUrls.filter((url) => !stored.has(url)),
      unfinishedArticles: await count(
        client,
        `SELECT 1 FROM articles WHERE extracted_hash IS DISTINCT FROM content_hash OR deduped_hash IS DISTINCT FROM content_hash`,
      ),
      unmergedMentions: await count(client, 'SELECT 1 FROM mentions WHERE claim_id IS NULL'),
      duplicateMentions: await count(
        client,
        `SELECT 1 FROM mentions GROUP BY article_id, kind, start_offset, end_offset HAVING count(*) > 1
         UNION ALL SELECT 1 FROM mentions GROUP BY article_id, kind, text, start_offset HAVING count(*) > 1`,
      ),
      duplicateClaims: await count(
        client,
        `SELECT 1 FROM claims c WHERE c.kind <> 'number' AND c.speaker_id IS NOT NULL
           GROUP BY c.kind, c.speaker_id, ${NORMALISED} HAVING count(*) > 1
         UNION ALL SELECT 1 FROM claims c WHERE c.kind = 'number'
           GROUP BY c.value, c.unit, c.entities, ${NORMALISED} HAVING count(*) > 1`,
      ),
      inconsistentCounts: await count(
        client,
        `SELECT 1 FROM claims c LEFT JOIN LATERAL (
           SELECT count(*)::integer AS mentions, count(DISTINCT m.article_id)::integer AS articles
           FROM mentions m WHERE m.claim_id = c.id) s ON true
         WHERE c.mention_count <> s.mentions OR c.article_count <> s.articles`,
      ),
      claimsWithoutMentions: await count(client, 'SELECT 1 FROM claims c WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.claim_id = c.id)'),
      danglingRedirects: await count(client, 'SELECT 1 FROM claim_redirects r WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = r.new_id)'),
    };
  } finally {
    await client.end();
  }
}

/** The names of the checks that failed, with their counts. */
export function invariantFailures(report: InvariantReport): string[] {
  const failures: string[] = [];
  if (report.lostArticles.length > 0) failures.push(`${report.lostArticles.length} lost article(s), e.g. ${report.lostArticles.slice(0, 3).join(' ')}`);
  const checks = ['unfinishedArticles', 'unmergedMentions', 'duplicateMentions', 'duplicateClaims', 'inconsistentCounts', 'claimsWithoutMentions', 'danglingRedirects'] as const;
  for (const name of checks) if (report[name] !== 0) failures.push(`${name}: ${report[name]}`);
  return failures;
}
