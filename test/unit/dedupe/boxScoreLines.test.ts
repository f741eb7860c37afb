import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedMention } from '../../../extract/types.ts';
import { figures, joins } from './figureJoins.ts';

const number = (text: string, printed: string): ExtractedMention => {
  const found = figures(text).find((m) => m.text === printed);
  assert.ok(found, `${printed} in ${text}`);
  return found;
};

test("two people's lines of a box score count the same thing of each: two figures, not one", () => {
  const first = number('LB Marvin Quellaby 58 91% 4 tackles (3 solo).', '91%');
  const second = number('CB Tobin Hadrell 58 91% 2 tackles (2 solo).', '91%');
  const third = number('S Tobin Hadrell 2 sacks, 1 INT, 1 pass defended.', '1 pass');
  const fourth = number('LB Marvin Quellaby 1 sack, 1 QH, 1 pass defended.', '1 pass');
  assert.equal(joins(first, second), false);
  assert.equal(joins(second, first), false);
  assert.equal(joins(third, fourth), false);
});

test('one player named two ways, or one toll two named people give, still joins on counted words', () => {
  const line = number('S Tobin Hadrell 2 sacks, 1 INT, 1 pass defended.', '1 pass');
  const again = number('Tobin Hadrell had 1 pass defended in the loss.', '1 pass');
  const police = number(
    'Forty people were killed in the blast, police spokesman Alan Brey said.',
    'Forty people',
  );
  const mayor = number('The blast killed 40 people, Mayor Lina Ortez told reporters on Sunday.', '40 people');
  assert.equal(joins(again, line), true);
  assert.equal(joins(police, mayor), true);
  assert.equal(joins(mayor, police), true);
});

test("a stat line in prose is its subject's: two players' equal tallies of one game are two figures", () => {
  const game =
    'The Comets beat the Sparks on Sunday. Tamsin Okafor had six points, 10 assists and four rebounds for the Comets, and she guarded Dana Whitlock all night. Dana Whitlock had 14 points and a career-high 10 assists.';
  const [okafor, whitlock] = figures(game).filter((m) => m.value === 10);
  assert.ok(okafor && whitlock);
  assert.deepEqual([okafor.entities, whitlock.entities], [['Tamsin Okafor'], ['Dana Whitlock']]);
  assert.equal(joins(whitlock, okafor), false);
  assert.equal(joins(okafor, whitlock), false);
  // One player's tally told again joins.
  const again = figures('Tamsin Okafor had 10 assists in the win over the Sparks, the team said.').find((m) => m.value === 10);
  assert.ok(again);
  assert.equal(joins(again, okafor), true);
  // A report of someone's figures is no tally of the speaker's own: the sentence's names stay.
  const [report] = figures('Harlan Voss had said more than 1,300 Acme Bank loans were in default in Ohio.');
  assert.ok(report && report.entities.length > 1, JSON.stringify(report?.entities));
});
