import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimRecord } from '../store/claimRecords.ts';
import { nameWithRole, outletCount, quoteMarks } from './claimText.ts';
import type { RunReport } from '../jobs/runReport.ts';

/** Writes one line to stdout. */
export const out = (line = '') => process.stdout.write(`${line}\n`);
/** Writes one line to stderr: progress, summaries and errors, so stdout stays clean for data. */
export const note = (line = '') => process.stderr.write(`${line}\n`);

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The end-of-run summary of an ingest or backfill. */
export function formatReport(report: RunReport, seconds: number): string[] {
  const s = report.stats;
  const lines = [
    `${plural(s.articlesNew, 'new article')}, ${s.articlesSeen} seen again` +
      (s.feeds ? `, from ${plural(s.feeds, 'feed')}` : '') +
      `; ${plural(s.mentions, 'mention')}; ${plural(s.claimsNew, 'new claim')}, ${plural(s.merges, 'merge')}` +
      ` (${seconds.toFixed(1)} s)`,
  ];
  if (s.undecodable > 0) {
    lines.push(`warning: ${plural(s.undecodable, 'article')} stored with bytes that could not be decoded (U+FFFD in their text; see claims status)`);
  }
  if (report.jobsReused > 0) lines.push(`${plural(report.jobsReused, 'input')} already processed with the same content`);
  for (const f of report.failures) lines.push(`failed: ${displaySubject(f.subject)}: ${f.error}`);
  return lines;
}

/** A local file as the user would type it (relative to here when it is below); anything else as it is. */
export function displaySubject(subject: string): string {
  if (!subject.startsWith('file://')) return subject;
  let file: string;
  try {
    file = fileURLToPath(subject);
  } catch {
    return subject; // a file: URL of another host names no file here
  }
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}


/** A claim for a reader: who, what, how far it spread. */
export function formatClaim(claim: ClaimRecord & { story_id?: string | null }): string[] {
  const who = claim.speaker ? nameWithRole(claim.speaker, claim.role) : '(no speaker)';
  // A figure reads as it was printed (the next line), not as the number it was parsed to.
  const lines = [
    `[${claim.kind}] ${claim.kind === 'number' ? 'figure' : who} · ${plural(claim.article_count, 'article')}, ` +
      `${outletCount(claim.outlet_count, claim.article_count)} · ${claim.id}`,
    `  ${quoteMarks(claim.kind, claim.text)}`,
  ];
  for (const a of claim.articles) {
    lines.push(`    - ${a.outlet ?? 'unknown outlet'}: ${a.title ?? '(untitled)'} <${a.url}>`);
  }
  for (const c of claim.conflicts) lines.push(`    ! conflicting variant (${c.reason}): ${c.text} [${c.id}]`);
  if (claim.story_id) lines.push(`    story ${claim.story_id}`);
  return lines;
}
