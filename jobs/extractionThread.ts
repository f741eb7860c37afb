/**
 * The body of an extraction thread (see startExtractionThreads): it runs the same pure extraction the
 * stages run in-process, a page's article (extractArticle) or a text's mentions (extractMentions), and
 * posts each result back with the request's number.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/extractArticle.ts';
import { extractMentions } from '../extract/extractMentions.ts';
import type { Article, MentionExtraction } from '../extract/types.ts';

/** Work for a thread: a text's mentions or a page's article. */
export type ExtractionWork = { kind: 'mentions'; text: string } | { kind: 'page'; html: string; url: string };

/** Work numbered by the pool. */
export type ExtractionRequest = ExtractionWork & { id: number };

/** What a request gave, or the message of what failed. */
export type ExtractionReply =
  { id: number; ok: true; result: MentionExtraction | Article } | { id: number; ok: false; message: string };

const run = (request: ExtractionRequest) =>
  request.kind === 'mentions' ? extractMentions(request.text) : extractArticle(request.html, request.url);

parentPort?.on('message', (request: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id: request.id, ok: true, result: run(request) };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(reply);
});
