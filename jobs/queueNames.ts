/** The queues, one per stage. Names are constants here and nowhere else. */
export const QUEUE_NAMES = ['fetch', 'extract', 'dedupe'] as const;

export type QueueName = (typeof QUEUE_NAMES)[number];
