import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const items = (text: string) => extractMentions(text).mentions.filter((m) => m.kind !== 'number');

/** The speaker of the item whose words start with `opening`. */
const speakerOf = (text: string, opening: string) =>
  items(text).find((m) => text.slice(m.start, m.end).startsWith(opening))?.speaker;

describe('an inverted name with a relative clause after it', () => {
  const text =
    'Councillors Peter Vance and Milo Grant both oppose closing the depot.\n\n' +
    'Grant, who joined the council in 2010, does not see the depot as outdated.\n\n' +
    '“Some towns, for reasons of cost as well as history, need a depot,” he said, adding the need should be “small.”\n\n' +
    'Closing the depot would “send the wrong message about our roads,” he added.\n\n' +
    'Even if the depot closed, most of its work would move to the county yard, said Vance, who joined the council in 2014. ' +
    'The vote should wait until the budget is known, he said.';
  test('"..., said Vance, who joined the council in 2014." reports the clause before it', () => {
    assert.equal(speakerOf(text, 'Even if the depot closed'), 'Peter Vance');
  });
  test('"he said" in the next sentence is that speaker, not the one before', () => {
    assert.equal(speakerOf(text, 'The vote should wait'), 'Peter Vance');
  });
  test('a sentence of two quotes, each with its own cue, keeps both quotes as items', () => {
    const two =
      'Nora Lind spoke on Monday.\n\n' +
      '“Her mood is grim,” she said, but despite the rows, “I think she will sign it,” said Lind, who has known her for years.';
    assert.equal(speakerOf(two, 'I think she will sign it'), 'Nora Lind');
    assert.equal(
      items(two).some((m) => two.slice(m.start, m.end).startsWith('“Her mood')),
      false,
    );
  });
});
