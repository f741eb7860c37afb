/**
 * Labelled figure pairs read pairwise, fast: each pair's two documents are extracted (no ingest, no store) and the
 * number mentions standing for its sides compared as merging would, as if both were printed in one story
 * (decideMerge, either way). A proxy for `npm run eval -- pairs`, which also joins through third printings and
 * places stories: use it to study pairs, and the eval to score.
 *
 *   node --import tsx test/eval/figurePairsWhy.ts [tune|held-out|all] [--all]
 *
 * Tune side by default, printing its false merges and misses (--all: every pair); on the held-out side only the
 * counts are printed: its pairs are scored, never read to make a rule.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedMention } from '../../extract/types.ts';
import { decideMerge } from '../../dedupe/decideMerge.ts';
import type { MergeSubject } from '../../dedupe/decideMerge.ts';
import { rawMentions } from './rawOffsets.ts';
import { sharedDir } from './runSeeds.ts';
import type { FigurePair, PairSide } from './scorePairs.ts';
import { figureMentionOf, storySplit } from './scorePairs.ts';
import { documentTexts, readJsonl } from './scoreLabels.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'tune';
const showAll = args.includes('--all');
const countsOnly = split !== 'tune';
const file = process.env.EVAL_FIGURE_PAIRS ?? path.join(here, 'labels', 'figurePairs.jsonl');

type Labelled = FigurePair & { counted?: string; counted_b?: string };
const pairs = readJsonl<Labelled>(file).filter((p) => split === 'all' || storySplit(p.story ?? '') === split);
const texts = documentTexts(
  sharedDir(),
  pairs.flatMap((p) => [p.a.doc, p.b.doc]),
);
type Located = ExtractedMention & { start: number; end: number; claimId: string };
const numbersOf = new Map<string, Located[]>();
function numbers(doc: string): Located[] {
  let list = numbersOf.get(doc);
  if (list) return list;
  list = rawMentions(texts.get(doc) ?? '', doc).filter((m) => m.kind === 'number');
  numbersOf.set(doc, list);
  return list;
}

const subjectOf = (m: Located): MergeSubject => ({
  kind: 'number',
  text: m.text,
  speakerKey: null,
  value: m.value,
  unit: m.unit,
  entities: m.entities,
  marks: m.marks,
  storyId: 'story',
});
const joinsOne = (s: Located, c: Located): boolean =>
  decideMerge(subjectOf(s), [
    {
      id: 'c',
      kind: 'number',
      value: c.value,
      unit: c.unit,
      variants: [{ text: c.text, speakerKey: null, entities: c.entities, unit: c.unit, marks: c.marks }],
      stories: ['story'],
    },
  ]).matches.length > 0;

const tally = new Map<string, number>();
const words = (s: PairSide) => JSON.stringify((texts.get(s.doc) ?? '').slice(s.start, s.end));
const show = (m: Located) =>
  `${JSON.stringify(m.text)} unit=${m.unit}${m.marks ? ` marks=${JSON.stringify(m.marks)}` : ''} value=${m.value} names=${JSON.stringify(m.entities)}\n      ${JSON.stringify(m.sentence.slice(0, 260))}`;
for (const pair of pairs) {
  const [a, b] = [pair.a, pair.b].map((side) => figureMentionOf(side, numbers(side.doc)));
  if (!a || !b) {
    tally.set(`${pair.label}: side not found`, (tally.get(`${pair.label}: side not found`) ?? 0) + 1);
    continue;
  }
  const joins = joinsOne(a, b) || joinsOne(b, a);
  const outcome = `${pair.label}: ${joins ? 'joins' : 'kept apart'}`;
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  if (countsOnly || (!showAll && joins === (pair.label === 'same'))) continue;
  console.log(
    `\n${outcome} [${pair.story}] ${pair.why ?? ''}: ${pair.counted ?? ''}${pair.counted_b ? ` / ${pair.counted_b}` : ''}`,
  );
  console.log(`  A ${pair.a.doc} side ${words(pair.a)}: ${show(a)}`);
  console.log(`  B ${pair.b.doc} side ${words(pair.b)}: ${show(b)}`);
}
console.log(`\n${pairs.length} figure pairs (${split})`);
for (const [k, v] of [...tally].sort()) console.log(`  ${k}: ${v}`);
