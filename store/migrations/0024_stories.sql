-- Stories: the articles that report one event (dedupe/placeStories.ts). Each article keeps its term counts
-- (content-word stems, "=names", "#figures") and the terms others find it by; story_terms counts how many
-- articles hold each term (the idf of story grouping), the empty term counting the articles themselves.
-- story_id names the story by its least article id; it is set as articles arrive and may change when a
-- later report joins two stories or splits one. `claims recluster` places every article again.
ALTER TABLE articles ADD COLUMN story_id text;
ALTER TABLE articles ADD COLUMN story_terms jsonb;
ALTER TABLE articles ADD COLUMN story_keys text[];
CREATE INDEX articles_story_idx ON articles (story_id);
CREATE INDEX articles_story_keys_idx ON articles USING gin (story_keys);

CREATE TABLE story_terms (
  term text PRIMARY KEY,
  df integer NOT NULL
);
