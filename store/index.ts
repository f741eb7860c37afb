/** The store: every SQL statement of claimdesk lives in this folder. */
import { applyMerges, readForMerge } from './claimMerges.ts';
import { pruneVariants, refresh } from './claimRefresh.ts';
import { checkKeyScheme, resetForRecluster } from './recluster.ts';
import { readStoryFigures, readStoryFiguresOfArticles } from './storyFigures.ts';

export * as articles from './articles.ts';
export * as backfills from './backfills.ts';
/** The claims' statements, one file per concern: merging, refreshing from the mentions, reclustering. */
export const claims = Object.freeze({ readForMerge, readStoryFigures, readStoryFiguresOfArticles, applyMerges, refresh, pruneVariants, resetForRecluster, checkKeyScheme });
export * as feeds from './feeds.ts';
export * as mentions from './mentions.ts';
export * as speakers from './speakers.ts';
export * as stories from './stories.ts';
export type { Db, Queryable } from './db.ts';
export type { ClaimFilters } from './claimFilters.ts';
export type { ClaimRecord } from './claimRecords.ts';
export { openDb } from './openDb.ts';
export { migrate } from './migrate.ts';
export { searchClaims } from './search.ts';
export type { SearchResult } from './search.ts';
export { streamClaims } from './exportClaims.ts';
export { countAll } from './status.ts';
export type { StoreCounts } from './status.ts';
export { DatabaseUnavailableError, DataDirLockedError } from './errors.ts';
