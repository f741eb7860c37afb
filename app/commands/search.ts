import type { ClaimFilters } from '../../store/claimFilters.ts';
import type { Queryable } from '../../store/db.ts';
import { searchClaims } from '../../store/search.ts';
import { formatClaim, note, out } from '../output.ts';

/** Prints the claims matching a query, most relevant first (JSON lines with --json). */
export async function searchCommand(
  db: Queryable,
  query: string,
  filters: ClaimFilters,
  options: { limit: number; json: boolean },
): Promise<void> {
  const results = await searchClaims(db, query, filters, options.limit);
  if (options.json) {
    for (const r of results) out(JSON.stringify(r));
    return;
  }
  if (results.length === 0) {
    note(`no claim matches "${query}"`);
    return;
  }
  for (const r of results) {
    formatClaim(r).forEach((line) => out(line));
    out();
  }
}
