// Written by `npm run learn:rewording` (test/eval/learnRewording.ts): a logistic regression over
// rewordedAssertion.ts's rewordingFeatures, learnt on 418 pairs of MRPC train's learn part, the threshold the
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
  weights: [3.9451, 2.0018, 0.5038, -0.0312, 0.5499, 3.2031, -4.3676, -0.8684],
  bias: -3.1017,
  threshold: 0.31,
} as const;
