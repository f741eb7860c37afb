import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"they" points back at joint speakers, never at one person', () => {
  test('joint authors "of the University of Tarnby" are who "they argue" next is', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nThe city council played its part, too. In their new book, Mara Lindqvist and Olle Brandt of the University of Tarnby argue that the fees were never needed.\n\nThe council might have cut the fees, they argue, by selling the old pier.',
      ),
      ['Mara Lindqvist', 'Mara Lindqvist'],
    );
  });

  test('"In another study they wrote with Sam Cole, they estimated" is "they", not the one person quoted before', () => {
    const found = speakers(
      "Trade hurt workers.\n\n''The campaign has changed the debate,'' wrote Mark Dale, former economic adviser to Gov. Ann Roe.\n\nIn a recent study, three economists -- Anna Berg, Tom Reed and Li Wei -- raised a challenge to the rest of us.\n\nThey examined the data. In another study they wrote with Sam Cole, they estimated that prices rose by 4 percent.\n\n''These results should worry us,'' they argued.",
    );
    assert.equal(found[0], 'Mark Dale');
    assert.ok(!found.slice(1).includes('Mark Dale'), JSON.stringify(found));
  });
});
