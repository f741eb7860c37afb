-- A date range with a broad word walked the spread index reading every claim's row to test both (150 ms for a
-- month at a million claims). With first and last seen in the index, the walk tests the range in the index
-- alone (search reads the dates through a second reference to the row, see claimsFrom in store/claimFilters.ts)
-- and reads only the rows in range. Same keys and order as claims_spread_idx (0010), which it replaces.
CREATE INDEX claims_spread_seen_idx ON claims (outlet_count DESC, article_count DESC, mention_count DESC, id DESC)
  INCLUDE (first_seen, last_seen);
DROP INDEX claims_spread_idx;
