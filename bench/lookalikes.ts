/**
 * `node --import tsx bench/lookalikes.ts [--mentions 10000] [--seed 20241] [--max 3]`: which look-alike statements
 * of the dedupe bench's corpus (siblings, changed figures, flipped negations: generateCorpus's `near`) the merge
 * decision joins directly, in memory (no database), with the two printings and why they joined: by their words
 * (joinByWords: the same words, a part, small edits) or as one assertion reworded (rewordingVerdict). A pair
 * joined here ends in one claim in the bench; the bench may also join one through a third statement, which this
 * does not look for.
 */
import { parseArgs } from 'node:util';
import type { ClaimCandidate, MergeSubject } from '../dedupe/decideMerge.ts';
import { decideMerge, joinByWords } from '../dedupe/decideMerge.ts';
import { rewordedAssertion, rewordingVerdict } from '../dedupe/rewordedAssertion.ts';
import { speakerKey } from '../dedupe/speakerKey.ts';
import type { BenchMention, BenchStatement } from './generateCorpus.ts';
import { generateStories } from './generateCorpus.ts';

const subjectOf = (m: BenchMention): MergeSubject => ({
  kind: m.kind,
  text: m.text,
  speakerKey: m.kind === 'number' || !m.speaker ? null : speakerKey(m.speaker),
  value: m.value,
  unit: m.unit,
  entities: m.entities,
});

const candidateOf = (m: BenchMention): ClaimCandidate => {
  const s = subjectOf(m);
  return { id: 'other', kind: s.kind, value: s.value, unit: s.unit, variants: [{ text: s.text, speakerKey: s.speakerKey, entities: s.entities }] };
};

function main(): void {
  const { values } = parseArgs({
    options: {
      mentions: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '20241' },
      max: { type: 'string', default: '3' },
    },
  });
  const limit = Number(values.mentions);
  const shown = Number(values.max);
  const statements = new Map<number, BenchStatement>();
  const printings = new Map<number, Map<string, BenchMention>>();
  let mentions = 0;
  for (const story of generateStories(Number(values.seed))) {
    for (const s of story.statements) statements.set(s.truth, s);
    for (const article of story.articles) {
      for (const m of article.mentions.slice(0, limit - mentions)) {
        let texts = printings.get(m.truth);
        if (!texts) printings.set(m.truth, (texts = new Map()));
        texts.set(`${m.speaker ?? ''}\u0000${m.text}`, m);
        mentions++;
      }
    }
    if (mentions >= limit) break;
  }
  const tally = new Map<string, { present: number; joined: number }>();
  for (const s of statements.values()) {
    if (s.near === null || s.near === s.truth) continue;
    const [own, other] = [printings.get(s.truth), printings.get(s.near)];
    if (!own || !other) continue;
    const entry = tally.get(s.family) ?? { present: 0, joined: 0 };
    tally.set(s.family, entry);
    entry.present++;
    const joined: string[] = [];
    for (const a of own.values()) {
      for (const b of other.values()) {
        if (decideMerge(subjectOf(a), [candidateOf(b)]).matches.length === 0) continue;
        const why = a.kind === 'number' ? 'figure' : `words=${joinByWords(a.text, b.text)} reworded=${rewordedAssertion(a.text, b.text)} (${rewordingVerdict(a.text, b.text)})`;
        joined.push(`  "${a.text}"\n  "${b.text}"\n    ${why}`);
      }
    }
    if (joined.length === 0) continue;
    entry.joined++;
    console.log(`${s.family} ${s.truth} ~ ${s.near}: ${joined.length} printing pairs joined, e.g.`);
    for (const line of joined.slice(0, shown)) console.log(line);
  }
  for (const [family, { present, joined }] of tally) console.log(`${family}: ${joined}/${present} look-alike pairs joined directly`);
}

main();
