-- A claim's outlet count counts the outlets known by name only: an article of unknown outlet (a file without
-- --outlet, a page that names none) used to count as an outlet of its own, so that two unknown articles read
-- "2 outlets". outlet_keys holds exactly the distinct known outlets (lower-cased, migration 0014), so the
-- stored counts are brought in line from it; merges and refreshes compute it the same way from now on.
UPDATE claims SET outlet_count = cardinality(outlet_keys) WHERE outlet_count <> cardinality(outlet_keys);
