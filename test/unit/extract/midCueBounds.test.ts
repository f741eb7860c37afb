import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => m.text);

describe('what a mid-sentence cue reports', () => {
  test('circumstances alone before "X said, “...”" say nothing: the quote is what was said', () => {
    assert.deepEqual(statements('Rosa Ortiz runs the shelter. In March, as the crowd was leaving the hall in Dallas, Ms. Ortiz said, “We will be back next year.”'), []);
    assert.deepEqual(statements('Mayor Jane Roe spoke late. After the vote, while the results were still coming in, the mayor told reporters, “This is a good night for the city.”'), []);
    // Nor when the quote goes on in lower case: the quote is what was said.
    assert.deepEqual(statements("Jane Clark is a researcher. When the rule goes into effect, Dr. Clark added, ''it will at least feel like a real job.''"), []);
    // A main clause before the cue is reported, as before.
    assert.deepEqual(statements('Rosa Ortiz runs the shelter. In March, the shelter ran out of beds, Ms. Ortiz said, “and we had to turn families away.”'), ['In March, the shelter ran out of beds']);
  });

  test('narration ending on "when" before an interrupting cue is the writer\'s; the clause after the cue is reported', () => {
    assert.deepEqual(statements('Jane Roe has led the town since 2010. The mayor recalled the summers when, she said, the river was clean enough to swim in.'), ['the river was clean enough to swim in']);
    assert.deepEqual(statements('Rosa Ortiz grew up in Ohio. Ms. Ortiz described a town where, she said, nobody locked their doors at night.'), ['nobody locked their doors at night']);
  });

  test('a question put to the speaker ("and when asked whether ...") is not part of what they said before it', () => {
    assert.deepEqual(statements('Tom Hale sold the house in May. He said he had never met the buyer, and when asked whether he would sell the house again, he said, “Probably not.”'), ['he had never met the buyer']);
    assert.deepEqual(statements('Ann Lee spoke on Monday. The senator said the bill was dead, but when asked about the vote, she said, “We will see.”'), ['the bill was dead']);
    // A question between a subject and its verb leaves the report whole.
    assert.deepEqual(statements('Ted Cruz spoke on Monday. Mr. Cruz, when asked about the plan, responded that the plan would never pass the Senate.'), ['the plan would never pass the Senate']);
  });
});

describe('a clause interrupted by its cue before a verb in the past', () => {
  test('a noun phrase with its relative clause, the cue, then a past verb: one statement over the whole stretch', () => {
    assert.deepEqual(statements('Rosa Ortiz ran the clinic for ten years. But the winters that came next, she said, brought a steady rise in patients.'), [
      'But the winters that came next, she said, brought a steady rise in patients',
    ]);
    assert.deepEqual(statements('Tom Hale arrived at the lodge in June. The clerk who carried his bags, Mr. Hale recalled, asked him where he worked.'), [
      'The clerk who carried his bags, Mr. Hale recalled, asked him where he worked',
    ]);
  });

  test('an existential or anticipatory subject and its "that" clause after the cue: one statement', () => {
    assert.deepEqual(statements('The bank meets next week. But there is a chance, several analysts said, that the bank will raise its rates again.'), [
      'But there is a chance, several analysts said, that the bank will raise its rates again',
    ]);
  });

  test('a means after the cue ("perhaps by ...ing") goes on with the clause before it: one statement', () => {
    assert.deepEqual(statements('Ann Lee and Tom Hale wrote a book. The city might have kept its mills open, they argue, perhaps by lowering the tax on new machines.'), [
      'The city might have kept its mills open, they argue, perhaps by lowering the tax on new machines',
    ]);
    // The gerund may open a quoted fragment.
    assert.deepEqual(statements("Jim Roe wrote a memo. It opens with a bold claim. Editors are doing this, he says, by ''stubbornly clinging to the old ways.''"), [
      "Editors are doing this, he says, by ''stubbornly clinging to the old ways.''",
    ]);
  });

  test('"told" and its addressee set off mid-sentence interrupt the clause as a bare cue does: one statement', () => {
    assert.deepEqual(statements('The campaign is preparing for the debates. The person who plays the governor in the mock debates, two aides told reporters, has already been chosen.'), [
      'The person who plays the governor in the mock debates, two aides told reporters, has already been chosen',
    ]);
    // A relative told before an appositive is no aside: the clause after "that" is what was told.
    assert.deepEqual(statements('Tom Hale had a secret. Shortly before the game, Hale had told his sister, the team doctor Ann Hale, that he planned to retire.'), ['he planned to retire']);
  });

  test('a first part with a verb of its own stays a clause of its own', () => {
    const found = statements('Rosa Ortiz ran the clinic. The nurses who trained her left the city, she said, worried about their pay.');
    assert.ok(found.includes('The nurses who trained her left the city'));
    assert.ok(!found.some((s) => s.includes('she said')));
  });
});

describe('a quote interrupted by its cue', () => {
  test('"she elaborated" between the halves of a quote is their cue: both halves are hers', () => {
    const quotes = extractMentions('Ann Lee spoke to reporters on Thursday. “As far as I can tell,” she elaborated, “nobody ever doubted the courage of his unit.”')
      .mentions.filter((m) => m.kind === 'quote')
      .map((m) => [m.text, m.speaker]);
    assert.deepEqual(quotes, [
      ['As far as I can tell', 'Ann Lee'],
      ['nobody ever doubted the courage of his unit.', 'Ann Lee'],
    ]);
  });
});

describe('what a cue relays or sets off', () => {
  test('"X said at a press conference, according to the Sun" after a quote relays the cue; it reports no clause', () => {
    assert.deepEqual(statements('Martin O’Malley spoke. “Is it because it’s an election year?” O’Malley said at a press conference, according to the Las Vegas Sun.'), []);
  });

  test('a noun phrase with a relative clause after a mid cue is the writer\'s apposition', () => {
    assert.deepEqual(statements('Bernie Sanders spoke. Migrants from Central America would be considered a distinct group, Sanders said, a policy that could make it easier for them to stay.'), [
      'Migrants from Central America would be considered a distinct group',
    ]);
  });
});
