// Written by `npm run learn:rewording` (test/eval/learnRewording.ts): a logistic regression over
// rewordedAssertion.ts's rewordingFeatures, learnt on 575 pairs of MRPC train's learn part, the threshold the
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
  weights: [5.152, 4.5022, -0.8003, -0.0525, -1.2203, 3.6591, -4.7767, -0.447],
  bias: -3.4146,
  threshold: 0.36,
} as const;
