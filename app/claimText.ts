/** How a claim's words and its speaker read, the same in the CLI and on the web page. */

/** Why a query of words search leaves out matched nothing, and what to do instead (the CLI and the page). */
export const NO_SEARCHABLE_WORDS =
  'search leaves out common English words (the, of, and …) and a lone -, OR or quote mark, so these words look for nothing: add a name or a word of the claim';

/**
 * A claim's words for a reader: a quote between quote marks (its words are the speaker's); a statement, which
 * is reported speech in the outlet's words, and a figure as printed, without them.
 */
export const quoteMarks = (kind: string, text: string): string => (kind === 'quote' ? `“${text}”` : text);

const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * A speaker's role, or null when the name already says it: a speaker known by the role alone ("Kremlin
 * spokesman") or named with it ("Kremlin spokesman Dmitry Peskov") would read it twice.
 */
export function roleToShow(name: string | null | undefined, role: string | null | undefined): string | null {
  if (!role?.trim()) return null;
  if (!name) return role;
  const roleWords = words(role);
  return roleWords.trim() !== '' && words(name).includes(roleWords) ? null : role;
}

/** "Name (role)", the role left out when the name says it already. */
export function nameWithRole(name: string, role: string | null | undefined): string {
  const shown = roleToShow(name, role);
  return shown ? `${name} (${shown})` : name;
}

/**
 * How many outlets carried a claim or a story, or that none is known ("2 outlets", "outlet unknown"): articles
 * with no outlet (files, pages without a site name) would read "0 outlets", as if nobody had carried it.
 */
export function outletCount(outlets: number, articles: number): string {
  if (outlets > 0) return `${outlets} outlet${outlets === 1 ? '' : 's'}`;
  return articles === 1 ? 'outlet unknown' : 'outlets unknown';
}

/** The day (YYYY-MM-DD) of an ISO time, or null. */
export const dayOf = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/**
 * The days a story's articles were published, as far as known: "2026-02-10 to 2026-02-12", one day, "from
 * 2026-02-10", "until 2026-02-12", or null when no article is dated.
 */
export function daySpan(first: string | null, last: string | null): string | null {
  const [from, to] = [dayOf(first), dayOf(last)];
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (from) return `from ${from}`;
  return to ? `until ${to}` : null;
}
