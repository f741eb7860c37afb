-- A has-conflicts filter with words found its matches by looking up the claims of every conflict (or the
-- conflicts of every claim walked in sort order): hundreds of milliseconds at a million claims. A flag on the
-- claim, set by the merge that records a conflict (and never cleared but by a recluster, so that it may
-- only ever claim too much: the filter still checks claim_conflicts), and a partial index on it let the
-- planner intersect the flagged claims with a word's GIN bitmap before reading any row.
ALTER TABLE claims ADD COLUMN conflicted boolean NOT NULL DEFAULT false;
UPDATE claims SET conflicted = true WHERE id IN (SELECT claim_id FROM claim_conflicts);
CREATE INDEX claims_conflicted_idx ON claims (id) WHERE conflicted;
