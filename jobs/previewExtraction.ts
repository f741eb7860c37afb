import { extractMentions } from '../extract/extractMentions.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import { fetchDocument } from '../ingest/fetchDocument.ts';
import { readLocalInput } from '../ingest/readLocalInput.ts';
import type { RawDocument } from '../ingest/types.ts';
import type { Config } from './config.ts';
import { documentArticles } from './documentArticles.ts';

export type { ExtractedDocument } from '../extract/types.ts';
export { DROP_REASONS } from '../extract/extractMentions.ts';

/**
 * Reads or fetches one input and extracts its article(s) and mentions without storing anything: what
 * `claims extract` shows. The articles and mentions are those ingest would store (a feed gives one document
 * per entry that carries its full text), and the mentions ingest would leave out are listed as dropped.
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
  const articles = await documentArticles(doc, fetchOptions);
  return articles.map((article) => ({ ...article, ...extractMentions(article.text) }));
}
