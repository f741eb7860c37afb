import { Worker } from 'node:worker_threads';
import type { Article, MentionExtraction } from '../extract/types.ts';
import type { ExtractionReply, ExtractionRequest, ExtractionWork } from './extractionThread.ts';

/** Extraction run off the caller's event loop, and how to stop it. */
export interface ExtractionThreads {
  /** extractMentions(text), in a thread. */
  extractMentions(text: string): Promise<MentionExtraction>;
  /** extractArticle(html, url), in a thread. */
  extractPage(html: string, url: string): Promise<Article>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: MentionExtraction | Article) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Starts `count` threads that read pages (extractArticle) and extract mentions (extractMentions), so that a
 * worker's event loop stays free to send the next statement of an open transaction while an article is
 * extracted (a dedupe transaction otherwise holds its locks through every extraction that runs meanwhile). A text goes to the thread with the fewest waiting;
 * a thread that dies fails its texts (the job is retried) and is started again.
 */
export function startExtractionThreads(count: number): ExtractionThreads {
  // Under tsx (sources not built) the thread registers tsx before it loads the TypeScript entry: Node 20
  // does not apply a parent's `--import tsx` to a thread's entry.
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(`./extractionThread${typescript ? '.ts' : '.js'}`, import.meta.url);
  const tsx = typescript ? import.meta.resolve('tsx/esm/api') : null;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); })`;
  let closing = false;
  let nextId = 0;

  const start = (): Thread => {
    const thread: Thread = {
      worker: tsx ? new Worker(boot, { eval: true }) : new Worker(entry),
      pending: new Map(),
    };
    thread.worker.on('message', (reply: ExtractionReply) => {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) thread.worker.unref();
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(`extraction failed in its thread: ${reply.message}`));
    });
    const fail = (error: Error) => {
      for (const waiting of thread.pending.values()) waiting.reject(error);
      thread.pending.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => {
      fail(new Error(`the extraction thread exited (code ${code})`));
      const index = threads.indexOf(thread);
      if (!closing && index >= 0) threads[index] = start();
    });
    // An idle thread does not keep the process alive; one with texts to extract does.
    thread.worker.unref();
    return thread;
  };
  const threads: Thread[] = Array.from({ length: Math.max(1, count) }, start);

  // Distributed without the request's number, which is given here.
  const send = (work: ExtractionWork): Promise<MentionExtraction | Article> => {
    if (closing) return Promise.reject(new Error('the extraction threads are closed'));
    const thread = threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage({ ...work, id } satisfies ExtractionRequest);
    });
  };

  return {
    extractMentions: async (text) => (await send({ kind: 'mentions', text })) as MentionExtraction,
    extractPage: async (html, url) => (await send({ kind: 'page', html, url })) as Article,
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
