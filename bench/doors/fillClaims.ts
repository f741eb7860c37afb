/**
 * Fills a migrated bench database with N canonical claims, their mentions, articles, outlets and speakers,
 * generated inside PostgreSQL (generate_series, one INSERT ... SELECT per table) from the bench vocabulary:
 * a million claims load in minutes instead of the hours the pipeline would take to merge them.
 */
import type pg from 'pg';
import { buildVocabulary } from '../vocabulary.ts';
import { Random } from '../random.ts';

export interface FillOptions {
  claims: number;
  seed: number;
  log: (line: string) => void;
}

/** What the queries of the bench can rely on finding in the filled database. */
export interface FilledCorpus {
  claims: number;
  mentions: number;
  articles: number;
  speakers: number;
  outlets: string[];
  /** Content words, most frequent first (the texts draw them with a power law). */
  words: string[];
  /** Two-word phrases that texts carry verbatim, most frequent first. */
  phrases: string[];
  /** Speaker names, most quoted first. */
  speakerNames: string[];
  /** The first and last day articles were published (ISO dates). */
  firstDay: string;
  lastDay: string;
}

/** Names of the well-known speakers that the generated ones are mixed with (so that queries read naturally). */
const KNOWN_SPEAKERS = ['Dmitry Peskov', 'Ursula von der Leyen', 'Antonio Guterres', 'Christine Lagarde', 'Jerome Powell'];
const UNITS = ['per cent', 'million', 'billion', 'people', 'euros', 'dollars', 'tonnes'];
const DAYS = 730;
const START = '2025-01-01T00:00:00Z';

/**
 * The words, phrases, names and outlets a fill of this size and seed uses: deterministic, so that a kept
 * database can be measured again without filling it.
 */
export function describeCorpus(claims: number, seed: number): FilledCorpus {
  const random = new Random(seed);
  const vocabulary = buildVocabulary(seed);
  // Interleave the word classes so that the power law's head holds nouns, verbs and adjectives alike.
  const words: string[] = [];
  for (let i = 0; i < vocabulary.nouns.length; i++) {
    for (const list of [vocabulary.nouns, vocabulary.verbs, vocabulary.adjectives]) {
      const word = list[i];
      if (word !== undefined) words.push(word);
    }
  }
  const phrases = Array.from({ length: 300 }, (_, i) =>
    `${vocabulary.adjectives[i % vocabulary.adjectives.length] ?? 'new'} ${vocabulary.nouns[(i * 7 + 3) % vocabulary.nouns.length] ?? 'plan'}`);
  const speakers = Math.max(50, Math.round(claims / 50));
  const speakerNames: string[] = [];
  const taken = new Set(KNOWN_SPEAKERS);
  while (speakerNames.length < speakers - KNOWN_SPEAKERS.length) {
    const name = `${random.pick(vocabulary.firstNames)} ${random.pick(vocabulary.surnames)}`;
    if (!taken.has(name)) {
      taken.add(name);
      speakerNames.push(name);
    }
  }
  // The well-known names at ranks where they are quoted often, but not the most.
  KNOWN_SPEAKERS.forEach((name, i) => speakerNames.splice(Math.min(speakerNames.length, [10, 40, 240, 440, 640][i] ?? 0), 0, name));
  const outlets = vocabulary.outletWords
    .slice(0, 400)
    .map((w, i) => `${w} ${['Times', 'Post', 'Herald', 'News', 'Daily', 'Courier'][i % 6] ?? 'News'}`);
  const end = new Date(Date.parse(START) + DAYS * 86_400_000).toISOString().slice(0, 10);
  return {
    claims, mentions: 0, articles: Math.max(100, Math.round(claims / 4)), speakers, outlets, words, phrases, speakerNames,
    firstDay: START.slice(0, 10), lastDay: end,
  };
}

/**
 * Drops the tables' secondary indexes (kept: primary keys and unique constraints), loads the rows, and builds
 * the indexes again from their own definitions: one sorted build instead of a million index insertions.
 * @returns the corpus, with its number of mentions.
 */
export async function fillClaims(client: pg.Client, options: FillOptions): Promise<FilledCorpus> {
  const { log } = options;
  const n = options.claims;
  const corpus = describeCorpus(n, options.seed);
  const { words, phrases, speakerNames, outlets } = corpus;
  const speakerCount = corpus.speakers;
  const articleCount = corpus.articles;
  const start = START;

  await client.query('SET synchronous_commit = off');
  // Foreign keys hold by construction here; checking 2.5 million of them one by one would double the load.
  // Only a superuser may skip them: others pay for the checks.
  await client.query(`SET session_replication_role = replica`).catch(() => log('  (not a superuser: foreign keys are checked)'));
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query('SELECT setseed($1)', [(options.seed % 1000) / 1000]);
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename IN ('claims', 'mentions', 'articles', 'speakers', 'speaker_aliases', 'claim_conflicts')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
  );
  for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);

  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };

  await step('speakers', `INSERT INTO speakers (id, key, name, type, role)
    SELECT 's_' || left(md5('s' || i), 16), lower(name), name, 'person', ($2::text[])[1 + i % 6]
    FROM unnest($1::text[]) WITH ORDINALITY AS u(name, i)`,
  [speakerNames, ['spokesperson', 'minister', 'president', 'chief executive', 'economist', 'senator']]);
  await step('speaker_aliases', `INSERT INTO speaker_aliases (alias, speaker_id)
    SELECT DISTINCT ON (a.alias, s.id) a.alias, s.id FROM speakers s
    CROSS JOIN LATERAL (VALUES (s.key), (regexp_replace(s.key, '^.* ', ''))) a(alias)`);

  await client.query(`CREATE TEMP TABLE seed_articles AS
    SELECT g AS no, 'a_' || left(md5('a' || g), 16) AS id,
           ($1::text[])[1 + floor(array_length($1::text[], 1) * pow(random(), 2.2))::int] AS outlet,
           $2::timestamptz + (g::double precision / $3) * interval '${DAYS} days' + random() * interval '6 hours' AS published_at
    FROM generate_series(0, $3 - 1) g`, [outlets, start, articleCount]);
  await step('articles', `INSERT INTO articles (id, url, canonical_url, outlet, title, published_at, fetched_at, language, text, content_hash)
    SELECT id, url, url, outlet, title, published_at, published_at + interval '20 minutes', 'en', title, md5(id)
    FROM (SELECT a.id, a.outlet, a.published_at,
                 'https://' || lower(replace(a.outlet, ' ', '-')) || '.example/' || to_char(a.published_at, 'YYYY/MM/DD') || '/story-' || a.no AS url,
                 initcap(array_to_string(ARRAY(SELECT ($1::text[])[1 + floor(400 * pow(random(), 2))::int] FROM generate_series(1, 6 + a.no % 5)), ' ')) AS title
          FROM seed_articles a) t`, [words]);

  // Per claim: kind, speaker (power law: a few speakers are quoted very often), text (8 to 25 words, a
  // power law over the vocabulary, half of them with a stock phrase), and how many articles carried it
  // (mostly one, a long tail up to 40), published around the same days.
  await client.query(`CREATE TEMP TABLE seed_claims AS
    SELECT g AS no, 'c_' || left(md5('c' || g), 16) AS id, r.kind,
           CASE WHEN r.kind = 'number' AND random() < 0.5 THEN NULL
                ELSE 1 + floor($3 * pow(random(), 2.5))::int END AS speaker_no,
           array_to_string(ARRAY(SELECT ($1::text[])[1 + floor(array_length($1::text[], 1) * pow(random(), 3))::int]
                                 FROM generate_series(1, 8 + (g * 7) % 18 + 0 * g)), ' ')
             || CASE WHEN random() < 0.5 THEN ' ' || ($2::text[])[1 + floor(array_length($2::text[], 1) * pow(random(), 2))::int] ELSE '' END
             AS text,
           CASE WHEN r.kind = 'number' THEN round((random() * 1000)::numeric, 1)::double precision END AS value,
           CASE WHEN r.kind = 'number' THEN ($4::text[])[1 + g % array_length($4::text[], 1)] END AS unit,
           1 + floor(40 * pow(random(), 16))::int AS k,
           floor(random() * $5)::int AS base
    FROM generate_series(1, $6) g
    CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.6 + 0 * g THEN 'quote' WHEN random() < 0.6 THEN 'statement' ELSE 'number' END AS kind) r`,
  [words, phrases, speakerCount, UNITS, articleCount, n]);
  await client.query(`CREATE TEMP TABLE seed_mentions AS
    SELECT c.no, j, (c.base + (j - 1) * 37 + floor(random() * 600)::int) % $1 AS article_no
    FROM seed_claims c CROSS JOIN LATERAL generate_series(1, c.k) j`, [articleCount]);
  await client.query('ANALYZE seed_articles; ANALYZE seed_claims; ANALYZE seed_mentions');

  await step('claims', `INSERT INTO claims (id, kind, speaker_id, speaker, role, text, value, unit, mention_count, article_count,
                                      outlet_count, outlet_keys, first_seen, last_seen)
    SELECT c.id, c.kind, s.id, s.name, s.role, c.text, c.value, c.unit, m.mentions, m.articles, m.outlets, m.outlet_keys,
           m.first_seen, m.last_seen
    FROM seed_claims c
    JOIN (SELECT sm.no, count(*)::int AS mentions, count(DISTINCT sm.article_no)::int AS articles,
                 count(DISTINCT a.outlet)::int AS outlets, array_agg(DISTINCT lower(a.outlet)) AS outlet_keys,
                 min(a.published_at) AS first_seen, max(a.published_at) AS last_seen
          FROM seed_mentions sm JOIN seed_articles a ON a.no = sm.article_no GROUP BY sm.no) m ON m.no = c.no
    LEFT JOIN speakers s ON s.id = 's_' || left(md5('s' || c.speaker_no), 16)`);
  await step('mentions', `INSERT INTO mentions (id, article_id, kind, text, speaker_raw, speaker, speaker_key, speaker_id, role, cue,
                                        start_offset, end_offset, sentence, value, unit, claim_id)
    SELECT 'm_' || left(md5('m' || c.no || '.' || sm.j), 16), a.id, c.kind, t.text,
           CASE WHEN sm.j % 3 = 0 THEN regexp_replace(s.name, '^.* ', 'Mr ') ELSE s.name END, s.name, s.key, s.id, s.role,
           CASE WHEN s.id IS NULL THEN NULL ELSE 'said' END,
           c.no * 64 + sm.j, c.no * 64 + sm.j + length(t.text),
           CASE WHEN s.id IS NULL THEN t.text || '.' ELSE '"' || t.text || '," ' || s.name || ' said.' END, c.value, c.unit, c.id
    FROM seed_mentions sm JOIN seed_claims c ON c.no = sm.no JOIN seed_articles a ON a.no = sm.article_no
    LEFT JOIN speakers s ON s.id = 's_' || left(md5('s' || c.speaker_no), 16)
    -- Some carriers print a shorter wording: the claim's text without its last word.
    CROSS JOIN LATERAL (SELECT CASE WHEN sm.j > 1 AND sm.j % 4 = 0 THEN regexp_replace(c.text, ' \\S+$', '') ELSE c.text END AS text) t`);
  await step('claim_conflicts', `INSERT INTO claim_conflicts (claim_id, other_id, reason)
    SELECT c.id, o.id, 'different figure' FROM seed_claims c JOIN seed_claims o ON o.no = c.no + 1
    WHERE c.no % 97 = 0`);
  await step('claims.conflicted', 'UPDATE claims SET conflicted = true WHERE id IN (SELECT claim_id FROM claim_conflicts)');

  for (const index of indexes.rows) {
    const t0 = performance.now();
    await client.query(index.definition);
    log(`  index ${index.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const t0 = performance.now();
  await client.query('VACUUM (ANALYZE) claims, mentions, articles, speakers, speaker_aliases, claim_conflicts');
  log(`  vacuum analyze: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const counts = await client.query<{ mentions: number }>('SELECT count(*)::int AS mentions FROM mentions');
  await client.query('DROP TABLE seed_articles, seed_claims, seed_mentions');
  return { ...corpus, mentions: counts.rows[0]?.mentions ?? 0 };
}
