import path from 'node:path';
import { groupDocuments } from '../../dedupe/groupDocuments.ts';
import { DEFAULT_STORY_OPTIONS, groupStories } from '../../dedupe/groupStories.ts';
import { STORY_REGROUP_LIMIT } from '../../dedupe/placeStories.ts';
import type { EvalSection } from './evalSection.ts';
import { gate, gateBelow, pct } from './evalSection.ts';
import { placeIncrementally } from './incrementalStories.ts';
import { sharedDir } from './runSeeds.ts';
import type { EcbplusDocument, GroupingScore } from './scoreEcbplus.ts';
import { readEcbplus, scoreGrouping } from './scoreEcbplus.ts';

// Floors a little under what is reached on the even-numbered topics (story threshold chosen on the odd ones).
// Near duplicates are wire copies: exact, so they find only the few copies among same-event reports.
const NEAR_DUPLICATE_PRECISION_FLOOR = 0.99;
const NEAR_DUPLICATE_RECALL_FLOOR = 0.008;
const NEAR_DUPLICATE_CROSS_EVENT_CEILING = 0.001;
const STORY_F1_FLOOR = 0.88;
const STORY_PRECISION_FLOOR = 0.89;
const STORY_RECALL_FLOOR = 0.87;
const STORY_CROSS_EVENT_CEILING = 0.11;
/** Stories placed as articles arrive (either order): 88.5% / 88.7% against the batch's 89.2%. */
const INCREMENTAL_STORY_F1_FLOOR = 0.875;
/** Story thresholds shown on the odd topics, around the default, to show where it was chosen. */
const SWEEP = [0.12, 0.15, 0.17, 0.2, 0.25];
/** Story sizes above which a placement keeps a story whole, shown on the odd topics (ECB+'s events have up to ~30 reports). */
const REGROUP_LIMIT_SWEEP = [10, 20, STORY_REGROUP_LIMIT, 10_000];

const line = (s: GroupingScore): string =>
  `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  cross-event merges ${pct(s.crossEventRate)} ` +
  `(${s.crossEventMerged} of ${s.crossEventPairs} pairs)  cross-topic pairs ${s.crossTopicMerged}  groups ${s.groups}`;

/** ECB+ same-story grouping (issue 5): near-duplicate groups and story groups, pairwise against the 86 same-event clusters. */
export const ecbplusSection: EvalSection = {
  name: 'ecbplus',
  async run() {
    const docs = readEcbplus(path.join(sharedDir(), 'eval', 'ecbplus', 'documents.jsonl'));
    const odd = docs.filter((d) => d.topic % 2 === 1);
    const even = docs.filter((d) => d.topic % 2 === 0);
    const texts = (ds: readonly EcbplusDocument[]) =>
      ds.map((d) => ({ id: d.id, title: d.title, text: d.text }));
    const copies = groupDocuments(texts(docs));
    console.log(
      `${docs.length} documents, ${new Set(docs.map((d) => d.subtopic)).size} same-event clusters, two similar events per topic`,
    );
    const nearAll = scoreGrouping(docs, copies);
    const nearEven = scoreGrouping(even, copies);
    console.log(`near-duplicate groups, all topics:  ${line(nearAll)}`);
    console.log(`near-duplicate groups, even topics: ${line(nearEven)}`);
    console.log(`story groups, threshold chosen on the ${odd.length} documents of the odd topics:`);
    for (const threshold of SWEEP) {
      const score = scoreGrouping(
        odd,
        groupStories(texts(odd), { ...DEFAULT_STORY_OPTIONS, threshold }, copies),
      );
      console.log(
        `  ${threshold.toFixed(2)}${threshold === DEFAULT_STORY_OPTIONS.threshold ? ' (default)' : '          '}  ${line(score)}`,
      );
    }
    const story = scoreGrouping(even, groupStories(texts(even), DEFAULT_STORY_OPTIONS, copies));
    console.log(`story groups, reported on the ${even.length} documents of the even topics: ${line(story)}`);
    // The product places articles as they arrive: in the file's order and in reverse, against the batch.
    const arriving = placeIncrementally(texts(even), copies);
    const reversed = placeIncrementally(texts(even).reverse(), copies);
    const incremental = scoreGrouping(even, arriving);
    const incrementalReversed = scoreGrouping(even, reversed);
    console.log(`stories placed as articles arrive (even topics):    ${line(incremental)}`);
    console.log(`the same, arriving in reverse order:                ${line(incrementalReversed)}`);
    // Stories larger than a limit are kept whole (read by their articles found only, never split), so that a
    // placement's cost does not grow with its story: the limit chosen on the odd topics, in both orders.
    console.log('stories placed as articles arrive, stories of more than N articles kept whole (odd topics; in order, reversed):');
    for (const limit of REGROUP_LIMIT_SWEEP) {
      const [inOrder, inReverse] = [texts(odd), texts(odd).reverse()].map((arrivals) =>
        scoreGrouping(odd, placeIncrementally(arrivals, copies, DEFAULT_STORY_OPTIONS, limit)),
      );
      console.log(
        `  ${String(limit).padStart(4)}${limit === STORY_REGROUP_LIMIT ? ' (default)' : '          '}  F1 ${pct(inOrder?.f1 ?? 0)} / ${pct(inReverse?.f1 ?? 0)}`,
      );
    }
    const failedGates =
      gate(
        'near-duplicate pairwise precision (all topics)',
        nearAll.precision,
        NEAR_DUPLICATE_PRECISION_FLOOR,
      ) +
      gate('near-duplicate pairwise recall (all topics)', nearAll.recall, NEAR_DUPLICATE_RECALL_FLOOR) +
      gateBelow(
        'near-duplicate cross-event merge rate (all topics)',
        nearAll.crossEventRate,
        NEAR_DUPLICATE_CROSS_EVENT_CEILING,
      ) +
      gate('story pairwise F1 (even topics)', story.f1, STORY_F1_FLOOR) +
      gate('story pairwise precision (even topics)', story.precision, STORY_PRECISION_FLOOR) +
      gate('story pairwise recall (even topics)', story.recall, STORY_RECALL_FLOOR) +
      gateBelow(
        'story cross-event merge rate (even topics)',
        story.crossEventRate,
        STORY_CROSS_EVENT_CEILING,
      ) +
      gate('stories placed on arrival, pairwise F1 (even topics)', incremental.f1, INCREMENTAL_STORY_F1_FLOOR) +
      gate('the same, in reverse order', incrementalReversed.f1, INCREMENTAL_STORY_F1_FLOOR);
    return { failedGates };
  },
};
