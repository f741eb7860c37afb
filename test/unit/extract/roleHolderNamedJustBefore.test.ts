import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of a text's last quote or statement. */
const lastSpeaker = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker)
    .pop();

describe('a role several people were printed with ("the governor" of two governors)', () => {
  test('is the one of them the sentence before names, when it names no other', () => {
    assert.equal(
      lastSpeaker(
        'Democratic Gov. Alma Torvik and lawmakers met on Monday. Nearby, Oregon Gov. Peter Hask, who lost his race, attacked nurses. Nurses did not see Torvik at the capitol. Torvik’s aides had planned a trip to Boston for the summit. The governor said he was waiting for a panel to report on wages by next spring.',
      ),
      'Alma Torvik',
    );
  });

  test('stays the description when the sentence before names two of them, or none', () => {
    assert.equal(
      lastSpeaker(
        'Democratic Gov. Alma Torvik and lawmakers met on Monday. Nearby, Oregon Gov. Peter Hask, who lost his race, attacked nurses. Torvik and Hask did not meet at the summit. The governor said he was waiting for a panel to report on wages by next spring.',
      ),
      'governor',
    );
    assert.equal(
      lastSpeaker(
        'Democratic Gov. Alma Torvik and lawmakers met on Monday. Nearby, Oregon Gov. Peter Hask, who lost his race, attacked nurses. The nurses marched to the capitol in the rain. They sang for an hour. The governor said he was waiting for a panel to report on wages by next spring.',
      ),
      'governor',
    );
  });
});

describe('a place and an elected office after a sentence about a named person ("the Ohio senator")', () => {
  test('describes that person anew', () => {
    assert.equal(
      lastSpeaker(
        'Two months after endorsing Wendell Parr, Cora Lindqvist still thinks that the nominee is unfit to lead. “I stand by all I said in the primary,” the Ohio senator told a radio host on Friday.',
      ),
      'Cora Lindqvist',
    );
  });

  test('not when the text brought in someone new by it', () => {
    assert.equal(
      lastSpeaker(
        'Cora Lindqvist met an Ohio senator at the fair. Lindqvist still thinks that the nominee is unfit to lead. “I stand by all I said in the primary,” the Ohio senator told a radio host on Friday.',
      ),
      'Ohio senator',
    );
  });
});

describe('an adverb opening a sentence before a surname ("Maybe Trump is ...")', () => {
  test('is no first name of the person who speaks later', () => {
    assert.equal(
      lastSpeaker(
        'The senator’s critics are wrong. Maybe Vollmer is a better candidate than the polls suggest. To wit, Vollmer told a radio host that the race was far from over.',
      ),
      'Vollmer',
    );
  });
});

describe('"His office said" after a sentence that prints a place\'s building ("the Statehouse")', () => {
  test('is the office of the person that sentence names, not of a name-shaped building', () => {
    assert.equal(
      lastSpeaker(
        'Gov. Eric Sandvik met lawmakers in the Georgia Statehouse last week. Nurses rallied for pay on Monday. Nurses didn’t see Sandvik at the Statehouse on Tuesday. His office said he was travelling to a conference in Miami.',
      ),
      "Eric Sandvik's office",
    );
  });
});
