import { extractMentions } from '../extract/extractMentions.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import { fetchDocument } from '../ingest/fetchDocument.ts';
import { readLocalInput } from '../ingest/readLocalInput.ts';
import { readSidecar } from '../ingest/readSidecar.ts';
import type { RawDocument } from '../ingest/types.ts';
import type { Config } from './config.ts';
import { documentArticles } from './documentArticles.ts';
import { sidecarMetadata, withGiven } from './givenMetadata.ts';
import type { GivenMetadata } from './jobTypes.ts';

export type { ExtractedDocument } from '../extract/types.ts';
export { DROP_REASONS } from '../extract/extractMentions.ts';

/**
 * Reads or fetches one input and extracts its article(s) and mentions without storing anything: what
 * `claims extract` shows. The articles and mentions are those ingest would store (a feed gives one document
 * per entry that carries its full text; a file's sidecar applies), and the mentions ingest would leave out are
 * listed as dropped.
 * @throws FetchError, UnsafeUrlError, LocalInputError, FeedParseError
 */
export async function previewExtraction(input: string, fetchOptions: Config['fetch']): Promise<ExtractedDocument[]> {
  let doc: RawDocument;
  let given: GivenMetadata | undefined;
  if (/^https?:\/\//i.test(input)) {
    const result = await fetchDocument(input, fetchOptions);
    if (result.status !== 'ok') return [];
    doc = result.document;
  } else {
    doc = await readLocalInput(input, { maxBytes: fetchOptions.maxBytes });
    // A sidecar gives the article what ingest would store with it.
    given = sidecarMetadata(await readSidecar(input));
  }
  const articles = await documentArticles(doc, fetchOptions);
  return articles.map((article) => {
    const shown = doc.kind === 'html' || doc.kind === 'text' ? withGiven(article, given) : article;
    return { ...shown, ...extractMentions(shown.text) };
  });
}
