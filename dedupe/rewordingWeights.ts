// Written by `npm run learn:rewording` (test/eval/learnRewording.ts): a logistic regression over
// rewordedAssertion.ts's rewordingFeatures, learnt on 582 pairs of MRPC train's learn part, the threshold the
// lowest keeping the one-speaker decision's precision at 82% there and above every labelled tune pair of
// different statements by one speaker (test/eval/labels/pairs.jsonl). Learn again rather than edit.
export const REWORDING_MODEL = {
  features: [
    'cover',
    'coverLong',
    'stemCover',
    'matched',
    'lengthRatio',
    'wordSimilarity',
    'pairs',
    'extraLong',
  ],
  weights: [5.3492, 4.9556, -1.2003, -0.4056, -0.9706, 3.4633, -4.5015, -0.2936],
  bias: -3.615,
  threshold: 0.35,
} as const;
