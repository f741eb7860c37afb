import { hashKey } from './hashKey.ts';
import { stemWord } from './nlp.ts';

export interface KeyOptions {
  /** Words per shingle. */
  shingle: number;
  /** Shingles per winnowing window: any shared run of shingle + window - 1 words shares a key. */
  window: number;
}

export const DEFAULT_KEY_OPTIONS: KeyOptions = Object.freeze({ shingle: 4, window: 4 });

/**
 * Candidate keys of a quote's words by winnowing hashed word shingles: a quote that repeats, or prints a
 * part of, another quote shares at least one key with it, so candidates come from an index lookup.
 */
export function quoteKeys(tokens: readonly string[], options: KeyOptions = DEFAULT_KEY_OPTIONS): number[] {
  const keys = new Set<number>([hashKey(`q|${tokens.join(' ')}`)]);
  const { shingle, window } = options;
  if (tokens.length < shingle) return [...keys];
  const hashes: number[] = [];
  for (let i = 0; i + shingle <= tokens.length; i++) {
    hashes.push(hashKey(`s|${tokens.slice(i, i + shingle).join(' ')}`));
  }
  if (hashes.length <= window) {
    keys.add(Math.min(...hashes));
    return [...keys];
  }
  for (let i = 0; i + window <= hashes.length; i++) {
    keys.add(Math.min(...hashes.slice(i, i + window)));
  }
  return [...keys];
}

/** The unit in a comparable form: "Users" and "user" agree. */
export function normalizeUnit(unit: string | null): string {
  return unit === null ? '' : stemWord(unit.toLowerCase().trim());
}

/**
 * The candidate keys of a figure: its value and unit, whatever the wording (the figures it may join), and
 * each of its names with its unit (the figures of its subject with another value: conflicting variants).
 * `names` are distinctive names as decideMerge's figureNames gives them.
 */
export function figureKeys(value: number | null, unit: string | null, names: readonly string[] = []): number[] {
  const normalized = normalizeUnit(unit);
  return [hashKey(`n|${value ?? ''}|${normalized}`), ...names.map((name) => hashKey(`s|${normalized}|${name}`))];
}
