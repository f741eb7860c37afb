-- Where a mention's attribution is printed (issue 15): the UTF-16 offsets of the speaker phrase as printed
-- ("Mr Peskov", "he") in the article text, like start_offset and end_offset. Null when the mention has no
-- printed attribution of its own (a quote that continues the previous one, a figure outside quotes) and for
-- the mentions stored before this migration, until their article is extracted again.
ALTER TABLE mentions ADD COLUMN speaker_start integer, ADD COLUMN speaker_end integer;
