/**
 * The body of an extraction thread (see startExtractionThreads): it runs the same pure extraction the
 * stages run in-process, a page's article (extractArticle) or a text's mentions (extractMentions), and
 * posts each result back with the request's number.
 */
import { extractArticle } from '../extract/extractArticle.ts';
import { extractMentions } from '../extract/extractMentions.ts';
import type { Article, MentionExtraction } from '../extract/types.ts';
import type { ThreadReply } from './answerRequests.ts';
import { answerRequests } from './answerRequests.ts';

/** Work for a thread: a text's mentions or a page's article. */
export type ExtractionWork = { kind: 'mentions'; text: string } | { kind: 'page'; html: string; url: string };

/** Work numbered by the pool. */
export type ExtractionRequest = ExtractionWork & { id: number };

/** What a request gave, or the message of what failed. */
export type ExtractionReply = ThreadReply<MentionExtraction | Article>;

const run = (request: ExtractionRequest) =>
  request.kind === 'mentions' ? extractMentions(request.text) : extractArticle(request.html, request.url);

answerRequests(run);
