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
      '“Her mood is grim,” she said, but despite the rows, “I think she will sign it,” said Lind.';
    assert.equal(speakerOf(two, 'I think she will sign it'), 'Nora Lind');
    assert.equal(
      items(two).some((m) => two.slice(m.start, m.end).startsWith('“Her mood')),
      false,
    );
  });
});

describe('speech relayed inside a quote', () => {
  test('"as Dana Morrow said the other day, \'...\'": a circumstance between the inner cue and its quote', () => {
    const text =
      'Dana Morrow lost her brother in the flood. Governor Alan Pike spoke at the rally on Monday.\n\n' +
      '“It is hard, but as Dana Morrow said the other day, ‘What if everyone who struggled just gave up? That is not the world I want,’” Pike said.';
    assert.equal(speakerOf(text, 'What if everyone'), 'Dana Morrow');
  });
  test('"as Dana said, \'...\'": a first name alone is the one person the text names with it', () => {
    const text =
      'Dana Morrow lost her brother in the flood. Governor Alan Pike spoke at the rally on Monday.\n\n' +
      '“It is hard, but as Dana said, ‘What if everyone who struggled just gave up? That is not the world I want,’” Pike said.';
    assert.equal(speakerOf(text, 'What if everyone'), 'Dana Morrow');
  });
  test("\"he says, '...'\" inside a quote is the last man printed before it, not the quote's speaker", () => {
    const text =
      'The reporter Tom Hale spent a week with the mayor, Victor Stone.\n\n' +
      '“Aides to Stone say he likes the governor, Helen Marsh, but does not trust her,” wrote Tom Hale. ' +
      '“When I switch the recorder off, he says, ‘The minute you pick a side you lose your voice.’”';
    assert.equal(speakerOf(text, 'The minute you pick'), 'Victor Stone');
  });
  test('"He said, \'...\'" inside a quote whose speaker is unknown stays in that quote', () => {
    const text =
      'In an interview last week, Victor Stone described his meeting with the mayor, Tom Hale. ' +
      '“I said, ‘The harbour needs money now,’” he recalled. “He said, ‘Eight years and no progress on the harbour.’”';
    assert.equal(speakerOf(text, 'Eight years'), undefined);
  });
});
