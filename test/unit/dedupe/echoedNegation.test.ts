import assert from 'node:assert/strict';
import { test } from 'node:test';
import { echoesNegation } from '../../../dedupe/echoedNegation.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

const printed = (text: string) => ({ text, tokens: tokenize(text) });

test('an aside set off by a comma echoes a negation the sentence has; one at the end, or without a comma, does not', () => {
  const plain = printed('Nobody on the council ever voted for the toll road in the years I sat there.');
  const echoed = printed(
    'Nobody on the council, not one member, not the mayor, ever voted for the toll road in the years I sat there.',
  );
  assert.equal(echoesNegation(plain, echoed), true);
  assert.equal(echoesNegation(echoed, plain), false);
  assert.equal(
    echoesNegation(
      plain,
      printed('Nobody on the council not ever voted for the toll road in the years I sat there.'),
    ),
    false,
  );
  assert.equal(
    echoesNegation(
      plain,
      printed('Nobody on the council ever voted for the toll road in the years I sat there, not once.'),
    ),
    false,
  );
  const positive = printed('Everyone on the council voted for the toll road in the years I sat there.');
  assert.equal(
    echoesNegation(
      positive,
      printed('Everyone on the council, not the mayor, voted for the toll road in the years I sat there.'),
    ),
    false,
  );
});
