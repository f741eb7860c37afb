import { createHash } from 'node:crypto';

/** A stable id from natural-key parts: the same parts always give the same id, on any backend. */
export function makeId(prefix: string, ...parts: ReadonlyArray<string | number>): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${prefix}_${digest.slice(0, 16)}`;
}

/** ISO 8601 in UTC, or null. */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
