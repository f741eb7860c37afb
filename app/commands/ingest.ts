import { randomUUID } from 'node:crypto';
import { planInputs } from '../../jobs/planInputs.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { RunReport } from '../../jobs/runReport.ts';
import { displaySubject, formatReport, note, plural } from '../output.ts';
import { startProgress } from '../startProgress.ts';

export interface IngestOptions {
  wait: boolean;
  json: boolean;
  /** Given for every article named (`--outlet`, `--published`). */
  outlet?: string;
  publishedAt?: string;
}

/**
 * Ingests files, folders and URLs through the pipeline, prints a summary, and returns the report
 * (null when jobs were only enqueued). Failed inputs are named; the rest go through.
 */
export async function ingest(runtime: Runtime, inputs: readonly string[], options: IngestOptions): Promise<RunReport | null> {
  const started = performance.now();
  const plan = await planInputs(inputs, {
    maxBytes: runtime.config.fetch.maxBytes,
    runId: randomUUID(),
    outlet: options.outlet,
    publishedAt: options.publishedAt,
  });
  const waitForWork = options.wait || runtime.queues === null;
  const progress = waitForWork ? startProgress('ingest') : null;
  const report = await runtime.run(plan.jobs, { wait: options.wait, onProgress: progress?.update });
  progress?.stop();
  if (!report) {
    note(`enqueued ${plural(plan.jobs.length, 'input')}; run \`claims worker\` to process them, or use --wait`);
    for (const f of plan.failures) note(`failed: ${displaySubject(f.subject)}: ${f.error}`);
    if (plan.failures.length > 0) process.exitCode = 1;
    return null;
  }
  report.failures.unshift(...plan.failures);
  const seconds = (performance.now() - started) / 1000;
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else formatReport(report, seconds).forEach((line) => note(line));
  if (report.failures.length > 0) process.exitCode = 1;
  return report;
}
