import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('an office as the cue right after a sentence about a politician or a voice of the story', () => {
  test('a lawmaker printed with a party tag, never printed with the office', () => {
    const text =
      'Ann Roe (D-Ore.) faulted the harbour plan in an interview on Monday. “It is a waste of money,” the minority leader said.';
    assert.deepEqual(speakers(text), ['Ann Roe']);
  });

  test('someone quoted before, though a senator is named in the sentence between', () => {
    const text =
      '“We will fight this,” Ann Roe said on Monday.\n\n' +
      'Later, Roe would not say whether she would back Tom Lind or Sen. Mia Hart (R-Ore.). The minority leader said flatly: “I have not decided.”';
    assert.deepEqual(speakers(text), ['Ann Roe', 'Ann Roe']);
  });

  test('a name merely written about is not given an office the text never printed for it', () => {
    assert.deepEqual(
      speakers('Tom Lee toured the harbour on Monday. “We are out of boats,” the senator said.'),
      ['senator'],
    );
  });
});

describe('"the administration" is a government, never the last group that spoke', () => {
  test('the description when no administration was named', () => {
    assert.deepEqual(
      speakers(
        'The Tarnby Lawyers Guild praised the plan on Monday. The administration said it was doing its best to follow the rules.',
      ).at(-1),
      'administration',
    );
  });

  test('the administration the text last named by its leader', () => {
    const text =
      'The Lind administration closed the port. The Tarnby Lawyers Guild praised the plan on Monday. The administration said it was doing its best to follow the rules.';
    assert.deepEqual(speakers(text).at(-1), 'Lind administration');
  });
});

describe('a spokesman named with his next quote, two sentences on', () => {
  test('"A spokesman for X said ..." then "said Officer Name, an X spokesman"', () => {
    const text =
      'A spokesman for the Harwick Port Authority said the ferry had not been searched. After the crew was told, officials said, the ferry went back to the dock.\n\n' +
      '“They came in on their own,” said Officer Tom Vale, a port spokesman.';
    assert.deepEqual(speakers(text), ['Tom Vale', 'officials', 'Tom Vale']);
  });
});

describe('an initialism before a first name and a surname is a post', () => {
  test('"GM Ana Lind" is Ana Lind, whom "Lind said" and a later "she said" mean', () => {
    const text =
      'As for the club, GM Ana Lind has not named the player. “We are being careful,” Lind said last week.\n\n' +
      'The agent, Tom Ruiz, said his client had an offer. Lind was asked about the deal. “There is a chance,” she said.';
    const found = speakers(text);
    assert.equal(found[0], 'Ana Lind');
    assert.equal(found.at(-1), 'Ana Lind');
  });
});
