/** The searches the doors bench times: what a journalist types, built from the words the filled corpus uses. */
import type { ClaimFilters } from '../../store/claimFilters.ts';
import type { SearchSort } from '../../store/search.ts';
import type { FilledCorpus } from './fillClaims.ts';

export interface TypicalQuery {
  name: string;
  filters: ClaimFilters;
  sort?: SearchSort;
  /** Time the second page (keyset cursor from the first) instead of the first. */
  secondPage?: boolean;
}

const at = <T>(items: readonly T[], i: number): T => {
  const item = items[Math.min(i, items.length - 1)];
  if (item === undefined) throw new RangeError('the corpus has no words');
  return item;
};

/** The query set, from the corpus's most and least frequent words, its phrases, speakers and outlets. */
export function typicalQueries(corpus: FilledCorpus): TypicalQuery[] {
  const word = (rank: number) => at(corpus.words, rank);
  // A month in the middle of the corpus's two years.
  const middle = new Date((Date.parse(corpus.firstDay) + Date.parse(corpus.lastDay)) / 2);
  const since = `${middle.toISOString().slice(0, 7)}-01`;
  const until = new Date(Date.UTC(middle.getUTCFullYear(), middle.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  return [
    { name: 'landing page (no words, spread)', filters: {} },
    { name: 'speaker name as words: Peskov', filters: { query: 'Peskov' } },
    { name: 'speaker filter: Dmitry Peskov', filters: { speaker: 'Dmitry Peskov' } },
    { name: 'fuzzy speaker: Peskow', filters: { speaker: 'Peskow' } },
    { name: `common word: ${word(0)}`, filters: { query: word(0) } },
    { name: `frequent word: ${word(20)}`, filters: { query: word(20) } },
    { name: `rare word: ${word(5900)}`, filters: { query: word(5900) } },
    { name: 'phrase', filters: { query: `"${at(corpus.phrases, 0)}"` } },
    { name: 'OR', filters: { query: `${word(60)} OR ${word(400)}` } },
    { name: 'exclusion', filters: { query: `${word(5)} -${word(6)}` } },
    { name: 'two words', filters: { query: `${word(8)} ${word(30)}` } },
    { name: 'word + outlet', filters: { query: word(10), outlet: at(corpus.outlets, 3) } },
    { name: 'outlet only', filters: { outlet: at(corpus.outlets, 20) } },
    { name: 'word + kind number', filters: { query: word(2), kind: 'number' } },
    { name: 'word + date range (a month)', filters: { query: word(3), since, until } },
    { name: 'word + min 5 outlets', filters: { query: word(4), minOutlets: 5 } },
    { name: 'word + has conflicts', filters: { query: word(7), hasConflicts: true } },
    { name: 'word, sort by spread', filters: { query: word(1) }, sort: 'spread' },
    { name: 'word, sort by recent', filters: { query: word(9) }, sort: 'recent' },
    { name: 'word, second page', filters: { query: word(0) }, secondPage: true },
    { name: 'speaker, second page (spread)', filters: { speaker: 'Dmitry Peskov' }, sort: 'spread', secondPage: true },
  ];
}
