// Written by `npm run learn:rewording` (test/eval/learnRewording.ts): a logistic regression over
// rewordedAssertion.ts's rewordingFeatures, learnt on 417 pairs of MRPC train's learn part, the threshold the
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
  weights: [4.0174, 2.0542, 0.4964, -0.1024, 0.5694, 3.1798, -4.4391, -0.7839],
  bias: -3.158,
  threshold: 0.32,
} as const;
