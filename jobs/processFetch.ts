import type { Article } from '../extract/types.ts';
import { contentFingerprint, normalizedFingerprint } from '../dedupe/contentFingerprint.ts';
import { normalizeText } from '../dedupe/normalizeText.ts';
import { fetchAgent, fetchDocument, type FetchOptions } from '../ingest/fetchDocument.ts';
import { FeedParseError } from '../ingest/errors.ts';
import { parseFeed } from '../ingest/parseFeed.ts';
import { parseOpml } from '../ingest/parseOpml.ts';
import { archiveLinks } from '../ingest/archiveLinks.ts';
import { parseSitemap } from '../ingest/parseSitemap.ts';
import type { FeedEntry, RawDocument } from '../ingest/types.ts';
import * as store from '../store/index.ts';
import type { StageContext } from './context.ts';
import type { FetchJobData, FollowUp, StageResult } from './jobTypes.ts';
import { withGiven } from './givenMetadata.ts';
import { addStats, emptyStats } from './jobTypes.ts';
import { makeId } from '../ids.ts';
import { findExisting, findStoredVersions } from '../store/articleAliases.ts';
import type { StoredVersion } from '../store/articleAliases.ts';
import type { StoredArticle } from '../store/articles.ts';
import { articleIdentity, guidAlias } from './articleIdentity.ts';
import { canonicalizeUrl } from '../ingest/canonicalizeUrl.ts';
import { entryArticle, feedEntries, pageArticle } from './documentArticles.ts';
import { isPermanent } from './isPermanent.ts';
import { messageOf } from './runReport.ts';
import { timeStep } from './stepTimer.ts';
import type { LocatedEntry } from './documentArticles.ts';

/**
 * The outlet of an article: the name the page gives itself, else the feed's (or the one the user gave),
 * else the web host. A "site name" that is only the host (what extraction falls back to when a page, or a
 * feed entry's HTML, names none) is no name: the feed's outlet wins over it.
 */
function outletOf(article: Article, fallback: string | null | undefined): string | null {
  const url = new URL(article.url);
  const host = url.protocol.startsWith('http') ? url.hostname.replace(/^www\./, '') : null;
  if (article.siteName && article.siteName !== host) return article.siteName;
  return fallback || host;
}

/** The stage's fetch options: each response counted in the metrics, and the fleet's host gate, when the stage has them. */
export function fetchOptionsOf(ctx: Pick<StageContext, 'fetch' | 'metrics' | 'hostGate' | 'fetchAgent'>): FetchOptions {
  const metrics = ctx.metrics;
  return {
    ...ctx.fetch,
    ...(metrics ? { onResponse: (status, bytes) => metrics.observeFetch(status, bytes) } : {}),
    ...(ctx.hostGate ? { hostGate: ctx.hostGate } : {}),
    ...(ctx.fetchAgent ? { agent: ctx.fetchAgent } : {}),
  };
}

/**
 * The agent a worker's fetches keep their connections in from one page to the next (ingest's fetchAgent, made
 * from the worker's fetch settings, so within its host limits); the worker destroys it when it stops.
 */
export const workerFetchAgent = (ctx: Pick<StageContext, 'fetch'>) => fetchAgent(ctx.fetch);

/** How many archive pages (or nested sitemap indexes) an ingest follows from where it started. */
export const MAX_ARCHIVE_HOPS = 50;
/** The sitemap protocol's own cap on URLs per sitemap. */
const MAX_SITEMAP_URLS = 50_000;

/** Shorter texts (an empty extraction, a teaser) say too little to identify an article by their hash alone. */
const MIN_TEXT_FOR_CONTENT_IDENTITY = 200;

/** The job that fetches an article page reached through a feed: one per URL. */
export const fetchFollowUp = (data: FetchJobData): FollowUp<'fetch'> => ({
  queue: 'fetch',
  id: makeId('fetch', data.url),
  data,
});

/** Where an article was read: its feed and outlet, and the feed entry's GUID and link. */
interface ArticleSource {
  feedId?: string | null;
  outlet?: string | null;
  guid?: string | null;
  entryUrl?: string | null;
  /** Bytes of the document that did not decode (see decodeWarning), carried to its articles. */
  decodeWarning?: string | null;
}

/** The keys an article read from this source is known by (see articleIdentity). */
const identityOf = (article: Pick<Article, 'url' | 'canonicalUrl'>, source: ArticleSource) =>
  articleIdentity({
    fetchedUrl: article.url,
    canonicalUrl: article.canonicalUrl,
    entryUrl: source.entryUrl,
    guid: source.guid,
    feedId: source.feedId,
  });

/**
 * The extraction of one version of an article (keyed by its content, so the same text is extracted once); with the
 * article as just stored, which the same job may carry on to extraction without reading it (jobs/carryArticle.ts).
 */
const extractFollowUp = (articleId: string, contentHash: string, stored?: StoredArticle, normalized?: string): FollowUp<'extract'> => ({
  queue: 'extract',
  id: makeId('extract', articleId, contentHash),
  data: { articleId, contentHash },
  ...(stored ? { carried: { article: stored, ...(normalized === undefined ? {} : { normalized }) } } : {}),
});

/** Stores an article and asks for its extraction (keyed by its content, so unchanged text is skipped). */
async function storeArticle(ctx: StageContext, article: Article, source: ArticleSource, textSource: string | null = null): Promise<StageResult> {
  // Its normalised text goes on with it when carried: the dedupe stage's MinHash tokens are made of it too.
  const normalized = normalizeText(article.text);
  const contentHash = normalizedFingerprint(normalized);
  const identity = identityOf(article, source);
  // A local file has no site: the same text there is a copy of an article from the web, the first one stored.
  const contentScope = identity.sitePrefix ?? (article.url.startsWith('file:') ? 'http' : null);
  // Known by one of its keys, else (a text long enough to tell) by its content on the same site: one statement.
  const existing = await findExisting(
    ctx.db,
    identity.aliases,
    contentScope !== null && article.text.length >= MIN_TEXT_FOR_CONTENT_IDENTITY ? { contentHash, urlPrefix: contentScope } : null,
  );
  const result = await store.articles.upsert(ctx.db, {
    ...article,
    url: existing?.url ?? identity.url,
    outlet: outletOf(article, source.outlet),
    feedId: source.feedId ?? null,
    contentHash,
    textSource,
    decodeWarning: source.decodeWarning ?? null,
  }, identity.aliases); // its aliases recorded in the same statement
  // The same text with another outlet or date (`--outlet`, a sidecar added later): its claims count it anew.
  if (result.placed && !result.changed) {
    await store.claims.refresh(ctx.db, await store.mentions.claimIdsOfArticles(ctx.db, [result.id]));
  }
  ctx.log.debug({ articleId: result.id, url: article.url, created: result.created }, 'article stored');
  if (source.decodeWarning) ctx.log.warn({ articleId: result.id, url: article.url }, `stored with undecodable bytes: ${source.decodeWarning}`);
  return {
    stats: { ...(result.created ? { articlesNew: 1 } : { articlesSeen: 1 }), undecodable: source.decodeWarning ? 1 : 0 },
    next: [extractFollowUp(result.id, contentHash, result.stored, normalized)],
  };
}

/**
 * The stored version of an article when storing it again would change nothing: every key it is known by
 * names one and the same article, which holds this very text. Null when it is new, edited or has a new key.
 */
function unchangedVersion(
  aliases: readonly string[],
  stored: ReadonlyMap<string, readonly StoredVersion[]>,
  contentHash: string,
): StoredVersion | null {
  let found: StoredVersion | null = null;
  for (const alias of aliases) {
    const versions = stored.get(alias) ?? [];
    const version = versions[0];
    if (versions.length !== 1 || !version || version.contentHash !== contentHash) return null;
    if (found !== null && found.articleId !== version.articleId) return null;
    found = version;
  }
  return found;
}

/**
 * A feed entry that carries its full text, stored unless it is already stored with this text (a feed
 * fetched again with a 200: no validators, or another entry changed); an edited entry is a new version.
 */
async function storeFullTextEntry(
  ctx: StageContext,
  article: Article,
  source: ArticleSource,
  stored: ReadonlyMap<string, readonly StoredVersion[]>,
): Promise<StageResult> {
  const contentHash = contentFingerprint(article.text);
  const unchanged = unchangedVersion(identityOf(article, source).aliases, stored, contentHash);
  if (unchanged === null) return storeArticle(ctx, article, source);
  // Nothing to write; the extraction is asked for again only when it has not caught up (a run cut short).
  return {
    stats: { articlesSeen: 1 },
    next: unchanged.processed ? [] : [extractFollowUp(unchanged.articleId, contentHash)],
  };
}

/** The keys a feed entry would be known by. */
function entryAliases(entry: FeedEntry, feedId: string): string[] {
  const aliases: string[] = [];
  if (entry.url) {
    try {
      aliases.push(canonicalizeUrl(entry.url));
    } catch {
      // An unusable link is skipped by the caller.
    }
  }
  if (entry.guid) aliases.push(guidAlias(feedId, entry.guid));
  return aliases;
}

/**
 * A sitemap (a news sitemap too): its pages are fetched, a sitemap index's sitemaps read in turn, at
 * most MAX_ARCHIVE_HOPS deep and MAX_SITEMAP_URLS per sitemap.
 */
function processSitemap(doc: RawDocument, data: FetchJobData): StageResult {
  const sitemap = parseSitemap(doc.body, doc.url);
  const hops = data.archiveHops ?? 0;
  if (sitemap.kind === 'index' && hops >= MAX_ARCHIVE_HOPS) return { stats: {}, next: [] };
  const entries = sitemap.entries.slice(0, MAX_SITEMAP_URLS);
  return {
    stats: {},
    next: entries.map((e) =>
      sitemap.kind === 'index'
        ? fetchFollowUp({ url: e.url, outlet: data.outlet ?? null, archiveHops: hops + 1 })
        : fetchFollowUp({ url: e.url, outlet: data.outlet ?? null }),
    ),
  };
}

/** The archive pages (RFC 5005 `prev-archive`, paged `next`) of a feed being ingested (not polled), within the hop bound. */
function archiveFollowUps(doc: RawDocument, data: FetchJobData, feedId: string, outlet: string | null): FollowUp[] {
  const hops = data.archiveHops ?? 0;
  if (data.poll === true || hops >= MAX_ARCHIVE_HOPS) return [];
  return archiveLinks(doc.body, doc.url).map((url) => fetchFollowUp({ url, feedId, outlet, archiveHops: hops + 1 }));
}

async function processFeed(ctx: StageContext, doc: RawDocument, data: FetchJobData): Promise<StageResult> {
  const feed = await parseFeed(doc.body, doc.url, { maxEntries: ctx.fetch.maxFeedEntries });
  // A feed named to ingest that holds nothing gives the user nothing: say so. A subscribed feed may be empty for a while.
  if (feed.entries.length === 0 && data.poll !== true) throw new FeedParseError(doc.url, 'it has no entries');
  if (feed.droppedEntries !== undefined) {
    ctx.log.warn(
      { feed: doc.url, kept: feed.entries.length, dropped: feed.droppedEntries },
      `feed has more than CLAIMS_FEED_MAX_ENTRIES=${ctx.fetch.maxFeedEntries} entries: kept the newest ${feed.entries.length}, left out ${feed.droppedEntries}`,
    );
  }
  // A poll or an archive page belongs to the feed that asked for it, wherever a redirect led.
  const feedId = data.feedId
    ? await store.feeds.noteTitle(ctx.db, data.feedId, { title: feed.title, siteUrl: feed.link })
    : await store.feeds.upsertFetched(ctx.db, {
        url: doc.url,
        title: feed.title,
        siteUrl: feed.link,
        outlet: data.outlet ?? feed.title,
      });
  const outlet = data.outlet ?? feed.title;
  const times = feed.entries.flatMap((e) => (e.publishedAt ? [e.publishedAt] : []));
  if (times.length > 0 && (data.archiveHops ?? 0) === 0) await store.feeds.noteEntryTimes(ctx.db, feedId, times);
  const stats = addStats(emptyStats(), { feeds: 1 });
  const next: FollowUp[] = [];
  const located = feedEntries(feed).map((e) => ({
    ...e,
    source: { feedId, outlet, guid: e.entry.guid, entryUrl: e.entry.url, decodeWarning: doc.decodeWarning },
  }));
  // A full-text entry is known by its article's keys (its URL is the article's, see feedEntries).
  const aliasesOf = ({ entry, url, source, article }: LocatedEntry & { source: ArticleSource }) =>
    article ? identityOf({ url, canonicalUrl: url }, source).aliases : entryAliases(entry, feedId);
  // What is stored under every key of the feed's entries, read at once rather than entry by entry.
  const stored = await findStoredVersions(ctx.db, located.flatMap(aliasesOf));
  for (const item of located) {
    const { entry, source, article } = item;
    if (article) {
      const done = await storeFullTextEntry(ctx, article, source, stored);
      addStats(stats, done.stats);
      next.push(...done.next);
    } else if (entry.url) {
      // A page already stored (through this feed, another feed or a redirect) is not fetched again.
      if (aliasesOf(item).some((a) => stored.has(a))) {
        addStats(stats, { articlesSeen: 1 });
        continue;
      }
      // The entry's own text goes along, to be stored if the page cannot be had.
      const entryText = entry.summary ? { html: entry.summary, title: entry.title, author: entry.author, publishedAt: entry.publishedAt } : null;
      next.push(fetchFollowUp({ url: entry.url, feedId, outlet, guid: entry.guid, ...(entryText ? { entryText } : {}) }));
    }
  }
  next.push(...archiveFollowUps(doc, data, feedId, outlet));
  return { stats, next };
}

/** Handles one document, fetched or read from a file: a feed, an OPML list, a page or a text article. */
export async function processDocument(ctx: StageContext, doc: RawDocument, data: FetchJobData): Promise<StageResult> {
  switch (doc.kind) {
    case 'feed':
      return processFeed(ctx, doc, data);
    case 'opml': {
      const feeds = parseOpml(doc.body);
      // An OPML list naming no feed did nothing, silently: say so, as `claims feeds import` does.
      if (feeds.length === 0) throw new FeedParseError(doc.url, 'an OPML list with no <outline xmlUrl="...">: no feed to read');
      // A listed URL that is no address is passed over; the list fails only when no feed is left to read.
      const fetchable = feeds.filter((feed) => !feed.problem);
      const broken = feeds.find((feed) => feed.problem);
      if (fetchable.length === 0 && broken) throw new FeedParseError(doc.url, `${broken.url}: ${broken.problem}`);
      for (const feed of feeds) if (feed.problem) ctx.log.warn({ url: doc.url, listed: feed.url }, `OPML entry passed over: ${feed.problem}`);
      return { stats: {}, next: fetchable.map((feed) => fetchFollowUp({ url: feed.url, outlet: feed.title })) };
    }
    case 'sitemap':
      return processSitemap(doc, data);
    case 'html':
    case 'text': {
      // A page is read off the event loop when the worker has threads (see startExtractionThreads).
      const kind = doc.kind;
      const page = await timeStep(ctx.timeStep, 'fetch_read', async () =>
        kind === 'html' && ctx.extractPage ? ctx.extractPage(doc.body, doc.url) : pageArticle({ ...doc, kind }),
      );
      const article = withGiven(page, data.given);
      // The address it was read from stays a key of the article when the user gave its web address.
      const read = doc.kind === 'html' || data.given?.url ? { entryUrl: data.url } : {};
      const source = { ...data, ...read, outlet: data.given?.outlet ?? data.outlet, decodeWarning: doc.decodeWarning };
      return timeStep(ctx.timeStep, 'fetch_store', () => storeArticle(ctx, article, source));
    }
  }
}

/**
 * The fetch stage: fetch a URL through the guarded client (or take the document a local file gave) and
 * store what it holds.
 * @throws FetchError, UnsafeUrlError, FeedParseError (jobs/ decides which are permanent).
 */
export async function processFetch(ctx: StageContext, data: FetchJobData): Promise<StageResult> {
  if (data.document) return processDocument(ctx, data.document, data);
  let result: Awaited<ReturnType<typeof fetchDocument>>;
  try {
    result = await timeStep(ctx.timeStep, 'fetch_download', () => fetchDocument(data.url, fetchOptionsOf(ctx)));
  } catch (error) {
    // A page that will never come (404, refused, too large) leaves the feed's own text of the entry, when it has some.
    if (data.entryText && isPermanent(error)) {
      const article = entryArticle(data.entryText.html, data.entryText, data.url);
      if (article.text.trim() !== '') {
        const why = `the feed entry's own text: its page could not be fetched (${messageOf(error, data.url)})`;
        return storeArticle(ctx, article, { ...data, entryUrl: data.url }, why);
      }
    }
    throw error;
  }
  if (result.status === 'not-modified') return { stats: {}, next: [] };
  return processDocument(ctx, result.document, data);
}
