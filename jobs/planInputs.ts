import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentFingerprint } from '../dedupe/contentFingerprint.ts';
import { canonicalizeUrl } from '../ingest/canonicalizeUrl.ts';
import { listInputFiles } from '../ingest/listInputFiles.ts';
import { readLocalInput } from '../ingest/readLocalInput.ts';
import { readSidecar, sidecarArticles } from '../ingest/readSidecar.ts';
import { makeId } from '../ids.ts';
import { sidecarMetadata } from './givenMetadata.ts';
import type { FollowUp, GivenMetadata } from './jobTypes.ts';
import type { JobFailure } from './runReport.ts';
import { messageOf } from './runReport.ts';

/** The one spelling of a URL the pipeline keys by; the doors spell the URLs a user types (feeds, sitemaps) with it. */
export { canonicalizeUrl } from '../ingest/canonicalizeUrl.ts';

/** True when `path` is the sidecar of an article beside it. */
async function isSidecar(path: string): Promise<boolean> {
  for (const article of sidecarArticles(path)) {
    if ((await fs.stat(article).catch(() => null))?.isFile()) return true;
  }
  return false;
}

/** An input that opens on a URL scheme (`ftp://`, `mailto:`, `javascript:`), which a path seldom does. */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/**
 * The local path an input names: a path as typed, or a `file:` URL's (claimdesk gives a file's articles that URL,
 * so one copied from `claims show` names its file again); null for a file: URL of another host.
 */
function localPathOf(input: string): string | null {
  if (!/^file:/i.test(input)) return input;
  try {
    return fileURLToPath(input);
  } catch {
    return null;
  }
}

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
export async function planInputs(
  inputs: readonly string[],
  options: { maxBytes: number; runId: string; outlet?: string; publishedAt?: string },
): Promise<InputPlan> {
  const plan: InputPlan = { jobs: [], failures: [] };
  const fail = (subject: string, error: unknown) =>
    plan.failures.push({ queue: 'input', jobId: '', subject, error: messageOf(error, subject) });
  const named: GivenMetadata = {
    ...(options.outlet ? { outlet: options.outlet } : {}),
    ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
  };
  const addFile = async (path: string) => {
    // A sidecar is read with its article; named on its own (a shell's `*`), it is no input.
    if (await isSidecar(path)) return;
    try {
      const document = await readLocalInput(path, { maxBytes: options.maxBytes });
      const sidecar = await readSidecar(path);
      // The command line speaks for every file it names; a sidecar for its one article.
      const given: GivenMetadata = { ...sidecarMetadata(sidecar), ...named };
      const described = Object.keys(given).length > 0;
      plan.jobs.push({
        queue: 'fetch',
        // What is given is part of the job: the same file with other metadata is stored again.
        id: makeId('doc', document.url, contentFingerprint(document.body), ...(described ? [JSON.stringify(given)] : [])),
        data: { url: document.url, document, ...(described ? { given } : {}), ...(named.outlet ? { outlet: named.outlet } : {}) },
      });
    } catch (error) {
      fail(path, error);
    }
  };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      try {
        const url = canonicalizeUrl(input);
        // A page that prints its own date keeps it; a feed's entries keep theirs (nothing given reaches them).
        const { publishedAt, ...forUrl } = named;
        const pageGiven: GivenMetadata = { ...forUrl, ...(publishedAt ? { publishedIfUndated: publishedAt } : {}) };
        const given = Object.keys(pageGiven).length > 0 ? { given: pageGiven, ...(named.outlet ? { outlet: named.outlet } : {}) } : {};
        // A URL named by the user is fetched anew on every run: its page or feed may have changed.
        plan.jobs.push({ queue: 'fetch', id: makeId('input', url, options.runId), data: { url, ...given } });
      } catch (error) {
        fail(input, error);
      }
      continue;
    }
    const path = localPathOf(input);
    if (path === null) {
      fail(input, new Error('not a file:// URL of this machine (file:///path/to/file)'));
      continue;
    }
    const stat = await fs.stat(path).catch(() => null);
    if (stat?.isDirectory()) {
      const files = await listInputFiles(path).catch((error: unknown) => (fail(input, error), []));
      if (files.length === 0) fail(input, new Error('the folder holds no .txt, .html, .xml, .rss, .atom or .opml file'));
      for (const file of files) await addFile(file);
    } else if (!stat && OTHER_SCHEME.test(input)) {
      fail(input, new Error('no such file, and not a URL claimdesk reads: it fetches http and https, and reads file:// URLs of local files'));
    } else {
      await addFile(path);
    }
  }
  return plan;
}
