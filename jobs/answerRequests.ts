/** How a thread of startExtractionThreads answers: each numbered request with its result, or what failed. */
import { parentPort } from 'node:worker_threads';

/** A thread's answer to request `id`: the result, or the message of what failed. */
export type ThreadReply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; message: string };

/** Answers every request posted to this thread with `run`'s result (or its error's stack), under its number. */
export function answerRequests<Q extends { id: number }, R>(run: (request: Q) => R): void {
  parentPort?.on('message', (request: Q) => {
    let reply: ThreadReply<R>;
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
}
