/** The ingest stage's public API: safe fetching, decoding, sniffing, feeds, OPML and local files. */
export type { DocumentKind, FeedEntry, ParsedFeed, RawDocument } from './types.ts';
export {
  DocumentTooLargeError,
  FeedParseError,
  FetchError,
  LocalInputError,
  RateLimitedError,
  RobotsDisallowedError,
  UnsafeUrlError,
  isPermanentStatus,
} from './errors.ts';
export type { FetchErrorOptions, LocalInputProblem } from './errors.ts';
export { assertFetchableUrl } from './guardUrl.ts';
export type { GuardOptions } from './guardUrl.ts';
export { isPrivateAddress } from './isPrivateAddress.ts';
export { fetchDocument, MAX_REDIRECTS } from './fetchDocument.ts';
export { maxAgeOf, retryAfterOf } from './responseHeaders.ts';
export type { FetchOptions, FetchResult } from './fetchDocument.ts';
export { HostLimiter } from './hostLimiter.ts';
export type { HostLimits } from './hostLimiter.ts';
export { RobotsCache, ROBOTS_TOKEN } from './robotsCache.ts';
export { parseRobots, isAllowedByRobots } from './parseRobots.ts';
export { decodeBody } from './decodeBody.ts';
export { sniffKind } from './sniffKind.ts';
export { parseFeed } from './parseFeed.ts';
export { canonicalizeUrl } from './canonicalizeUrl.ts';
export { parseOpml } from './parseOpml.ts';
export type { OpmlFeed } from './parseOpml.ts';
export { readLocalInput } from './readLocalInput.ts';
export { listInputFiles } from './listInputFiles.ts';
