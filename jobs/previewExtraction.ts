import { articleFromText } from '../extract/articleFromText.ts';
import { extractArticle } from '../extract/extractArticle.ts';
import { extractMentions } from '../extract/extractMentions.ts';
import { withTopic } from '../extract/topicEntities.ts';
import type { Article, ExtractedDocument } from '../extract/types.ts';
import { fetchDocument } from '../ingest/fetchDocument.ts';
import { parseFeed } from '../ingest/parseFeed.ts';
import { readLocalInput } from '../ingest/readLocalInput.ts';
import type { RawDocument } from '../ingest/types.ts';
import type { Config } from './config.ts';

const withMentions = (article: Article): ExtractedDocument => ({
  ...article,
  mentions: withTopic(extractMentions(article.text), article.text),
});

async function articlesOf(doc: RawDocument): Promise<Article[]> {
  switch (doc.kind) {
    case 'html':
      return [extractArticle(doc.body, doc.url)];
    case 'text':
      return [articleFromText(doc.body, doc.url)];
    case 'feed': {
      const feed = await parseFeed(doc.body, doc.url);
      return feed.entries.flatMap((entry) =>
        entry.contentHtml && entry.url
          ? [{ ...extractArticle(entry.contentHtml, entry.url), title: entry.title, publishedAt: entry.publishedAt }]
          : [],
      );
    }
    case 'opml':
    case 'sitemap':
      return [];
  }
}

/**
 * Reads or fetches one input and extracts its article(s) and mentions without storing anything: what
 * `claims extract` shows. A feed gives one document per entry that carries its full text.
 * @throws FetchError, UnsafeUrlError, LocalInputError, FeedParseError
 */
export async function previewExtraction(input: string, fetchOptions: Config['fetch']): Promise<ExtractedDocument[]> {
  let doc: RawDocument;
  if (/^https?:\/\//i.test(input)) {
    const result = await fetchDocument(input, fetchOptions);
    if (result.status !== 'ok') return [];
    doc = result.document;
  } else {
    doc = await readLocalInput(input, { maxBytes: fetchOptions.maxBytes });
  }
  return (await articlesOf(doc)).map(withMentions);
}
