/**
 * The body of a merge planning thread (see startExtractionThreads): it runs the same pure planning a merge batch
 * runs in-process (dedupe/planMerges.ts) and posts the plan back with the request's number.
 */
import type { MergeOptions } from '../dedupe/decideMerge.ts';
import type { MentionToPlace, MergePlan } from '../dedupe/planMerges.ts';
import { planMerges } from '../dedupe/planMerges.ts';
import type { ThreadReply } from './answerRequests.ts';
import { answerRequests } from './answerRequests.ts';

/** A merge to plan, numbered by the pool. */
export interface PlanningRequest {
  id: number;
  mentions: MentionToPlace[];
  options: MergeOptions;
}

/** The plan, or the message of what failed. */
export type PlanningReply = ThreadReply<MergePlan>;

answerRequests((request: PlanningRequest) => planMerges(request.mentions, request.options));
