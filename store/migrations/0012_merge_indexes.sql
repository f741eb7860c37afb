-- Absorbing a claim re-points the redirects that named it and drops the conflicts that name it from either
-- side (ON DELETE CASCADE on other_id): without these indexes each absorb scans both tables.
CREATE INDEX claim_redirects_new_id_idx ON claim_redirects (new_id);
CREATE INDEX claim_conflicts_other_id_idx ON claim_conflicts (other_id);
