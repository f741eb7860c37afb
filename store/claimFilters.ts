import type { MentionKind } from '../extract/types.ts';

/** Filters shared by search and export. */
export interface ClaimFilters {
  kind?: MentionKind;
  /** Matches the speaker's name, case-insensitively, anywhere in it. */
  speaker?: string;
  /** ISO dates: claims last seen on or after `since`, first seen before `until`. */
  since?: string;
  until?: string;
  minOutlets?: number;
}

/**
 * Turns filters into SQL conditions on `claims c` with numbered parameters after the given ones.
 * Only fixed fragments are concatenated; every value travels as a parameter.
 */
export function whereClaims(filters: ClaimFilters, params: unknown[]): string[] {
  const conditions: string[] = [];
  const add = (fragment: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(fragment(`$${params.length}`));
  };
  if (filters.kind) add((p) => `c.kind = ${p}`, filters.kind);
  if (filters.speaker) add((p) => `c.speaker ILIKE '%' || ${p} || '%'`, filters.speaker.replace(/[%_\\]/g, '\\$&'));
  if (filters.since) add((p) => `c.last_seen >= ${p}::timestamptz`, filters.since);
  if (filters.until) add((p) => `c.first_seen < ${p}::timestamptz`, filters.until);
  if (filters.minOutlets !== undefined) add((p) => `c.outlet_count >= ${p}`, filters.minOutlets);
  return conditions;
}
