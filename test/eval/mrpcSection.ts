import path from 'node:path';
import type { EvalSection } from './evalSection.ts';
import { gate, pct } from './evalSection.ts';
import { sharedDir } from './runSeeds.ts';
import type { LabelTally, MrpcScore } from './scoreMrpc.ts';
import { mrpcPart, readMrpc, scoreMrpc } from './scoreMrpc.ts';

// Floors just under what the strict merge reaches on the 4,076 train pairs (the test split is not in ../shared).
// MRPC calls a sentence that adds information to another "not equivalent"; claimdesk's labelling rules call a
// printing of part of a statement (with cuts or an edited function word) the same claim, partial. Joining those
// (dedupe/alignPart.ts) took MRPC precision from 96.9% to 94.4% at recall 10.3% -> 11.0%: every new false merge
// read was such a part ("... reduce P&G's work force to slightly less than 100,000" of "..., down from 110,000").
// The decision scored here is the one two printings of one speaker get. Since a statement of one speaker reworded
// a little joins (the same words of substance: dedupe/compareTexts.ts sameContent), it reaches P 89.5% at R 43.9%
// (F1 58.9%), against P 94.4% at R 11.0% (F1 19.6%) before; on the project's labelled real-news pairs, whose
// speakers are known, merge precision stayed 100% (tune and held-out) while verbatim recall rose 78.5% -> 86.1%.
// Raising the overlap needed to 0.75 or 0.8 bought little precision here (91.1%, 92.7%) for much recall (36.3%, 28.6%).
const PRECISION_FLOOR = 0.88;
// One figure in two house styles compared as one ("5%" / "5 per cent", "$40m" / "$40 million", "twelfth" / "12th":
// numberWords.ts printFiguresOneWay; branch merge21): P 89.4% -> 89.5%, R 45.1% -> 45.4%, F1 60.0% -> 60.2% (7 more
// paraphrases merged, the same 147 false merges). Floors: recall 0.42 -> 0.452, F1 0.57 -> 0.60.
const RECALL_FLOOR = 0.452;
const F1_FLOOR = 0.6;
// One named speaker's statement reworded joins too (dedupe/rewordedAssertion.ts: words of substance as stems or
// WordNet senses, figures, negations and names as guards; set on the labelled pairs' tune side): on MRPC, read as
// if one named speaker printed both, P 80.8% R 58.5% F1 67.9%. MRPC calls a sentence that adds a detail to
// another "not equivalent", a report of the same assertion for claimdesk: many of its 242 new false merges read
// so. On the labelled real-news pairs, whose speakers are known, merge precision stays at 98% or more.
// A learnt decision (logistic regression over rewordedAssertion.ts's rewordingFeatures, test/eval/learnRewording.ts)
// in place of the hand-set Dice OVERLAP 0.45: P 81.6% R 58.3% F1 68.0%; on the check part it never learnt on
// (a third of the pairs) P 78.1% -> 79.2%, R 56.3% -> 56.1%, F1 65.4% -> 65.6%. The labelled real-news pairs: unchanged.
// A pair compareQuotes guards for its negations only ("no" / "not") asked too, the rewording's negation guard deciding:
// P 81.7% -> 81.8%, R 59.2% -> 59.8%, F1 68.6% -> 69.1% (check part P 79.6% -> 79.9%). Asking pairs it guards for a
// figure printed in one only as well gave R 66.8% at P 81.4%: left out, precision first.
// A name printed two ways one name, names added beside two shared names detail, a possessive its word, a noun and a
// kind of it matched, weights relearnt (branch paraphrase): P 81.1% -> 81.3%, R 61.0% -> 64.6%, F1 69.7% -> 72.0%
// (check part P 78.8% -> 79.8%, R 59.2% -> 62.3%). Floors: recall 0.57 -> 0.64, F1 0.67 -> 0.71.
// A report of one clause of a longer printing reworded, a noun swapped for another kind of one thing as the one word
// each changes a guard (branch merging; weights not relearnt): P 81.3% -> 81.1%, R 64.6%, F1 72.0% -> 71.9% (check
// part P 79.8% -> 79.7%, R 62.3% -> 62.5%); the same-statement decision P 89.4% R 45.2%. A swap read as any lone
// unmatched word against any the other adds blocked 14 MRPC paraphrases for 2 non-paraphrases: only a one-for-one swap.
// Figures printed one way in the rewording's figure guard too (branch merge21): P 81.0% -> 81.1%, R 64.8% -> 65.3%,
// F1 72.0% -> 72.4%. Floors: recall 0.64 -> 0.651, F1 0.71 -> 0.722.
// A word and one WordNet derives from it matched, a hyphenated "pre" or "re" no name, two reports each describing their
// subject compared without the descriptions (branch merge22; weights not relearnt): P 81.1%, R 65.3% -> 65.6%, F1 72.4% ->
// 72.5% (11 more paraphrases joined, 3 more non-paraphrases). Floors: recall 0.651 -> 0.654, F1 0.722 -> 0.723.
// The rewording not asked of a printing whose two or more words after "be" are all unmatched (branch pairs25): P 81.2%,
// R 65.5%, F1 72.5% (with one word enough it blocked about as many paraphrases as not, R 65.4%); a part leaving out a
// passive's agent: the same-statement decision P 89.5% R 45.4%. Floors unchanged.
const REWORDED_FLOOR = { precision: 0.81, recall: 0.654, f1: 0.723 };

const tally = (t: LabelTally): string =>
  `${t.same} of ${t.pairs} merged (same ${t.relations.same}, containment ${t.relations.contains + t.relations.contained}, ` +
  `small edits ${t.relations.similar}); near pairs kept apart by a figure ${t.guards.figure}, by a negation ${t.guards.negation}`;

/** MRPC same-statement decision (issue 5): the merge's text comparison on labelled news sentence pairs. */
export const mrpcSection: EvalSection = {
  name: 'mrpc',
  async run() {
    const other = process.env.CLAIMDESK_MRPC_FILE;
    const pairs = readMrpc(other ?? path.join(sharedDir(), 'eval', 'mrpc', 'msr_paraphrase_train.txt'));
    const score = scoreMrpc(pairs);
    console.log(
      other
        ? `MRPC-format file ${other} (CLAIMDESK_MRPC_FILE), ${score.pairs} pairs: scored, not gated`
        : `MRPC train split, ${score.pairs} pairs: the test split is not in ../shared; the similarity threshold ` +
            '(0.75 of 0.7/0.75/0.8) was chosen on these and the dedupe bench corpus, and the clause-end rule of containment ' +
            'checked against their false merges, so they are not held out',
    );
    console.log(
      `same statement: P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  accuracy ${pct(score.accuracy)}`,
    );
    console.log(`paraphrases (label 1): ${tally(score.positive)}`);
    console.log(`non-paraphrases (label 0): ${tally(score.negative)}`);
    console.log(
      'recall is low by design: a merge needs the same words up to typography and small edits, or one quote printing a clause-bounded part of the other',
    );
    for (const pair of score.falseMerges)
      console.log(`  false merge: "${pair.a}"\n            vs "${pair.b}"`);
    const reworded = scoreMrpc(pairs, { reworded: true });
    const line = (s: MrpcScore) =>
      `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  accuracy ${pct(s.accuracy)}`;
    console.log(`one named speaker (a statement reworded joins too): ${line(reworded)}`);
    if (other) return { failedGates: 0 };
    // The reworded decision is learnt on the learn part (test/eval/learnRewording.ts); the check part is unseen by it.
    for (const part of ['learn', 'check'] as const) {
      const partScore = scoreMrpc(
        pairs.filter((pair) => mrpcPart(pair) === part),
        { reworded: true },
      );
      console.log(
        `  ${part} part (${partScore.pairs} pairs${part === 'check' ? ', never learnt on' : ''}): ${line(partScore)}`,
      );
    }
    const failedGates =
      gate('MRPC same-statement precision', score.precision, PRECISION_FLOOR) +
      gate('MRPC same-statement recall', score.recall, RECALL_FLOOR) +
      gate('MRPC same-statement F1', score.f1, F1_FLOOR) +
      gate('MRPC one named speaker, reworded: precision', reworded.precision, REWORDED_FLOOR.precision) +
      gate('MRPC one named speaker, reworded: recall', reworded.recall, REWORDED_FLOOR.recall) +
      gate('MRPC one named speaker, reworded: F1', reworded.f1, REWORDED_FLOOR.f1);
    return { failedGates };
  },
};
