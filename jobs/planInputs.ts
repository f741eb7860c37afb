import fs from 'node:fs/promises';
import { contentFingerprint } from '../dedupe/contentFingerprint.ts';
import { canonicalizeUrl } from '../ingest/canonicalizeUrl.ts';
import { listInputFiles } from '../ingest/listInputFiles.ts';
import { readLocalInput } from '../ingest/readLocalInput.ts';
import { makeId } from '../ids.ts';
import type { FollowUp } from './jobTypes.ts';
import type { JobFailure } from './runReport.ts';
import { messageOf } from './runReport.ts';

/** The one spelling of a URL the pipeline keys by; the doors spell the URLs a user types (feeds, sitemaps) with it. */
export { canonicalizeUrl } from '../ingest/canonicalizeUrl.ts';

export interface InputPlan {
  jobs: FollowUp[];
  /** Inputs that could not even be read: named, with the reason. */
  failures: JobFailure[];
}

/**
 * Turns what the user named (URLs, files, folders) into fetch jobs. Local files are read here, so that a
 * worker on another machine gets their content; a URL is fetched by the worker. A bad input is reported
 * and the others go on.
 */
export async function planInputs(inputs: readonly string[], options: { maxBytes: number; runId: string }): Promise<InputPlan> {
  const plan: InputPlan = { jobs: [], failures: [] };
  const fail = (subject: string, error: unknown) =>
    plan.failures.push({ queue: 'input', jobId: '', subject, error: messageOf(error, subject) });
  const addFile = async (path: string) => {
    try {
      const document = await readLocalInput(path, { maxBytes: options.maxBytes });
      plan.jobs.push({
        queue: 'fetch',
        id: makeId('doc', document.url, contentFingerprint(document.body)),
        data: { url: document.url, document },
      });
    } catch (error) {
      fail(path, error);
    }
  };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      try {
        const url = canonicalizeUrl(input);
        // A URL named by the user is fetched anew on every run: its page or feed may have changed.
        plan.jobs.push({ queue: 'fetch', id: makeId('input', url, options.runId), data: { url } });
      } catch (error) {
        fail(input, error);
      }
      continue;
    }
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      const files = await listInputFiles(input).catch((error: unknown) => (fail(input, error), []));
      if (files.length === 0) fail(input, new Error('the folder holds no .txt, .html, .xml, .rss, .atom or .opml file'));
      for (const file of files) await addFile(file);
    } else {
      await addFile(input);
    }
  }
  return plan;
}
