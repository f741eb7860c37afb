/** Which keys name an article, so that one story reached several ways is stored once; pure. */
import { canonicalizeUrl } from '../ingest/canonicalizeUrl.ts';

export interface IdentitySources {
  /** The URL the text was read from (after redirects), or the feed entry's link for full-text entries. */
  fetchedUrl: string;
  /** The page's `<link rel="canonical">`, when it has one. */
  canonicalUrl?: string | null;
  /** The feed entry's link, when the article came through a feed. */
  entryUrl?: string | null;
  /** The feed entry's GUID and the feed it came from (a GUID is only unique within a feed). */
  guid?: string | null;
  feedId?: string | null;
}

export interface ArticleIdentity {
  /** The URL the article is stored under: the canonical URL when the page names one on its own site. */
  url: string;
  /** Every key to look the article up by, most telling first (canonical, fetched, entry URL, GUID). */
  aliases: string[];
  /** Where an identical text counts as the same article: URLs under this prefix (the same site). */
  sitePrefix: string | null;
}

/** The host without `www.`, or null for a non-http URL. */
function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

const safeCanonical = (url: string | null | undefined): string | null => {
  if (!url) return null;
  try {
    return canonicalizeUrl(url);
  } catch {
    return null;
  }
};

/** The alias of a feed entry's GUID. */
export const guidAlias = (feedId: string, guid: string) => `guid:${feedId}:${guid}`;

/**
 * The identity policy. (1) URLs are canonicalised (tracking parameters, fragments, host case). (2) A
 * page's `rel=canonical` is followed when it stays on the page's own site (another site's canonical
 * could hijack its article). (3) The canonical, fetched and entry URLs and the feed GUID all become
 * aliases, so the second feed, redirect or poll that reaches the article finds it. (4) The same text
 * under a new URL or GUID on the same site is the same article (`sitePrefix`); the same text on two
 * sites stays two articles (a wire copy), grouped later as near-duplicates.
 */
export function articleIdentity(sources: IdentitySources): ArticleIdentity {
  const fetched = safeCanonical(sources.fetchedUrl) ?? sources.fetchedUrl;
  const site = siteOf(fetched);
  const canonical = safeCanonical(sources.canonicalUrl);
  const url = canonical !== null && site !== null && siteOf(canonical) === site ? canonical : fetched;
  const aliases = [url, fetched, safeCanonical(sources.entryUrl)];
  if (sources.guid && sources.feedId) aliases.push(guidAlias(sources.feedId, sources.guid));
  const unique = [...new Set(aliases.filter((a): a is string => a !== null))];
  const sitePrefix = site === null ? null : `${new URL(fetched).protocol}//${new URL(fetched).host}/`;
  return { url, aliases: unique, sitePrefix };
}
