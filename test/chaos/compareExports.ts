/** Fields that record when something was ingested, not what was claimed: they differ between two runs. */
const INGESTION_TIMES = new Set(['first_seen', 'last_seen', 'fetched_at', 'fetchedAt', 'created_at', 'updated_at']);

const withoutTimes = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutTimes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !INGESTION_TIMES.has(key))
      .map(([key, v]) => [key, withoutTimes(v)]),
  );
};

/** A claim of an export as the comparison sees it. */
export interface ExportedClaim {
  id: string;
  kind: string;
}

/** The claims of a JSON-lines export (those `keep` accepts), without ingestion times, keyed and sorted by id. */
export function normaliseExport(jsonl: string, keep: (claim: ExportedClaim) => boolean = () => true): Map<string, string> {
  const claims = jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => withoutTimes(JSON.parse(line)) as ExportedClaim)
    .filter(keep);
  claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(claims.map((c) => [c.id, JSON.stringify(c)]));
}

export interface ExportDiff {
  equal: boolean;
  claims: number;
  expectedClaims: number;
  onlyActual: string[];
  onlyExpected: string[];
  changed: Array<{ id: string; actual: string; expected: string }>;
}

/** Compares two exports claim by claim (those `keep` accepts). */
export function compareExports(actual: string, expected: string, keep?: (claim: ExportedClaim) => boolean): ExportDiff {
  const a = normaliseExport(actual, keep);
  const e = normaliseExport(expected, keep);
  const onlyActual = [...a.keys()].filter((id) => !e.has(id));
  const onlyExpected = [...e.keys()].filter((id) => !a.has(id));
  const changed = [...a.entries()]
    .filter(([id, json]) => e.has(id) && e.get(id) !== json)
    .map(([id, json]) => ({ id, actual: json, expected: e.get(id) ?? '' }));
  return {
    equal: onlyActual.length === 0 && onlyExpected.length === 0 && changed.length === 0,
    claims: a.size,
    expectedClaims: e.size,
    onlyActual,
    onlyExpected,
    changed,
  };
}
