import { randomUUID } from 'node:crypto';
import { KEY_SCHEME } from '../dedupe/candidateKeys.ts';
import type { Db } from '../store/db.ts';
import { makeId } from '../ids.ts';
import * as store from '../store/index.ts';
import type { FollowUp } from './jobTypes.ts';

/**
 * Forgets every canonical claim, learnt speaker and near-duplicate group in one transaction (the candidate
 * keys adopt the current scheme), and returns the dedupe jobs that merge each article's stored mentions
 * again, their ids unique to this run.
 */
export async function startRecluster(db: Db): Promise<FollowUp[]> {
  const articles = await db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME));
  const runId = randomUUID();
  return articles.map((data) => ({
    queue: 'dedupe',
    id: makeId('recluster', runId, data.articleId, data.contentHash),
    data,
  }));
}
