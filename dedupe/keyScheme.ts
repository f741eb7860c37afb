/**
 * The scheme of the candidate keys (dedupe/candidateKeys.ts): bump it whenever a change gives a text other
 * keys, so that a database whose keys were made before warns until `claims recluster` (store/recluster.ts
 * checkKeyScheme). 2: no shingles of function words only, statements apart from quotes, figures by the words
 * of their subject. 3: quotes and statements share keys again, since a statement may carry a quote's words
 * (dedupe/decideMerge.ts). 4: articles are placed in stories, and figures join only within one (a database
 * made before has no stories until it is reclustered). 5: quotes are also keyed by their speaker's surname and
 * each of their longest words of substance (candidateKeys.ts speakerWordKeys). 6: figures read other units and
 * values (number words read whole, "people" as "person", "counts" as "charges", "km" as kilometres, a currency sign
 * printed apart), so their keys (normalizeUnit) differ. 7: a figure's "lost"/"lose" is measured as a loss, like
 * "loss" (candidateKeys.ts SAME_MEASURE), and a contraction printed apart ("I 'm") is joined to its word, one of a
 * single reading written out ("don't" -> do not: normalizeText.ts tokenize), so quote keys and the near-duplicate
 * signatures of articles differ. 8: a British spelling is read as American ("colour" -> "color": dedupe/spelling.ts,
 * in normalizeText.ts tokenize), so quote keys and the near-duplicate signatures of articles differ; and a speaker's
 * generational suffix is dropped ("King Jr." -> "king": speakerKey.ts), so its surname keys differ. 9: figures read
 * other units and measures ("mph" as miles per hour, a unit in capitals no name, a salary or contract as a sum paid:
 * candidateKeys.ts SAME_MEASURE), so their keys differ. 10: figures read other units and measures (an irregular past
 * tense ends a unit, "a 4.6 earthquake struck"; "ranging from seven to 75 years" and "28 of 41 passes" measure otherwise;
 * win-loss records and "the second half of" a period are no figures), so their keys differ. 11: a quote is keyed
 * with its speaker's role's words too ("FBI Director": fbi, speakerKey.ts roleBodyWords), so that a body's printings and
 * its spokesman's meet. 12: a thousands separator printed with a space ("1, 500"), a time of
 * day ("10 a. m.", "10am", "4.37pm") and "$ US1" / "US$1" read one way (normalizeText.ts), so quote keys and the
 * near-duplicate signatures of articles differ. 13: a quote or statement is keyed by its clause ends under its
 * speaker's surname too (candidateKeys.ts clauseEndKeys), so that a short stretch a statement quotes meets the whole
 * quote. A file of its own, so that checking it at start loads no text code.
 */
export const KEY_SCHEME = 13;
