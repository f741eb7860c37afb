import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalSection } from './evalSection.ts';
import { gate } from './evalSection.ts';
import { describeScore, scorePolnear } from './scorePolnear.ts';

// Floors on the dev split (rules are developed on train only): about a point under what the extractor reaches
// (direct F1 89.0% since transcript lines are statements, not quotes; 88.4% before).
const DIRECT_F1_FLOOR = 0.88;
const SPEAKER_ACCURACY_FLOOR = 0.938;
// Every attribution, direct and indirect (issue 15: quote F1 not lower than today): dev F1 57.0%, precision 91.8%,
// speaker 95.3% of 902 matched after issue 15's statements and speakers rounds; floors under them, so that more
// recall bought with junk or wrong speakers fails. Issue 15 items 3-4 (branch claimsprec: glued second reports split off,
// junk fronted clauses and noun objects dropped): dev matched 905 -> 904 of 986 -> 981 predicted, precision 91.8% ->
// 92.2%, F1 57.0% (0.5695 -> 0.5698), speaker 95.3%; precision floor 0.905 -> 0.915.
// Issue 15 items 3-4, twelfth batch (branch claimsprec: "X's answer was that", a possessed "claim that" after a verb or a
// preposition, "but has said", subordinate clauses): dev matched 905 -> 908 of 982 -> 985 predicted, F1 57.0% -> 57.2%,
// precision 92.2% unchanged; F1 floor 0.56 -> 0.562, the same distance under it.
// Issue 15 items 3-4, thirteenth batch (branch claims13: requests "urged X to ..." reported, ending before a further verb
// of the one who asked): dev matched 908 -> 912 of 985 -> 989 predicted, F1 57.2% -> 57.3%, precision 92.2% unchanged,
// direct-quote F1 89.4% unchanged; F1 floor 0.562 -> 0.563.
// Issue 15, branch speakers13 (a statement between two quotes, "by saying", "And then X said", "said to cheers"): dev
// matched 908 -> 910 of 985 -> 987 predicted, F1 57.2% -> 57.3%, precision 92.2% unchanged; F1 floor 0.562 -> 0.565.
// Both branches merged: dev F1 57.4%; floor 0.565.
// Issue 15 item 4 (branch recall22: "called for", "calls on", "is calling for" reported): dev matched 918 -> 926 of 994
// -> 1003 predicted, F1 57.6% -> 58.0%, precision 92.4% -> 92.3%; F1 floor 0.565 -> 0.578.
// With progressive cues ("is reporting that") and ", and Name said" as a second report: matched 928 of 1005, F1 58.1%.
const ALL_F1_FLOOR = 0.578;
const ALL_PRECISION_FLOOR = 0.915;
// Issue 15's ninth-batch speaker rules (descriptions headed by a role the person was printed with, datelines, role
// nouns in appositives): dev speaker 95.3% -> 95.5% of 902 matched, direct-quote speaker 93.5% -> 93.8%; floor raised
// the same distance under it.
// Issue 15 items 1 and 4 (branch speakers, the twelfth batch's speaker rules): dev speaker 95.5% -> 95.6% of 902,
// direct-quote speaker 93.8% -> 94.0% of 384; floors 0.947 -> 0.955 and 0.927 -> 0.938.
const ALL_SPEAKER_ACCURACY_FLOOR = 0.955;

/** PolNeAR quote attribution (issue 4): train and dev figures, dev gated. */
export const polnearSection: EvalSection = {
  name: 'polnear',
  async run() {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const corpus = join(process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared'), 'eval', 'polnear');
    for (const line of describeScore(scorePolnear(corpus, 'train'))) console.log(line);
    const dev = scorePolnear(corpus, 'dev');
    for (const line of describeScore(dev)) console.log(line);
    const failedGates =
      gate('PolNeAR dev direct-quote F1', dev.direct.f1, DIRECT_F1_FLOOR) +
      gate('PolNeAR dev speaker accuracy on matched direct quotes', dev.direct.speakerAccuracy, SPEAKER_ACCURACY_FLOOR) +
      gate('PolNeAR dev all-attribution F1', dev.all.f1, ALL_F1_FLOOR) +
      gate('PolNeAR dev all-attribution precision', dev.all.precision, ALL_PRECISION_FLOOR) +
      gate('PolNeAR dev speaker accuracy on all matched attributions', dev.all.speakerAccuracy, ALL_SPEAKER_ACCURACY_FLOOR);
    return { failedGates };
  },
};
