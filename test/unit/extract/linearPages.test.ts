import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { growthOf } from '../growth.ts';

/** A name of its own for every `i` ("Ann Qbdson"), so that the name index grows with the page. */
const GIVEN = ['Ann', 'Tom', 'Mia', 'Joe', 'Eva', 'Sam', 'Liz', 'Ben', 'Kate', 'Paul'];
const nameOf = (i: number): string =>
  `${GIVEN[i % GIVEN.length] ?? 'Ann'} Q${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a')}son`;

describe('extraction stays linear on hostile pages', () => {
  test('a page printed as one line of many sentences: its line is not split again for every sentence', async () => {
    const page = (n: number) =>
      Array.from({ length: n }, () => 'Ann Lee spoke at the hall. Her office said the plan was fine.').join(
        ' ',
      );
    assert.equal(extractMentions(page(3)).mentions.filter((m) => m.kind === 'statement').length, 3);
    const growth = await growthOf((n) => extractMentions(page(n)), 400, { tries: 2 });
    assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
  });

  test('many people, each followed by "she said": a pronoun reads the window before it, not the whole page per name', async () => {
    // Women and men by turns: a man's "she said" asks for the one woman printed near it.
    const page = (n: number) =>
      Array.from({ length: n }, (_, i) => `${nameOf(i)} visited the hall. “It was fine,” she said.`).join(
        '\n\n',
      );
    assert.equal(extractMentions(page(3)).mentions.find((m) => m.kind === 'quote')?.speaker, nameOf(0));
    const growth = await growthOf((n) => extractMentions(page(n)), 400, { tries: 2 });
    assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
  });
});
