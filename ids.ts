import { createHash } from 'node:crypto';

/**
 * A stable id from natural-key parts: the same parts always give the same id, on any backend. Shared by the
 * store (article, mention, feed ids) and dedupe (claim ids, variant hashes), so it depends on neither.
 */
export function makeId(prefix: string, ...parts: ReadonlyArray<string | number>): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${prefix}_${digest.slice(0, 16)}`;
}
