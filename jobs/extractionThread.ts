/**
 * The body of an extraction thread (see startExtractionThreads): it runs the same pure extraction the
 * stages run in-process, a page's article (extractArticle) or a text's mentions (extractMentions), and
 * posts each result back with the request's number.
 */
import os from 'node:os';
import { workerData } from 'node:worker_threads';
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

/** What the pool tells a thread as it starts it. */
export interface ExtractionThreadData {
  /** The thread's nice value (0 to 19): see startExtractionThreads. */
  nice: number;
}

const { nice } = (workerData ?? { nice: 0 }) as ExtractionThreadData;
if (nice > 0) {
  try {
    // On Linux a nice value is a thread's own (setpriority on "this process", id 0, sets the calling thread's):
    // the event loop and the other threads of the process keep theirs.
    os.setPriority(nice);
  } catch {
    // Not allowed here (another platform's rules): the thread runs at its process's priority, as before.
  }
}

answerRequests(run);
