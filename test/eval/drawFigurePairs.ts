/**
 * Draws a blind figure-pair batch for test/eval/labels/figurePairs.jsonl (issue 16 item 4), by the procedure of
 * the eighth to eleventh batches (labels README, "Eighth batch"): three samples over every document, skipping every
 * figure already in a pair of the file (a candidate overlapping either side of a labelled pair), so that each pair
 * drawn is new. Deterministic: the same commit, labels file and round tag give the same pairs.
 *
 *   node --import tsx test/eval/drawFigurePairs.ts <round> [out.jsonl]
 *
 * `round` is the batch's number (11 keys the hashes `ecb11/`, `aeb11/`, `pn11/` and tags `drawn` `ecb11-same`,
 * `aeb11-same`, `aeb11-near`, `polnear-11`). Each line printed is a pair to judge: its two sides as the product
 * printed them (spans to be corrected by hand as in "Spans"), both sentences, `story`, `drawn` and `n`; `label`,
 * `counted` and `why` are left for the labeller, who reads both articles before looking at claimdesk's merges.
 *
 * Candidates are the `number` mentions with a value that `extractMentions` gives each raw text (`storedMentions`).
 * `n` is the content words (four letters or more, less STOP) the two sentences share, capped at 3, plus 2 when the
 * two printings end in one word.
 * 1. ECB+: two documents of one topic (either subtopic), one value; per key (topic, value) the pair of highest `n`,
 *    then lowest SHA-1 of `<docA>|<startA>|<docB>|<startB>` (docA the first by id); per topic the first key by `n`,
 *    then SHA-1 of `ecb<round>/<topic>|<value>`; those keys ordered the same way across topics, the first 25.
 * 2. aeb, within one article: pages in key order that `unreadLanguage` reads; per page the first same-value key
 *    and the first near key (two values, the larger at most 10% above the smaller, `n` at least 3), each key's
 *    pair and the keys ranked as in 1 but by SHA-1 of `aeb<round>/<key>|<page key>`; all those keys ordered by `n`,
 *    then that SHA-1, the first 20.
 * 3. PolNeAR train: two publishers' articles (metadata.tsv) at most two days apart, one value, `n` at least 2; per
 *    key (the earlier date and the value) the pair of highest `n`, then pair SHA-1; keys by `n`, then SHA-1 of
 *    `pn<round>/<date>|<value>`, the first 15 (`story` `polnear-<earlier date>`). The document the eval cannot
 *    ingest (fourth batch) is left out.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unreadLanguage } from '../../extract/detectLanguage.ts';
import type { ExtractedMention } from '../../extract/types.ts';
import { sharedDir } from './runSeeds.ts';
import type { FigurePair } from './scorePairs.ts';
import { readJsonl, storedMentions } from './scoreLabels.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const [round, out] = process.argv.slice(2);
if (!round || !/^\d+$/.test(round)) throw new Error('usage: drawFigurePairs.ts <round> [out.jsonl]');
const shared = sharedDir();
const sha = (s: string) => createHash('sha1').update(s).digest('hex');
const STOP = new Set(
  'that this with from have were been they their there which would about after before when what will than them then these those into also more most other some such only over said says year years percent people'.split(
    ' ',
  ),
);
const UNINGESTIBLE = new Set(['polnear/train/nyt_2015-12-14_visa-screening-missed-attacker-s.txt']);

interface Candidate {
  doc: string;
  m: ExtractedMention & { value: number };
  words: Set<string>;
  last: string;
}
interface Drawn {
  a: Candidate;
  b: Candidate;
  n: number;
  hash: string;
}

const labelled = readJsonl<FigurePair>(path.join(here, 'labels', 'figurePairs.jsonl')).flatMap((p) => [
  p.a,
  p.b,
]);
const taken = (doc: string, m: { start: number; end: number }) =>
  labelled.some((s) => s.doc === doc && s.start < m.end && m.start < s.end);
const contentWords = (sentence: string) =>
  new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
const lastWord = (text: string) => (text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []).at(-1) ?? '';

function candidates(doc: string, text: string): Candidate[] {
  return storedMentions(text)
    .filter(
      (m): m is ExtractedMention & { value: number } =>
        m.kind === 'number' && m.value !== null && !taken(doc, m),
    )
    .map((m) => ({ doc, m, words: contentWords(m.sentence), last: lastWord(m.text) }));
}

/** Two candidates as a pair: the earlier document (by id, then offset) first, `n` and the pair's hash. */
function pairOf(x: Candidate, y: Candidate): Drawn {
  const [a, b] = x.doc < y.doc || (x.doc === y.doc && x.m.start < y.m.start) ? [x, y] : [y, x];
  const shared = [...a.words].filter((w) => b.words.has(w)).length;
  const n = Math.min(3, shared) + (a.last !== '' && a.last === b.last ? 2 : 0);
  return { a, b, n, hash: sha(`${a.doc}|${a.m.start}|${b.doc}|${b.m.start}`) };
}
const byRank = (x: { n: number; hash: string }, y: { n: number; hash: string }) =>
  y.n - x.n || x.hash.localeCompare(y.hash);

/** Per key, the best pair (highest `n`, then lowest pair hash). */
function bestPerKey(pairs: Iterable<[string, Drawn]>): Map<string, Drawn> {
  const best = new Map<string, Drawn>();
  for (const [key, p] of pairs) {
    const held = best.get(key);
    if (!held || byRank(p, held) < 0) best.set(key, p);
  }
  return best;
}

interface Keyed {
  key: string;
  pair: Drawn;
  n: number;
  hash: string;
  drawn: string;
  story: string;
}
const keyed = (
  best: Map<string, Drawn>,
  tag: (key: string) => string,
  drawn: string,
  story: string,
): Keyed[] =>
  [...best].map(([key, pair]) => ({ key, pair, n: pair.n, hash: sha(tag(key)), drawn, story })).sort(byRank);

function* pairsWithin(
  list: Candidate[],
  join: (x: Candidate, y: Candidate) => string | null,
): Generator<[string, Drawn]> {
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const key = join(list[i]!, list[j]!);
      if (key !== null) yield [key, pairOf(list[i]!, list[j]!)];
    }
}

/** Pairs of one value only: candidates grouped by value first (a corpus has too many figures to pair all). */
function* sameValuePairs(
  list: Candidate[],
  join: (x: Candidate, y: Candidate) => string | null,
): Generator<[string, Drawn]> {
  const byValue = new Map<number, Candidate[]>();
  for (const c of list) byValue.set(c.m.value, [...(byValue.get(c.m.value) ?? []), c]);
  for (const group of byValue.values()) yield* pairsWithin(group, join);
}

function drawEcb(): Keyed[] {
  const byTopic = new Map<string, Candidate[]>();
  for (const line of readFileSync(path.join(shared, 'eval', 'ecbplus', 'documents.jsonl'), 'utf8').split(
    '\n',
  )) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { doc_id: string; text: string };
    const topic = d.doc_id.split('_')[0]!;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), ...candidates(`ecbplus/${d.doc_id}`, d.text)]);
  }
  const firsts: Keyed[] = [];
  for (const [topic, list] of byTopic) {
    const best = bestPerKey(
      sameValuePairs(list, (x, y) =>
        x.doc !== y.doc && x.m.value === y.m.value ? `${topic}|${x.m.value}` : null,
      ),
    );
    const [first] = keyed(best, (k) => `ecb${round}/${k}`, `ecb${round}-same`, `ecbplus-topic-${topic}`);
    if (first) firsts.push(first);
  }
  return firsts.sort(byRank).slice(0, 25);
}

function drawAeb(): Keyed[] {
  const truth = JSON.parse(
    readFileSync(path.join(shared, 'eval', 'article-extraction-benchmark', 'ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody: string }>;
  const firsts: Keyed[] = [];
  for (const page of Object.keys(truth).sort()) {
    const text = truth[page]!.articleBody;
    if (unreadLanguage(text) !== null) continue;
    const list = candidates(`aeb/${page}`, text);
    const same = bestPerKey(
      sameValuePairs(list, (x, y) => (x.m.value === y.m.value ? `${x.m.value}` : null)),
    );
    const near = bestPerKey(
      pairsWithin(list, (x, y) => {
        const [lo, hi] = [Math.min(x.m.value, y.m.value), Math.max(x.m.value, y.m.value)];
        return lo > 0 && lo !== hi && hi <= lo * 1.1 && pairOf(x, y).n >= 3 ? `${lo}|${hi}` : null;
      }),
    );
    for (const [best, drawn] of [
      [same, `aeb${round}-same`],
      [near, `aeb${round}-near`],
    ] as const) {
      const [first] = keyed(best, (k) => `aeb${round}/${k}|${page}`, drawn, `aeb-${page}`);
      if (first) firsts.push(first);
    }
  }
  return firsts.sort(byRank).slice(0, 20);
}

function drawPolnear(): Keyed[] {
  const meta = new Map<string, { publisher: string; date: string }>();
  for (const line of readFileSync(path.join(shared, 'eval', 'polnear', 'data', 'metadata.tsv'), 'utf8')
    .split('\n')
    .slice(1)) {
    const f = line.split('\t');
    if (f[1]) meta.set(f[1], { publisher: f[4]!, date: f[5]! });
  }
  const dir = path.join(shared, 'eval', 'polnear', 'data', 'train', 'text');
  const docs = readdirSync(dir)
    .sort()
    .map((file) => ({ id: `polnear/train/${file}`, ...meta.get(file.replace(/\.txt$/, ''))! }))
    .filter((d) => !UNINGESTIBLE.has(d.id));
  const list = docs.flatMap((d) =>
    candidates(d.id, readFileSync(path.join(dir, d.id.split('/')[2]!), 'utf8')),
  );
  const info = new Map(docs.map((d) => [d.id, d]));
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const best = bestPerKey(
    sameValuePairs(list, (x, y) => {
      const [dx, dy] = [info.get(x.doc)!, info.get(y.doc)!];
      if (
        x.m.value !== y.m.value ||
        dx.publisher === dy.publisher ||
        Math.abs(day(dx.date) - day(dy.date)) > 2
      )
        return null;
      if (pairOf(x, y).n < 2) return null;
      return `${dx.date < dy.date ? dx.date : dy.date}|${x.m.value}`;
    }),
  );
  return [...best]
    .map(([key, pair]) => ({
      key,
      pair,
      n: pair.n,
      hash: sha(`pn${round}/${key}`),
      drawn: `polnear-${round}`,
      story: `polnear-${key.split('|')[0]}`,
    }))
    .sort(byRank)
    .slice(0, 15);
}

const side = (c: Candidate) => ({
  doc: c.doc,
  start: c.m.start,
  end: c.m.end,
  text: c.m.text,
  sentence: c.m.sentence,
});
const lines = [...drawEcb(), ...drawAeb(), ...drawPolnear()].map((k) =>
  JSON.stringify({ a: side(k.pair.a), b: side(k.pair.b), story: k.story, drawn: k.drawn, n: k.n }),
);
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
else console.log(lines.join('\n'));
