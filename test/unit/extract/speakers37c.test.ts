import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a participle of saying set off right before a quote is its cue', () => {
  test('", tweeting, “...”" is the sentence subject\'s, not the last speaker\'s', () => {
    const text =
      'Harbour vote.\n\n"That is simply false," Ann Ruiz said.\n\n' +
      'Jack Ford, a former mayor, mocked the plan on Tuesday, tweeting, "Another tax hike for the docks."';
    assert.deepEqual(speakers(text), ['Ann Ruiz', 'Jack Ford']);
  });

  test("a clause of time before the participle names no one: the subject is the sentence's", () => {
    const text =
      'Harbour vote.\n\nTom Berg dodged the question at first and, when pressed by reporters, asserting, "Of course, I back the plan."';
    assert.deepEqual(speakers(text), ['Tom Berg']);
  });
});

describe('the words around a subject are not its name', () => {
  test('an adverb in "-ly" after the name opens the predicate', () => {
    const text = 'Harbour vote.\n\nAnn Roe sternly rebuked the board, saying that the audit was months late.';
    assert.deepEqual(speakers(text), ['Ann Roe']);
  });

  test('"Overall, the fund predicted": the word opening the sentence is no name', () => {
    const text =
      'Outlook cut.\n\nThe Northern Development Fund announced Monday that it is cutting its forecast. ' +
      'Overall, the fund predicted that exports will shrink 2 percent.';
    assert.deepEqual(speakers(text), ['Northern Development Fund', 'Northern Development Fund']);
  });
});

describe('"to his claim that": the claim is its owner\'s', () => {
  test('"Contrary to his claim that ..." is the man written about, not the word opening the sentence', () => {
    const text =
      'Levy row.\n\nTom Berg spoke on Monday. Contrary to his claim that the levy would fall, the rates rose again.';
    assert.deepEqual(speakers(text), ['Tom Berg']);
  });
});

describe("a description by another name's possessive is the person just written about", () => {
  test('"Hale\'s former budget director said" after a sentence about Mia Lund', () => {
    const text =
      'Lund urges Berg to resign.\n\nMia Lund on Monday called on Tom Berg to resign from the board for misleading the auditors.\n\n' +
      '"That was a disgrace," Hale\'s former budget director said in an interview.';
    assert.deepEqual(speakers(text).at(-1), 'Mia Lund');
  });

  test("not when the possessive is the person's own name", () => {
    const text =
      'Lund urges Berg to resign.\n\nMia Lund on Monday called on Tom Berg to resign from the board for misleading the auditors.\n\n' +
      '"That was a disgrace," Lund\'s former budget director said in an interview.';
    assert.notEqual(speakers(text).at(-1), 'Mia Lund');
  });
});
