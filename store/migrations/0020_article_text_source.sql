-- Where an article's text came from when it is not the document at its URL: a feed entry's own text, stored
-- because the entry's page could not be fetched (404, refused address, over the size cap), with the reason.
-- Null for every article read from its own document; a later fetch of the page replaces the text and clears it.
ALTER TABLE articles ADD COLUMN text_source text;
