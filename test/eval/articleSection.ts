import path from 'node:path';
import { extractArticle } from '../../extract/extractArticle.ts';
import { extractMentions } from '../../extract/extractMentions.ts';
import type { EvalSection } from './evalSection.ts';
import { gate } from './evalSection.ts';
import { sharedDir } from './runSeeds.ts';
import type { ArticleScores, BenchmarkPage } from './scoreArticles.ts';
import { readBenchmarkPages, readReferenceOutput, scoreBodies } from './scoreArticles.ts';
import { readabilityText } from './readabilityText.ts';

// Published F1 of the reference outputs (the benchmark's README): our port of the metric must reproduce them.
const PUBLISHED = { readability_js: 0.947, trafilatura: 0.958 } as const;
const F1_FLOOR = 0.963;
const SPEED_RATIO_FLOOR = 5;

const f3 = (x: number): string => x.toFixed(3);
const line = (s: ArticleScores): string => `P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}`;

/** Article body extraction on the 181 real news pages of the article-extraction benchmark, and its speed. */
export const articleSection: EvalSection = {
  name: 'articles',
  async run() {
    const dir = path.join(sharedDir(), 'eval', 'article-extraction-benchmark');
    const pages = await readBenchmarkPages(dir);
    const truth = new Map(pages.map((p) => [p.id, p.truth]));
    let failedGates = 0;
    for (const [name, published] of Object.entries(PUBLISHED)) {
      const scores = scoreBodies(truth, await readReferenceOutput(path.join(dir, 'reference-outputs', `${name}.json`)));
      console.log(`metric check, ${name} (published F1 ${f3(published)}): ${line(scores)}`);
      // Published figures are rounded to 3 places: the port must land within rounding (and a hair) of them.
      const distance = (x: number): string => `off by ${(1 - x).toFixed(4)}`;
      failedGates += gate(`metric port reproduces ${name}'s F1`, 1 - Math.abs(scores.f1 - published), 1 - 0.0006, distance);
    }
    const ours = timed(pages, (p) => extractArticle(p.html, p.url).text);
    const theirs = timed(pages, readabilityText);
    console.log(`claimdesk on ${pages.length} pages: ${line(scoreBodies(truth, ours.bodies))}`);
    console.log(`readability.js on jsdom, same run: ${line(scoreBodies(truth, theirs.bodies))}`);
    console.log(`speed: claimdesk ${ours.pagesPerSecond.toFixed(1)} pages/s, readability.js on jsdom ${theirs.pagesPerSecond.toFixed(1)} pages/s`);
    // The whole extraction a page goes through at ingest: its text, then its mentions (extractMentions).
    const whole = timed(pages, (p) => String(extractMentions(extractArticle(p.html, p.url).text).mentions.length));
    console.log(
      `speed with mentions (text, quotes, statements, figures): claimdesk ${whole.pagesPerSecond.toFixed(1)} pages/s, ` +
        `${(whole.pagesPerSecond / theirs.pagesPerSecond).toFixed(1)}x readability.js on jsdom (which finds no mentions)`,
    );
    failedGates += gate('article F1', scoreBodies(truth, ours.bodies).f1, F1_FLOOR, f3);
    failedGates += gate('speed vs readability.js (times)', ours.pagesPerSecond / theirs.pagesPerSecond, SPEED_RATIO_FLOOR, (x) => `${x.toFixed(1)}x`);
    return { failedGates };
  },
};

/** Bodies and pages per second of one extractor on pages already decompressed in memory. */
function timed(pages: readonly BenchmarkPage[], extract: (page: BenchmarkPage) => string): { bodies: Map<string, string>; pagesPerSecond: number } {
  for (const page of pages.slice(0, 5)) extract(page); // warm the JIT for both sides alike
  const bodies = new Map<string, string>();
  const started = performance.now();
  for (const page of pages) bodies.set(page.id, extract(page));
  const seconds = (performance.now() - started) / 1000;
  return { bodies, pagesPerSecond: pages.length / seconds };
}
