/** Metadata given for an article from outside its text (flags, a sidecar), and how it is applied. */
import type { Article } from '../extract/types.ts';
import type { Sidecar } from '../ingest/readSidecar.ts';
import type { GivenMetadata } from './jobTypes.ts';

/** What a sidecar gives, in the job's terms. */
export const sidecarMetadata = (sidecar: Sidecar | null): GivenMetadata => ({
  ...(sidecar?.outlet ? { outlet: sidecar.outlet } : {}),
  ...(sidecar?.published ? { publishedAt: sidecar.published } : {}),
  ...(sidecar?.title ? { title: sidecar.title } : {}),
  ...(sidecar?.url ? { url: sidecar.url } : {}),
});

/** The article with what the user gave (flags, sidecar) in place of what its text says. */
export function withGiven(article: Article, given: GivenMetadata | undefined): Article {
  if (!given) return article;
  return {
    ...article,
    ...(given.url ? { url: given.url, canonicalUrl: given.url } : {}),
    title: given.title ?? article.title,
    publishedAt: given.publishedAt ?? article.publishedAt ?? given.publishedIfUndated ?? null,
    siteName: given.outlet ?? article.siteName,
  };
}
