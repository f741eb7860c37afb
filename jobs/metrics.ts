import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PipelineStats } from './jobTypes.ts';
import { QUEUE_NAMES } from './queueNames.ts';
import type { QueueName } from './queueNames.ts';
import type { RedisQueues } from './redisQueues.ts';

/** claimdesk's Prometheus metrics, on a registry of their own (never the global one). */
export interface Metrics {
  registry: Registry;
  /** A finished job: its stage, how long it took, how it ended, and what it did. */
  observeJob(queue: QueueName, seconds: number, outcome: 'completed' | 'failed_transient' | 'failed_permanent', stats?: Partial<PipelineStats>): void;
  /**
   * A step inside a job (see jobs/stepTimer.ts): the time it took, waits for locks included, so that what a
   * stage's time is spent on shows beside its jobs' durations (README, the e2e bench).
   */
  observeStep(queue: QueueName, step: string, seconds: number): void;
  /** Statements a stage's jobs sent to the database (BEGIN and COMMIT included): its round trips. */
  observeStatements(queue: QueueName, count: number): void;
  /** A fetch answered: its HTTP status (or 'error') and the bytes read. */
  observeFetch(status: number | 'error', bytes: number): void;
  /** The Prometheus text exposition. */
  text(): Promise<string>;
  contentType: string;
}

const PIPELINE_EVENTS: Array<keyof PipelineStats> = ['articlesNew', 'articlesSeen', 'feeds', 'mentions', 'claimsNew', 'merges'];
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Creates the metrics: job counts and durations per stage, pipeline events (new articles, mentions, new claims,
 * merges), fetch statuses and bytes, errors, process CPU and memory, and, when queues are given, their
 * depths read at each scrape.
 */
export function createMetrics(queues: RedisQueues | null = null): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'claimdesk_' });
  const jobs = new Counter({
    name: 'claimdesk_jobs_total',
    help: 'Jobs finished, by stage and outcome',
    labelNames: ['queue', 'outcome'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'claimdesk_job_duration_seconds',
    help: 'Time a job took, by stage',
    labelNames: ['queue'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const steps = new Histogram({
    name: 'claimdesk_job_step_seconds',
    help: 'Time a step inside a job took (lock waits included), by stage and step',
    labelNames: ['queue', 'step'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const statements = new Counter({
    name: 'claimdesk_db_statements_total',
    help: 'Statements sent to the database (round trips, BEGIN and COMMIT included), by stage',
    labelNames: ['queue'],
    registers: [registry],
  });
  const events = new Counter({
    name: 'claimdesk_pipeline_events_total',
    help: 'What the stages did: articles_new, articles_seen, feeds, mentions, claims_new, merges',
    labelNames: ['event'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'claimdesk_errors_total',
    help: 'Failed jobs, by stage and kind (transient: retried; permanent: failed for good)',
    labelNames: ['queue', 'kind'],
    registers: [registry],
  });
  const fetches = new Counter({
    name: 'claimdesk_fetch_responses_total',
    help: 'HTTP responses by status code (error: no response)',
    labelNames: ['status'],
    registers: [registry],
  });
  const bytes = new Counter({ name: 'claimdesk_fetch_bytes_total', help: 'Body bytes fetched', registers: [registry] });
  if (queues) {
    new Gauge({
      name: 'claimdesk_queue_jobs',
      help: 'Jobs in each queue, by state',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        for (const name of QUEUE_NAMES) {
          const counts = await queues.queues[name].getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
          for (const [state, n] of Object.entries(counts)) this.set({ queue: name, state }, n);
        }
      },
    });
  }
  return {
    registry,
    contentType: registry.contentType,
    observeJob(queue, seconds, outcome, stats) {
      jobs.inc({ queue, outcome: outcome === 'completed' ? 'completed' : 'failed' });
      durations.observe({ queue }, seconds);
      if (outcome !== 'completed') errors.inc({ queue, kind: outcome === 'failed_permanent' ? 'permanent' : 'transient' });
      for (const event of PIPELINE_EVENTS) {
        const n = stats?.[event] ?? 0;
        if (n > 0) events.inc({ event: snake(event) }, n);
      }
    },
    observeStep(queue, step, seconds) {
      steps.observe({ queue, step }, seconds);
    },
    observeStatements(queue, count) {
      statements.inc({ queue }, count);
    },
    observeFetch(status, size) {
      fetches.inc({ status: String(status) });
      if (size > 0) bytes.inc(size);
    },
    text: () => registry.metrics(),
  };
}
