import type { ClaimFilters } from '../../store/claimFilters.ts';
import type { Queryable } from '../../store/db.ts';
import { countFacets } from '../../store/facets.ts';
import type { Facets } from '../../store/facets.ts';
import { hasSearchableWords, searchClaims } from '../../store/search.ts';
import { NO_SEARCHABLE_WORDS } from '../claimText.ts';
import type { SearchSort } from '../../store/search.ts';
import { findSimilarSpeakers } from '../../store/speakerDetail.ts';
import { formatClaim, note, out } from '../output.ts';

export interface SearchFlags {
  limit: number;
  json: boolean;
  sort?: SearchSort;
  after?: string;
  facets: boolean;
}

/** Facet counts as a few readable lines. */
export function formatFacets(facets: Facets): string[] {
  const line = (name: string, counts: Facets['speaker']) =>
    counts.length > 0 ? `${name}: ${counts.map((c) => `${c.value} (${c.count})`).join(', ')}` : null;
  return [
    facets.capped ? `more than ${facets.total} matching claims (facets count the first ${facets.total})` : `${facets.total} matching claims`,
    line('speaker', facets.speaker),
    line('outlet', facets.outlet),
    line('kind', facets.kind),
    line('day', facets.day),
  ].filter((l): l is string => l !== null);
}

/**
 * Prints one page of the claims matching a query, most relevant first (JSON lines with --json); the cursor
 * of the next page goes to stderr. With --facets, counts by speaker, outlet, kind and day follow (in JSON
 * mode as one last line `{"facets": ..., "next_cursor": ...}`).
 * @throws InputError for a malformed cursor.
 */
export async function searchCommand(db: Queryable, filters: ClaimFilters, flags: SearchFlags): Promise<void> {
  const page = await searchClaims(db, filters, { limit: flags.limit, sort: flags.sort, after: flags.after ?? null });
  const facets = flags.facets ? await countFacets(db, filters) : null;
  if (flags.json) {
    for (const r of page.results) out(JSON.stringify(r));
    if (facets) out(JSON.stringify({ facets, next_cursor: page.nextCursor }));
  } else if (page.results.length === 0) {
    note(`no claim matches "${filters.query ?? ''}"`);
    if (filters.query && !(await hasSearchableWords(db, filters.query))) note(NO_SEARCHABLE_WORDS);
    const similar = filters.query ? await findSimilarSpeakers(db, filters.query) : [];
    if (similar.length > 0) note(`did you mean a speaker: ${similar.map((s) => s.name).join(', ')} (use --speaker)`);
  } else {
    for (const r of page.results) {
      formatClaim(r).forEach((line) => out(line));
      out();
    }
    if (facets) formatFacets(facets).forEach((line) => out(line));
  }
  if (page.nextCursor) note(`more: add --after ${page.nextCursor}`);
}
