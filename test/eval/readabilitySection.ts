import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle } from '../../extract/extractArticle.ts';
import type { EvalSection } from './evalSection.ts';
import { gate, pct } from './evalSection.ts';
import { sharedDir } from './runSeeds.ts';

// Floors just under the rates measured when they were set (title 47/53, byline 28/31, site 22/23, date 11/11): the
// extraction is deterministic, so any lost page shows. The titles left are pages where Readability keeps a site
// suffix that we drop, the site one a Medium publication. The bylines are compared by their names (bylineNames);
// of the three left, Readability takes a button's label ("Follow Author") on one and a menu's on another, and of
// a paper's two DC.Creator tags it keeps the last, where we keep both.
const FLOORS = { title: 0.88, byline: 0.89, siteName: 0.95, publishedTime: 0.99 } as const;
type Field = keyof typeof FLOORS;

// Readability's tests load every page as if it came from this address.
const PAGE_URL = 'http://fakehost/test/page.html';

interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** Whitespace collapsed, trimmed and case-folded: the README's rule for comparing text fields. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A byline as the names it prints, on both sides. Readability's byline is the text of the element it took, as
 * printed ("By Nathan Willis\n March 25, 2015", "Written by Rob Ewaschuk\n Edited by Betsy Beyer"); the product's
 * is the authors' names only (issue 20). So a leading "By" goes, and so does what follows the first line break (a
 * date line, a desk, an editor) and an academic degree after a comma ("Brenda Goodman, MA"). No name is rewritten:
 * a wrong or missing name on the first line still misses; only a second author printed on a line of its own could
 * be missed unseen.
 */
export function bylineNames(value: string): string {
  const firstLine = value.split('\n').find((line) => line.trim() !== '') ?? '';
  return firstLine
    .trim()
    .replace(/^(?:written\s+)?by\s+/i, '')
    .replace(/,\s*(?:BA|BSc|MA|MS|MSc|MBA|MD|MPH|PhD|RN)\.?$/i, '');
}

/** The calendar date a time names: literally as printed, and after conversion to UTC. */
function datesOf(value: string): string[] {
  const literal = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  const time = Date.parse(value);
  const utc = Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
  return [literal, utc].filter((d): d is string => d !== undefined);
}

/** Whether our value for a field counts as the expected one (dates at day precision, bylines as names, text normalised). */
export function fieldMatches(field: Field, ours: string | null, expected: string): boolean {
  if (ours === null) return false;
  if (field === 'byline') return norm(bylineNames(ours)) === norm(bylineNames(expected));
  if (field !== 'publishedTime') return norm(ours) === norm(expected);
  const want = datesOf(expected);
  return datesOf(ours).some((d) => want.includes(d));
}

/**
 * Page metadata on the dev half of Mozilla Readability's test pages: exact-match rates of title, byline, site
 * name and published date against Readability's own output, over the pages where it gives a value.
 */
export const readabilitySection: EvalSection = {
  name: 'readability',
  async run() {
    const dir = path.join(sharedDir(), 'eval', 'readability-dev');
    const pages = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const hits = { title: 0, byline: 0, siteName: 0, publishedTime: 0 };
    const totals = { title: 0, byline: 0, siteName: 0, publishedTime: 0 };
    const extra = { title: 0, byline: 0, siteName: 0, publishedTime: 0 };
    const misses: string[] = [];
    // The README's own rule for the byline (Readability's text as printed), for comparison with its figures.
    let bylineAsPrinted = 0;
    for (const page of pages) {
      const html = await readFile(path.join(dir, page, 'source.html'), 'utf8');
      const expected = JSON.parse(await readFile(path.join(dir, page, 'expected-metadata.json'), 'utf8')) as Expected;
      const article = extractArticle(html, PAGE_URL);
      const ours: Record<Field, string | null> = {
        title: article.title,
        byline: article.byline,
        // The fake host says nothing about a site: a name made from it is no site name.
        siteName: article.siteName === 'fakehost' ? null : article.siteName,
        publishedTime: article.publishedAt,
      };
      for (const field of Object.keys(FLOORS) as Field[]) {
        const want = expected[field];
        // An empty expected title (a page with none) is no value to match.
        if (want === null || want === undefined || want.trim() === '') {
          if (ours[field] !== null) extra[field]++;
          continue;
        }
        totals[field]++;
        if (field === 'byline' && ours.byline !== null && norm(ours.byline) === norm(want)) bylineAsPrinted++;
        if (fieldMatches(field, ours[field], want)) hits[field]++;
        else misses.push(`${page} ${field}: ${JSON.stringify(ours[field])} (expected ${JSON.stringify(want)})`);
      }
    }
    console.log(`pages: ${pages.length}`);
    if (process.env.EVAL_VERBOSE) for (const miss of misses) console.log(`  miss ${miss}`);
    let failedGates = 0;
    for (const field of Object.keys(FLOORS) as Field[]) {
      const rate = hits[field] / Math.max(1, totals[field]);
      console.log(`${field}: ${hits[field]}/${totals[field]} (${pct(rate)}); a value where Readability has none: ${extra[field]}`);
      failedGates += gate(`${field} exact-match rate`, rate, FLOORS[field]);
    }
    console.log(`byline compared as printed (the README's rule, no gate): ${bylineAsPrinted}/${totals.byline}`);
    return { failedGates };
  },
};
