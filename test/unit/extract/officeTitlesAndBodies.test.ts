import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('an office printed as a title before a surname', () => {
  test('"Representative Carver" is the person the text named in full', () => {
    const text =
      'Rep. Kevin H. Carver Jr. spoke to farmers in Ellisburg. Representative Carver has said that he would cut taxes on diesel.';
    assert.deepEqual(speakers(text), ['Kevin H. Carver Jr.']);
  });

  test("a woman's office finds the woman of two who share the surname", () => {
    const text =
      'Dana Holt and her brother Tom Holt run the family dairy. Councilwoman Holt said that the town would repave the lane.';
    assert.deepEqual(speakers(text), ['Dana Holt']);
  });

  test('an office before a surname the text never completes stays as printed', () => {
    const text = 'Representative Carver has said that he would cut taxes on diesel.';
    assert.deepEqual(speakers(text), ['Representative Carver']);
  });
});

describe('"the department" and "the studio"', () => {
  test('"the department" is no place the text named, though WordNet gives it a place sense', () => {
    const text =
      'Floods hit Inner Mongolia on Monday, and rescue teams in Inner Mongolia worked through the night. The department said that six roads were closed.';
    assert.deepEqual(speakers(text), ['department']);
  });

  test('"the studio" is the organisation that spoke before', () => {
    const text =
      'Marlow Pictures says no deal has been signed. The studio has said it will not rush the sequel.';
    assert.deepEqual(speakers(text), ['Marlow Pictures', 'Marlow Pictures']);
  });
});

describe('a name quoted as a label', () => {
  test('a bare organisation is not completed to a quoted label that ends with its name', () => {
    const text =
      "Orbly has suspended 9,000 accounts since May. Some accounts linked to the group call their home ''Republic Orbly,'' or ''the land of Orbly.'' " +
      "Orbly said in a statement that it would keep removing them. ''We will not stop,'' Orbly said.";
    assert.deepEqual(speakers(text), ['Orbly', 'Orbly']);
  });

  test('a person named inside a longer quotation is still the full name of the surname', () => {
    const text =
      '“I met Dana Voss at the market,” the mayor said. Voss said that the stalls would stay open.';
    assert.deepEqual(speakers(text), ['mayor', 'Dana Voss']);
  });
});

describe('the statement a report says someone else provided', () => {
  test('"the statement" is not the outlet that reported it was provided', () => {
    const text =
      'The Herald said Dale Moss provided a written statement in reply to its questions. “The minister regrets the delay,” the statement said.';
    assert.deepEqual(speakers(text), ['Herald', 'statement']);
  });

  test('a statement its speaker put out "in a statement" is still that speaker\'s', () => {
    const text =
      'Brightwell Foods said in a statement on Monday that its sales rose. “We are pleased,” the statement added.';
    assert.deepEqual(speakers(text), ['Brightwell Foods', 'Brightwell Foods']);
  });
});

describe('an inverted cue before a document from a source', () => {
  test('"said a report from X" speaks for X', () => {
    const text =
      '"The market is pricing in a recovery," said a report from Halvard Capital Partners. Shares rose.';
    assert.deepEqual(speakers(text), ['Halvard Capital Partners']);
  });

  test('a person "from" a firm stays the person', () => {
    const text = '"Prices will rise," said a spokesman from Halvard Capital Partners.';
    assert.deepEqual(speakers(text), ['spokesman']);
  });
});
