import { Worker } from 'node:worker_threads';
import type { Article, MentionExtraction } from '../extract/types.ts';
import type { MergePlan } from '../dedupe/planMerges.ts';
import type { ThreadReply } from './answerRequests.ts';
import type { ExtractionThreadData, ExtractionWork } from './extractionThread.ts';
import type { DedupeWork } from './dedupeThread.ts';
import type { MergePlanner } from './mergeMentions.ts';
import type { Regrouper } from './placeStory.ts';

/** Extraction run off the caller's event loop, and how to stop it. */
export interface ExtractionThreads {
  /** extractMentions(text), in a thread. */
  extractMentions(text: string): Promise<MentionExtraction>;
  /** extractArticle(html, url), in a thread. */
  extractPage(html: string, url: string): Promise<Article>;
  /** planMerges(mentions, options), in a dedupe thread (none when started without any). */
  planMerges?: MergePlanner;
  /** regroupNeighbourhood(articles, stats, options, kept), in a dedupe thread (none when started without any). */
  regroupNeighbourhood?: Regrouper;
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Starts `count` threads running `entryName` (a module of this directory, without its extension), each answering the
 * numbered requests it is posted with a ThreadReply (answerRequests.ts). A request goes to the thread with the fewest waiting; a thread that
 * dies fails its requests (`what` names them in the error: the job is retried) and is started again.
 */
function startPool(entryName: string, count: number, what: string, workerData: object = {}) {
  // Under tsx (sources not built) the thread registers tsx before it loads the TypeScript entry: Node 20
  // does not apply a parent's `--import tsx` to a thread's entry.
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(`./${entryName}${typescript ? '.ts' : '.js'}`, import.meta.url);
  const tsx = typescript ? import.meta.resolve('tsx/esm/api') : null;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); })`;
  let closing = false;
  let nextId = 0;

  const start = (): Thread => {
    const thread: Thread = {
      worker: tsx ? new Worker(boot, { eval: true, workerData }) : new Worker(entry, { workerData }),
      pending: new Map(),
    };
    thread.worker.on('message', (reply: ThreadReply<unknown>) => {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) thread.worker.unref();
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(`${what} failed in its thread: ${reply.message}`));
    });
    const fail = (error: Error) => {
      for (const waiting of thread.pending.values()) waiting.reject(error);
      thread.pending.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => {
      fail(new Error(`the ${what} thread exited (code ${code})`));
      const index = threads.indexOf(thread);
      if (!closing && index >= 0) threads[index] = start();
    });
    // An idle thread does not keep the process alive; one with work to do does.
    thread.worker.unref();
    return thread;
  };
  const threads: Thread[] = Array.from({ length: Math.max(1, count) }, start);

  return {
    /** Posts `work` (the request's number is given here); resolves with the thread's result. */
    send(work: object): Promise<unknown> {
      if (closing) return Promise.reject(new Error(`the ${what} threads are closed`));
      const thread = threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.ref();
        thread.worker.postMessage({ ...work, id });
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}

/**
 * Starts `count` threads that read pages (extractArticle) and extract mentions (extractMentions), so that a
 * worker's event loop stays free to send the next statement of an open transaction while an article is
 * extracted (a dedupe transaction otherwise holds its locks through every extraction that runs meanwhile). A text goes to the thread with the fewest waiting;
 * a thread that dies fails its texts (the job is retried) and is started again. `dedupeCount` more threads (none by
 * default) run the dedupe stage's pure steps made under its locks: the plans of the process's merge batches
 * (dedupe/planMerges.ts, tens of ms of CPU a batch) and the regroupings of its placements (dedupe/placeStories.ts, a
 * few ms an article), so that while one is computed the event loop answers the other locked chains' statements.
 * Each such step then waits for two thread handovers under its lock: on a machine whose cores are all busy those
 * cost more than the event loop gains (README, e2e, eighteenth round), so they are off unless asked for. `nice` is
 * the extraction threads' nice value (CLAIMS_EXTRACT_NICE; the dedupe threads, which run locked steps, keep the
 * process's).
 */
export function startExtractionThreads(count: number, dedupeCount = 0, nice = 0): ExtractionThreads {
  const extraction = startPool('extractionThread', count, 'extraction', { nice } satisfies ExtractionThreadData);
  const dedupe = dedupeCount > 0 ? startPool('dedupeThread', dedupeCount, 'dedupe') : null;
  const send = (work: ExtractionWork) => extraction.send(work satisfies ExtractionWork) as Promise<MentionExtraction | Article>;
  return {
    extractMentions: async (text) => (await send({ kind: 'mentions', text })) as MentionExtraction,
    extractPage: async (html, url) => (await send({ kind: 'page', html, url })) as Article,
    ...(dedupe ? dedupeSteps((work: DedupeWork) => dedupe.send(work)) : {}),
    async close() {
      await Promise.all([extraction.close(), dedupe?.close()]);
    },
  };
}

/** The dedupe stage's steps run by `send` (a pool of dedupe threads). */
const dedupeSteps = (send: (work: DedupeWork) => Promise<unknown>) => ({
  planMerges: (async (mentions, options) => (await send({ kind: 'plan', mentions, options })) as MergePlan) satisfies MergePlanner,
  regroupNeighbourhood: (async (articles, stats, options, kept) =>
    (await send({ kind: 'regroup', articles, stats, options, kept })) as Map<string, string>) satisfies Regrouper,
});
