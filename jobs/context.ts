import type { Article, MentionExtraction } from '../extract/types.ts';
import type { Dispatcher } from 'undici';
import type { HostGate } from '../ingest/hostLimiter.ts';
import type { DedupeOptions, MergePlanner } from './mergeMentions.ts';
import type { Db } from '../store/db.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import type { Regrouper } from './placeStory.ts';
import type { StepTimer } from './stepTimer.ts';

/** What every stage handler receives: the database, its slice of the config, a logger. */
export interface StageContext {
  db: Db;
  fetch: Config['fetch'];
  dedupe: DedupeOptions;
  log: Logger;
  /** Where a job reports the time of its steps (a worker's metrics); absent in one-off commands. */
  timeStep?: StepTimer;
  /** Where stages report what they did (workers expose it at /metrics); absent in one-off commands. */
  metrics?: Metrics;
  /** Where fetches wait for their host's turn when the limits must hold beyond this process (Redis); this process's limiter otherwise. */
  hostGate?: HostGate;
  /** Connections fetches keep open from one to the next (a worker's fetchAgent); each fetch opens its own otherwise. */
  fetchAgent?: Dispatcher;
  /** Where the extract stage finds an article's mentions when not on this event loop (a worker's threads, see startExtractionThreads). */
  extractMentions?: (text: string) => Promise<MentionExtraction>;
  /** Where the fetch stage reads a page's article (extractArticle) when not on this event loop. */
  extractPage?: (html: string, url: string) => Promise<Article>;
  /** Where the dedupe stage plans its merges (planMerges) when not on this event loop (a worker's planning thread). */
  planMerges?: MergePlanner;
  /** Where the dedupe stage groups a story neighbourhood again (regroupNeighbourhood) when not on this event loop. */
  regroupNeighbourhood?: Regrouper;
}
