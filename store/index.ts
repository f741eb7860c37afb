/** The store: every SQL statement of claimdesk lives in this folder. */
export * as articles from './articles.ts';
export * as backfills from './backfills.ts';
export * as claims from './claims.ts';
export * as feeds from './feeds.ts';
export * as mentions from './mentions.ts';
export * as speakers from './speakers.ts';
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
export { makeId } from './ids.ts';
export { DatabaseUnavailableError, DataDirLockedError } from './errors.ts';
