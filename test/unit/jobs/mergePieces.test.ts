import assert from 'node:assert/strict';
import { test } from 'node:test';
import { piecesUnderLockLimit } from '../../../jobs/mergeMentions.ts';
import type { ArticleMerge } from '../../../jobs/mergeMentions.ts';

type Planned = Parameters<typeof piecesUnderLockLimit>[0][number][number];
/** A planned mention of id `id` taking `locks` (only what the cut reads). */
const planned = (id: string, ...locks: string[]) =>
  ({ mention: { id }, locks, shared: ['text|*'], storyOf: null }) as unknown as Planned;
const shape = (pieces: ReturnType<typeof piecesUnderLockLimit>) =>
  pieces.map((piece) =>
    piece.map(
      (part) => `${part.article}:${part.plans.map((p) => p.mention.id).join('')}${part.done ? '!' : ''}`,
    ),
  );

test('mentions that fit one transaction stay one piece, every article marked merged in it', () => {
  const articles: ArticleMerge[] = [
    { mentions: [], done: { articleId: 'a', contentHash: 'h' } },
    { mentions: [] },
  ];
  const pieces = piecesUnderLockLimit(
    [[planned('x', 'text|roe'), planned('y', 'text|roe')], [planned('z', 'text|doe')]],
    articles,
    4,
  );
  assert.deepEqual(shape(pieces), [['0:xy!', '1:z']]);
});

test('more locks than the limit are cut in order, an article marked merged with its last piece only', () => {
  const done = { articleId: 'a', contentHash: 'h' };
  const articles: ArticleMerge[] = [
    { mentions: [], done },
    { mentions: [], done: { articleId: 'b', contentHash: 'g' } },
  ];
  const first = [
    planned('p', 'text|one'),
    planned('q', 'text|two'),
    planned('r', 'text|three'),
    planned('s', 'text|one'),
  ];
  const pieces = piecesUnderLockLimit(
    [first, [planned('t', 'text|four'), planned('u', 'text|five')]],
    articles,
    3,
  );
  // A lock held already costs nothing (s shares p's); the shared TEXT_SCOPE counts once a piece.
  assert.deepEqual(shape(pieces), [['0:pq'], ['0:rs!'], ['1:tu!']]);
  // A mention needing more than the limit alone goes alone, never in an empty piece.
  assert.deepEqual(
    shape(
      piecesUnderLockLimit([[planned('v', 'a', 'b', 'c', 'd'), planned('w', 'e')]], [{ mentions: [] }], 2),
    ),
    [['0:v'], ['0:w']],
  );
});
