-- Facets with a word and --outlet or --min-outlets found their first 1,000 matches slowly at a million
-- claims: a word and an outlet intersected two bitmaps (claims_search_idx and claims_outlet_keys_idx, 44,000
-- and 61,000 entries, 17-23 ms), and a word and a minimum of 5 outlets scanned the table until 1,000 matched
-- (69,000 rows, 26-44 ms). The outlets and the outlet count join the words and months of 0023 in one GIN
-- index, as lexemes no word gives (the parser starts none with '@'), so that the most selective entries drive
-- one lookup, as the month's do: 3 and 10 ms for the same lookups. It replaces claims_search_months_idx, so a
-- claim's row still feeds the same number of GIN indexes when it changes.

-- The lexeme of one outlet (a lower-cased name) in a query; claim_filter_keys spells it out again, since
-- maintenance (ANALYZE, REINDEX) runs index expressions with pg_catalog alone on the search path (PostgreSQL 17,
-- and the embedded PGlite): they may call no function of the database's own.
CREATE FUNCTION claim_outlet_key(outlet_key text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT '@o' || left(md5(outlet_key), 16) $$;

-- A claim's outlets ('@o' and the first 16 hex digits of the md5 of the lower-cased name, a lexeme safe to
-- quote whatever the name holds) and the outlet counts it reaches among 2, 3, 5, 10, 20, 50 and 100 ('@n5':
-- five outlets or more). A minimum in between is looked up by the tier below it and tested in the row.
CREATE FUNCTION claim_filter_keys(outlet_count integer, outlet_keys text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(
    ARRAY(SELECT '@n' || t FROM unnest('{2,3,5,10,20,50,100}'::integer[]) AS t WHERE t <= coalesce(outlet_count, 0))
    || ARRAY(SELECT '@o' || left(md5(k), 16) FROM unnest(outlet_keys) AS k WHERE k <> ''))
$$;

CREATE INDEX claims_search_keys_idx ON claims
  USING gin ((search || claim_months(first_seen, last_seen) || claim_filter_keys(outlet_count, outlet_keys)));
DROP INDEX claims_search_months_idx;
