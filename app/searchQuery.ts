/** The search words both doors take (`claims search`/`export` and `?q=`): one limit, one message. */
import { InputError } from '../errors.ts';

/** The longest query a search or an export takes, in characters: no search anyone means is longer. */
export const MAX_QUERY_CHARS = 1000;

/** The longest speaker, outlet or story filter, in characters: longer than any name or id. */
export const MAX_FILTER_CHARS = 200;

/** Why `query` cannot be searched, in words the CLI and the HTTP API both print, or null when it can. */
export function queryProblem(query: string): string | null {
  if (query.length <= MAX_QUERY_CHARS) return null;
  return `the search words must be at most ${MAX_QUERY_CHARS} characters (these have ${query.length})`;
}

/**
 * Returns `query` when it can be searched.
 * @throws InputError (parameter `q`) saying why not.
 */
export function checkSearchQuery(query: string): string {
  const problem = queryProblem(query);
  if (problem !== null) throw new InputError(problem, { parameter: 'q' });
  return query;
}
