import type { RawDocument } from '../ingest/types.ts';
import type { StoredArticle } from '../store/articles.ts';
import type { StoredMention } from '../store/mentions.ts';
import type { QueueName } from './queueNames.ts';

/** Fetch a URL (or take a document already read from a local file) and store what it holds. */
export interface FetchJobData {
  url: string;
  document?: RawDocument;
  /** The feed an entry came from, and its outlet name, when known. */
  feedId?: string | null;
  outlet?: string | null;
  /** Set by a feed's job scheduler: a conditional poll of a subscribed feed (see jobs/pollFeed.ts). */
  poll?: boolean;
  /** `feeds poll --now`: poll even when the feed is not due (its back-off included). */
  pollNow?: boolean;
  /** The GUID of the feed entry that linked to this page (an identity alias). */
  guid?: string | null;
  /** Archive pages or nested sitemaps followed to reach this one (bounded by MAX_ARCHIVE_HOPS). */
  archiveHops?: number;
  /** A feed entry's own text (its summary), ingested when the entry's page cannot be fetched for good. */
  entryText?: { html: string; title: string | null; author: string | null; publishedAt: string | null };
  /** What the user said of the article (`ingest --outlet/--published`, a sidecar): wins over what the text says. */
  given?: GivenMetadata;
}

/** Metadata given for an article from outside its text; `publishedAt` ISO 8601, `url` its address on the web. */
export interface GivenMetadata {
  outlet?: string;
  publishedAt?: string;
  /** The date of a page that gives none of its own (`ingest --published` of a URL): the page knows best. */
  publishedIfUndated?: string;
  title?: string;
  url?: string;
}

/** Extract mentions from one version of an article; dedupe merges them into claims. */
export interface ArticleJobData {
  articleId: string;
  contentHash: string;
  /** Set by a backfill: its follow-up jobs get ids of their own, so that finished jobs of the same article run again. */
  runId?: string;
}

export type JobData = { fetch: FetchJobData; extract: ArticleJobData; dedupe: ArticleJobData };

/**
 * What a stage hands the next one in memory when its job carries the article on (jobs/carryArticle.ts): the rows it
 * just wrote, as a read would find them, so the next stage need not read them again. Never sent to Redis.
 */
export interface CarriedArticle {
  article: StoredArticle;
  /** The mentions this job's extraction stored (none merged yet), in text order; absent when it extracted nothing. */
  unmerged?: StoredMention[];
  /** normalizeText of the article's text, made by the fetch stage for its fingerprint (the dedupe stage tokenizes it). */
  normalized?: string;
}

/** A job a stage asks for next. Its id comes from a URL or a content hash: the same work twice is done once. */
export interface FollowUp<Q extends QueueName = QueueName> {
  queue: Q;
  id: string;
  data: JobData[Q];
  /** Set when the stage holds the article in memory: the same job may run this one at once (carryArticle). */
  carried?: CarriedArticle;
}

/** What a run of the pipeline did, summed over its jobs. */
export interface PipelineStats {
  articlesNew: number;
  articlesSeen: number;
  feeds: number;
  mentions: number;
  claimsNew: number;
  merges: number;
  /** Articles stored with bytes that did not decode (replacement characters; see claims status). */
  undecodable: number;
}

export const emptyStats = (): PipelineStats => ({
  articlesNew: 0,
  articlesSeen: 0,
  feeds: 0,
  mentions: 0,
  claimsNew: 0,
  merges: 0,
  undecodable: 0,
});

/** Adds b into a. */
export function addStats(a: PipelineStats, b: Partial<PipelineStats>): PipelineStats {
  for (const key of Object.keys(a) as Array<keyof PipelineStats>) a[key] += b[key] ?? 0;
  return a;
}

export interface StageResult {
  stats: Partial<PipelineStats>;
  next: FollowUp[];
}
