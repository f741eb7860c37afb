-- A word and a month with facets read the whole table: the facets' first 1,000 matches of a broad word in
-- one month were found by a scan (a month is a few percent of the claims). Intersecting the word's entries in
-- claims_search_idx with an index of months was no better at a million claims (a broad word has 120,000
-- entries to read, 220-300 ms). So the months a claim was seen in (every month from its first to its last
-- sighting, UTC) are indexed with its words, in one GIN index: the month's entries drive the lookup and the
-- word's are skipped through, 15-19 ms for the same facets. claims_search_idx stays for words alone, whose
-- walks of the spread index test each row's words without computing its months.

-- A claim's months as lexemes '@YYYY-MM' (UTC), which no word gives: the parser starts no lexeme with '@'.
CREATE FUNCTION claim_months(first_seen timestamptz, last_seen timestamptz) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(to_char(m, '"@"YYYY-MM'))), ''::tsvector)
  FROM generate_series(date_trunc('month', first_seen AT TIME ZONE 'UTC'), last_seen AT TIME ZONE 'UTC', interval '1 month') AS m
$$;

-- The months a range [since, until) touches, OR-ed (null, matching nothing, when until comes before since's month).
CREATE FUNCTION claim_months_query(since timestamptz, until timestamptz) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(quote_literal(to_char(m, '"@"YYYY-MM')), ' | ')::tsquery
  FROM generate_series(date_trunc('month', since AT TIME ZONE 'UTC'), (until AT TIME ZONE 'UTC') - interval '1 microsecond',
                       interval '1 month') AS m
$$;

CREATE INDEX claims_search_months_idx ON claims USING gin ((search || claim_months(first_seen, last_seen)));
