import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { findQuoteSpans } from '../../../extract/findQuoteSpans.ts';

/** The quotes and statements of a text, each as its words and its speaker. */
const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [text.slice(m.start, m.end), m.speaker]);

describe('a long quote whose paragraphs copy ran into one line with straight marks', () => {
  test('a straight mark printed against the capital after a sentence end opens the next paragraph of the quote', () => {
    const text =
      'A county spokeswoman said tonight: "Crews were called to the old mill at 9pm. ' +
      '"The blaze spread quickly through the roof, which has partly collapsed. ' +
      "\"About a dozen engines remain at the scene and nobody is thought to be hurt. '' The road stays shut.";
    assert.deepEqual(items(text), [
      ['Crews were called to the old mill at 9pm.', 'county spokeswoman'],
      ['The blaze spread quickly through the roof, which has partly collapsed.', 'county spokeswoman'],
      ['About a dozen engines remain at the scene and nobody is thought to be hurt.', 'county spokeswoman'],
    ]);
  });

  test("a mark before a title that a later opener starts stays the closer: the words after it are the writer's", () => {
    const text =
      'He said: "She is the last of the great singers. "Early Years Mara Quill was born in 1931 in Leeds. ' +
      "At school she was voted \"The Likeliest to Succeed. '' She left at 16.";
    const spans = findQuoteSpans(text).map((s) => s.text);
    assert.deepEqual(spans, ['She is the last of the great singers.', 'The Likeliest to Succeed.']);
  });
});

describe('a quote ending its sentence, then a sentence whose cue reports a clause of its own', () => {
  test('the name in that sentence does not speak the quote: it goes on with the speaker before', () => {
    const text =
      'Ms. Dana Holt condemned the attack, saying the town had "lost its way" . "Our town has reached the edge. ' +
      'It is up to all of us to step back. "What matters now is to keep the peace in the streets. " Mayor Ann Rowe said the ' +
      'attack was a "cowardly act" . Trains were halted.';
    const quotes = extractMentions(text).mentions.filter((m) => m.kind === 'quote');
    assert.deepEqual(
      quotes.map((m) => [m.text, m.speaker]),
      [
        ['Our town has reached the edge. It is up to all of us to step back.', 'Dana Holt'],
        ['What matters now is to keep the peace in the streets.', 'Dana Holt'],
      ],
    );
  });

  test('a cue with no clause of its own after the quote still speaks it', () => {
    const text =
      'Trains were halted. “We will rebuild the station.” Mayor Ann Rowe said on Monday. Crews began work.';
    assert.deepEqual(items(text), [['We will rebuild the station.', 'Ann Rowe']]);
  });
});

describe('a subject described by a relative clause with no comma before its cue', () => {
  test('the noun before "who" speaks ("The guard who opened the gate says ...")', () => {
    assert.deepEqual(items('The guard who opened the gate says he saw nobody leave the yard.'), [
      ['he saw nobody leave the yard', 'guard'],
    ]);
    assert.deepEqual(
      items('Some parents who attended the meeting said that the plan would close two schools.'),
      [['the plan would close two schools', 'some parents']],
    );
  });

  test('an appositive set off by commas keeps its name, and a possessive owner is no subject', () => {
    assert.deepEqual(
      items(
        'Gov. Ann Roe of Ohio, a Republican who has refused to endorse Mr. Lee, said the family deserved better.',
      ),
      [['the family deserved better', 'Ann Roe']],
    );
    assert.deepEqual(
      items("Friends of Mr. Lee's who have seen him recently say that his energy has grown."),
      [],
    );
  });
});
