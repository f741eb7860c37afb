// Written by `npm run learn:rewording` (test/eval/learnRewording.ts): a logistic regression over
// rewordedAssertion.ts's rewordingFeatures, learnt on 580 pairs of MRPC train's learn part, the threshold the
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
  weights: [5.3203, 4.8867, -1.1908, -0.3808, -1.0132, 3.4144, -4.4877, -0.3423],
  bias: -3.5032,
  threshold: 0.35,
} as const;
