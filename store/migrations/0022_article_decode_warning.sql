-- Why an article's text holds replacement characters (issue 17): bytes of its document that did not
-- decode in the charset it was read with, so that `claims status` and the ingest summary say so instead of
-- storing mojibake in silence. Null when every byte decoded; set again each time the article is stored.
ALTER TABLE articles ADD COLUMN decode_warning text;
CREATE INDEX articles_decode_warning ON articles (fetched_at) WHERE decode_warning IS NOT NULL;
