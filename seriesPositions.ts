/**
 * Words of a place in a series and the one they mean ("the two previous winners" are the last two): extraction
 * reads the place printed before a figure as what it counts ("the last two contests" measures "(last)"), and the
 * figure decision reads one printed inside a figure the same way, so both use this one table.
 */
export const SERIES_POSITIONS: Readonly<Record<string, string>> = {
  first: 'first',
  opening: 'first',
  initial: 'first',
  last: 'last',
  previous: 'last',
  past: 'last',
  preceding: 'last',
  prior: 'last',
  final: 'last',
  latest: 'last',
  next: 'next',
  coming: 'next',
  following: 'next',
  upcoming: 'next',
  remaining: 'remaining',
};
