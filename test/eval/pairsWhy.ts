/**
 * Why labelled pairs of one statement stay apart, fast: each pair's two documents are extracted (no ingest, no store),
 * the mentions standing for its sides compared pairwise as merging would (candidate keys, decideMerge, compareQuotes,
 * the rewording's verdict). A proxy for `npm run eval -- pairs`, which also joins through third printings and reads
 * speakers resolved in the store: use it to study pairs, and the eval to score.
 *
 *   node --import tsx test/eval/pairsWhy.ts [tune|held-out|all] [--joined] [--different] [--file=pairs.jsonl]
 *
 * `--file` reads another pairs file (a blind batch before it is added to labels/pairs.jsonl).
 *
 * Tune side by default; on the held-out side only the counts are printed: its pairs are scored, never read to make a rule.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { extractMentions } from '../../extract/extractMentions.ts';
import { textKeys } from '../../dedupe/candidateKeys.ts';
import { compareQuotes, decideMerge, DEFAULT_MERGE_OPTIONS } from '../../dedupe/decideMerge.ts';
import type { MergeSubject } from '../../dedupe/decideMerge.ts';
import { tokenize } from '../../dedupe/normalizeText.ts';
import { rewordingScore, rewordingVerdict } from '../../dedupe/rewordedAssertion.ts';
import { isWeakSpeaker, roleBodyWords, speakerKey, surnameOf } from '../../dedupe/speakerKey.ts';
import { rawMentions } from './rawOffsets.ts';
import { sharedDir } from './runSeeds.ts';
import type { MentionPair, PairSide } from './scorePairs.ts';
import { mentionOfSide, storySplit } from './scorePairs.ts';
import { documentTexts, readJsonl } from './scoreLabels.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'tune';
const showJoined = args.includes('--joined');
const showDifferent = args.includes('--different');
const countsOnly = split !== 'tune';

const fileArg = args.find((a) => a.startsWith('--file='));
const pairsFile = fileArg ? path.resolve(fileArg.slice('--file='.length)) : path.join(here, 'labels', 'pairs.jsonl');
const pairs = readJsonl<MentionPair>(pairsFile).filter(
  (p) =>
    (split === 'all' || storySplit(p.story) === split) &&
    (showDifferent ? p.label === 'different' : p.label !== 'different'),
);
const texts = documentTexts(
  sharedDir(),
  pairs.flatMap((p) => [p.a.doc, p.b.doc]),
);
type Located = ReturnType<typeof extractMentions>['mentions'][number] & {
  start: number;
  end: number;
  claimId: string;
};
const mentionsOf = new Map<string, Located[]>();
function located(doc: string): Located[] {
  let list = mentionsOf.get(doc);
  if (list) return list;
  list = rawMentions(texts.get(doc) ?? '', doc).filter((m) => m.kind !== 'number');
  mentionsOf.set(doc, list);
  return list;
}

/** The candidate keys jobs/mergeMentions.ts gives a quote or statement. */
const keysOf = (text: string, key: string | null, role: string | null) =>
  new Set(textKeys(text, surnameOf(key), roleBodyWords(role, key)));
const subjectOf = (m: Located): MergeSubject => ({
  kind: m.kind,
  text: m.text,
  speakerKey: m.speaker ? speakerKey(m.speaker) : null,
  weakSpeaker: isWeakSpeaker(m.speaker),
  role: m.role,
  value: null,
  unit: null,
  entities: m.entities,
});

const tally = new Map<string, number>();
const classes = new Map<string, number>();
/** How two sides' speakers compare: both named alike or apart, one named and one described or missing, and so on. */
function speakerClass(a: MergeSubject, b: MergeSubject): string {
  const kind = (s: MergeSubject) => (s.speakerKey === null ? 'none' : s.weakSpeaker ? 'described' : 'named');
  const [ka, kb] = [kind(a), kind(b)].sort();
  if (ka === 'named' && kb === 'named') return a.speakerKey === b.speakerKey ? 'named, same key' : 'named, two keys';
  return `${ka} / ${kb}`;
}
let joined = 0;
const words = (s: PairSide) =>
  JSON.stringify((texts.get(s.doc) ?? '').slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 160));
for (const pair of pairs) {
  const [a, b] = [pair.a, pair.b].map((side) => mentionOfSide(side, located(side.doc)));
  if (!a || !b) {
    tally.set('side not found', (tally.get('side not found') ?? 0) + 1);
    if (!countsOnly) {
      const lost = [pair.a, pair.b].filter((side, i) => !(i === 0 ? a : b));
      for (const side of lost) console.log(`\n${pair.label} side not found [${pair.story}] ${side.doc}: ${words(side)}`);
    }
    continue;
  }
  const [sa, sb] = [subjectOf(a), subjectOf(b)];
  const joins =
    decideMerge(sa, [
      {
        id: 'b',
        kind: b.kind,
        value: null,
        unit: null,
        variants: [
          {
            text: sb.text,
            speakerKey: sb.speakerKey,
            weakSpeaker: sb.weakSpeaker,
            role: sb.role,
            entities: sb.entities,
          },
        ],
      },
    ]).matches.length > 0 ||
    decideMerge(sb, [
      {
        id: 'a',
        kind: a.kind,
        value: null,
        unit: null,
        variants: [
          {
            text: sa.text,
            speakerKey: sa.speakerKey,
            weakSpeaker: sa.weakSpeaker,
            role: sa.role,
            entities: sa.entities,
          },
        ],
      },
    ]).matches.length > 0;
  const keysA = keysOf(a.text, sa.speakerKey, a.role);
  const candidate = [...keysOf(b.text, sb.speakerKey, b.role)].some((k) => keysA.has(k));
  const why = joins
    ? candidate
      ? 'joins'
      : 'joins, not candidates'
    : candidate
      ? 'kept apart'
      : 'kept apart, not candidates';
  tally.set(`${pair.label}: ${why}`, (tally.get(`${pair.label}: ${why}`) ?? 0) + 1);
  if (joins) joined += 1;
  const cmp = compareQuotes(
    { text: a.text, tokens: tokenize(a.text) },
    { text: b.text, tokens: tokenize(b.text) },
    DEFAULT_MERGE_OPTIONS,
  );
  // Why a pair stays apart, as counts (the held-out side's too: no words): how its two speakers compare, and its words.
  if (!joins) {
    const cls = `${pair.label} apart: speakers ${speakerClass(sa, sb)}, words ${cmp.relation}${cmp.guard ? ` (${cmp.guard})` : ''}`;
    classes.set(cls, (classes.get(cls) ?? 0) + 1);
  }
  if (countsOnly || (joins && candidate && !showJoined)) continue;
  const speaker = (s: MergeSubject, m: Located) =>
    `${s.speakerKey ?? '(none)'}${s.weakSpeaker ? ' (weak)' : ''}${m.role ? ` [${m.role}]` : ''}${m.entities.length > 0 ? ` {${m.entities.join('; ')}}` : ''}`;
  console.log(
    `\n${pair.label} ${why} [${pair.story}] labelled ${pair.speaker}${pair.speaker_b ? ` / ${pair.speaker_b}` : ''}`,
  );
  console.log(
    `  rel=${cmp.relation} score=${cmp.score.toFixed(2)} guard=${cmp.guard} rewording=${rewordingVerdict(a.text, b.text)} best=${rewordingScore(a.text, b.text)?.toFixed(2) ?? 'none'}`,
  );
  console.log(
    `  A ${pair.a.doc} ${speaker(sa, a)}: ${JSON.stringify(a.text.slice(0, 300))}\n    side ${words(pair.a)}`,
  );
  console.log(
    `  B ${pair.b.doc} ${speaker(sb, b)}: ${JSON.stringify(b.text.slice(0, 300))}\n    side ${words(pair.b)}`,
  );
  if (pair.note) console.log(`  note: ${pair.note}`);
}
console.log(`\n${pairs.length} pairs (${split}), ${joined} join pairwise`);
for (const [k, v] of [...tally].sort()) console.log(`  ${k}: ${v}`);
for (const [k, v] of [...classes].sort()) console.log(`  ${k}: ${v}`);
