import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteSpans } from '../../../extract/findQuoteSpans.ts';

const quoted = (text: string) => findQuoteSpans(text).map((s) => [s.text, text.slice(s.open, s.close)]);

test("tokenised copy's marks: ``...'' and \"...'' pairs are quotes, a '' set off by spaces only closes", () => {
  assert.deepEqual(quoted("LaRue was known as the ``bagman'' who delivered payoffs."), [['bagman', "``bagman''"]]);
  assert.deepEqual(quoted(`India's navy said it had sunk a pirate "mother vessel '' off Somalia.`), [['mother vessel', `"mother vessel ''`]]);
  assert.deepEqual(quoted(`"It's a dream come true for me, '' he said. He left. '' Then nothing.`), [["It's a dream come true for me", `"It's a dream come true for me, ''`]]);
  assert.deepEqual(quoted("According to ''The Hollywood Reporter'' , Ross will direct."), [['The Hollywood Reporter', "''The Hollywood Reporter''"]]);
});

test('curly marks nested in a quote opened with a straight mark are skipped whole, not read as its closer', () => {
  const text = 'The mayor wrote:\n"The water board isn’t about “Service First” any more. It is about its own pay.\n"Fix the pipes."';
  assert.deepEqual(
    findQuoteSpans(text).filter((s) => s.mark === '"').map((s) => s.text),
    ['The water board isn’t about “Service First” any more. It is about its own pay.', 'Fix the pipes.'],
  );
  // A pull quote that doubles its marks around the same words is one quote, as before.
  assert.deepEqual(quoted('He said: "“We will rebuild the bridge by June.” "'), [['“We will rebuild the bridge by June.', '"“We will rebuild the bridge by June.”']]);
});

test('a right mark and a left mark set the wrong way round around a few words are one quote, closed at the left mark', () => {
  assert.deepEqual(quoted('Its ” Ten Worst Poachers “ list grew. Nothing else.'), [['Ten Worst Poachers', '” Ten Worst Poachers “']]);
  // A right mark that a right mark closes later stays as it was.
  assert.deepEqual(quoted('He said ” it is over” and left.'), [['it is over', '” it is over”']]);
});
