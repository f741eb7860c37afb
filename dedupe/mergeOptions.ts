/** How alike two wordings must be to merge; a file of its own so that opening a runtime loads no text code. */
export interface MergeOptions {
  /** Word similarity (without figures and negations) at which two wordings are one statement. */
  threshold: number;
  /** Fewest words a partial quote needs to join the longer quote that contains it. */
  minRun: number;
}

/**
 * 0.75: on MRPC's labelled news sentence pairs (npm run eval -- mrpc) it merges more than 0.8 at a higher
 * precision, and on the dedupe bench's corpus it merges no look-alike; at 0.7 the bench's precision drops.
 */
export const DEFAULT_MERGE_OPTIONS: MergeOptions = Object.freeze({ threshold: 0.75, minRun: 5 });
