/** An article together with every mention found in its text. */

import type { Article, ExtractedDocument } from './types.ts';
import { extractMentions } from './extractMentions.ts';

/** Attach the mentions of `article.text` to the article. */
export function extractDocument(article: Article): ExtractedDocument {
  return { ...article, mentions: extractMentions(article.text) };
}
