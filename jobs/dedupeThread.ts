/**
 * The body of a dedupe thread (see startExtractionThreads): it runs the same pure steps the dedupe stage runs
 * in-process under its locks, a merge batch's plan (dedupe/planMerges.ts) or a story neighbourhood's regrouping
 * (dedupe/placeStories.ts), and posts each result back with the request's number.
 */
import type { MergeOptions } from '../dedupe/decideMerge.ts';
import type { StoryOptions } from '../dedupe/groupStories.ts';
import type { MentionToPlace, MergePlan } from '../dedupe/planMerges.ts';
import { planMerges } from '../dedupe/planMerges.ts';
import type { StoryArticle, TermStatistics } from '../dedupe/placeStories.ts';
import { regroupNeighbourhood } from '../dedupe/placeStories.ts';
import type { ThreadReply } from './answerRequests.ts';
import { answerRequests } from './answerRequests.ts';

/** Work for a dedupe thread: a merge to plan, or a neighbourhood to group again. */
export type DedupeWork =
  | { kind: 'plan'; mentions: MentionToPlace[]; options: MergeOptions }
  | {
      kind: 'regroup';
      articles: StoryArticle[];
      stats: TermStatistics;
      options: StoryOptions;
      kept: ReadonlySet<string>;
    };

/** Work numbered by the pool. */
export type DedupeRequest = DedupeWork & { id: number };

/** What a request gave, or the message of what failed. */
export type DedupeReply = ThreadReply<MergePlan | Map<string, string>>;

answerRequests((request: DedupeRequest) =>
  request.kind === 'plan'
    ? planMerges(request.mentions, request.options)
    : regroupNeighbourhood(request.articles, request.stats, request.options, request.kept),
);
