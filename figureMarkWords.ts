/**
 * The words of the marks extraction adds to what a figure measures (extract/figureMarks.ts), which merging reads back
 * (dedupe/candidateKeys.ts figureMarksOf) and leaves out of what is counted: both use this one table.
 */

/** A quake's magnitude: "people (killed; quake of magnitude 7.6)". */
export const QUAKE_MAGNITUDE_WORDS = 'quake of magnitude';

/** Which of its sentence's like figures a figure is: "% (tariff; figure 2 of 2 alike in its sentence)". */
export const ALIKE_IN_SENTENCE = /figure (\d+) of (\d+) alike in its sentence/;

/** The mark of figure `n` of `count` alike in one sentence, as ALIKE_IN_SENTENCE reads it. */
export const alikeInSentenceMark = (n: number, count: number) =>
  `figure ${n} of ${count} alike in its sentence`;
