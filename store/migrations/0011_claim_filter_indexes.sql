-- Filters of search and export at scale: a speaker filter resolves names in the speakers table (trigram
-- index) and reaches their claims through speaker_id (also the speaker page); an outlet filter starts from
-- the outlet's articles.
CREATE INDEX speakers_name_trgm_idx ON speakers USING gin (name gin_trgm_ops);
CREATE INDEX claims_speaker_id_idx ON claims (speaker_id);
CREATE INDEX articles_outlet_lower_idx ON articles (lower(outlet));
