/** What the ingest stage hands on: raw documents and parsed feeds. */

/** A document as fetched or read: bytes decoded to text, with what the source said about it. */
export interface RawDocument {
  /** Final URL after redirects (`file://` + absolute path for local files). */
  url: string;
  /** `feed` (RSS/Atom/RDF/JSON Feed), `html`, `text` (plain text article), `opml` or `sitemap` (urlset or index). */
  kind: DocumentKind;
  /** Decoded body. */
  body: string;
  /** Set when bytes of the body did not decode (they stand as U+FFFD): what to tell the user (see decodeWarning). */
  decodeWarning?: string | null;
  contentType: string | null;
  /** Validators for conditional GET, when the server sent them. */
  etag: string | null;
  lastModified: string | null;
  /** `Cache-Control: max-age` in seconds, when the server sent one (fetched documents only). */
  maxAgeSeconds?: number | null;
}

export type DocumentKind = 'feed' | 'html' | 'text' | 'opml' | 'sitemap';

export interface FeedEntry {
  /** Canonical URL of the entry's article, or null when the entry has no link. */
  url: string | null;
  guid: string | null;
  title: string | null;
  author: string | null;
  /** ISO 8601 or null (a bad date is dropped, not fatal). */
  publishedAt: string | null;
  /** Full HTML content when the feed carries it (content:encoded, Atom content), else null. */
  contentHtml: string | null;
  summary: string | null;
}

export interface ParsedFeed {
  title: string | null;
  /** The site's home page, when given. */
  link: string | null;
  entries: FeedEntry[];
  /** Entries left out by a cap on entries (the oldest); absent when none were. */
  droppedEntries?: number;
}
