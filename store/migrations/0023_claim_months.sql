-- A word and a month with facets read the whole table: the facets' first 1,000 matches of a broad word in
-- one month were found by a scan (a month is a few percent of the claims), and reading the word's GIN entries
-- and testing each row's dates was no better. The months a claim was seen in (every month from first to last
-- seen, UTC) become a small GIN index of their own: a month's claims come from it, intersected with the
-- word's entries in claims_search_idx (a BitmapAnd), before a row is read. Words stay in their own index:
-- every claim update writes each index's entries, and a claim has one or two months against dozens of words.

-- A claim's months as lexemes '@YYYY-MM' (UTC), in a tsvector of their own: nothing to do with its words.
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

CREATE INDEX claims_months_idx ON claims USING gin (claim_months(first_seen, last_seen));
