import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a quote with no cue after a statement of another speaker', () => {
  test('the statement in a sentence of its own between the quote before and this one gives the speaker', () => {
    const text =
      'The panel met on Friday. “We need more nurses on every ward,” said Ann Reyes.\n\n' +
      'Tomas Blakeley distanced himself from the panel by saying he would back the mayor if she asked. “I am going to support her, and gladly, because I think she can do the job.”';
    assert.deepEqual(speakers(text), ['Ann Reyes', 'Tomas Blakeley', 'Tomas Blakeley']);
  });

  test('a statement in the sentence of the quote before ("she said, adding that ...") leaves the quote with that speaker', () => {
    const text =
      'The panel met on Friday. Ann Reyes spoke first. “We need more nurses,” she said, adding that Leo Varga was right about the wards. “They are tired.”';
    assert.deepEqual(speakers(text), ['Ann Reyes', 'Ann Reyes', 'Ann Reyes']);
  });
});

describe('"by saying" reports the words of the main subject', () => {
  test('"X did something by saying (that) ..." is X\'s statement', () => {
    assert.deepEqual(
      speakers(
        'The hearing ran late. Governor Lina Marsh ended the session by saying that the budget was final.',
      ),
      ['Lina Marsh'],
    );
  });

  test("not the fronted clause's subject, nor after a colon or an opening subordinator, nor in a headline's capitals", () => {
    assert.deepEqual(
      speakers(
        'The hearing ran late. Although Okafor is no candidate, Lina Marsh took aim at him by suggesting he was short of money.',
      ),
      ['Lina Marsh'],
    );
    assert.deepEqual(
      speakers(
        'The hearing ran late. That angers the donors twice over: by suggesting that the vote was wrong and by ignoring them.',
      ),
      [],
    );
    assert.deepEqual(
      speakers(
        'The hearing ran late. When Lina Marsh attacks the press by suggesting the count is rigged, her allies wince.',
      ),
      [],
    );
    assert.deepEqual(
      speakers('Senator Responds To Question About Taxes By Saying We Need Fewer Lawyers'),
      [],
    );
  });
});

describe('openers and cues', () => {
  test('"And then X promised that ...": two discourse words opening the sentence are no part of the subject', () => {
    assert.deepEqual(
      speakers(
        'The rally went on. Ann Reyes spoke for an hour. And then Reyes promised that she would stay in the race.',
      ),
      ['Ann Reyes'],
    );
    assert.deepEqual(
      speakers('The rally went on. Ann Reyes spoke for an hour. But now Reyes says the race is over.'),
      ['Ann Reyes'],
    );
  });

  test('"“...,” she said to cheers": after a personal pronoun, "said to" goes on to what greeted the words', () => {
    const text =
      'Maria Delgado spoke at the rally in Tampa. “The senator has fought for our jobs, and he has won,” she said to loud cheers.';
    assert.deepEqual(speakers(text), ['Maria Delgado']);
    assert.deepEqual(
      speakers('Maria Delgado spoke in Tampa. “We will win this,” she said to rousing applause.'),
      ['Maria Delgado'],
    );
  });
});

describe('shares of those polled', () => {
  test('"52 percent of registered voters say": a participle after "of" describes the voters, it is no verb', () => {
    assert.deepEqual(
      speakers(
        'The survey was taken in June. Some 61 percent of surveyed parents say the school day is too short.',
      ),
      ['some 61 percent of surveyed parents'],
    );
    assert.deepEqual(
      speakers('The survey was taken in June. Half of Republican registered voters say the tax is unfair.'),
      ['Half of Republican registered voters'],
    );
  });

  test('"still" between a subject and its cue is no part of the subject', () => {
    assert.deepEqual(
      speakers(
        'The survey was taken in June. But 18 percent of parents still say they know too little about the plan.',
      ),
      ['18 percent of parents'],
    );
  });
});
