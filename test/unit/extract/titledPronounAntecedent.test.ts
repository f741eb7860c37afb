import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { genderReader } from '../../../extract/personGender.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('who "she" is after a woman printed only by title and surname', () => {
  test('"... the possibility that Mrs. Hale, if elected, might ... “...,” she said": Mrs. Hale, not the woman who spoke before', () => {
    assert.deepEqual(
      speakers(
        'Mary Hale leads the race for governor by three points. The polls have moved little since May. Ann Reyes, a law professor, studied the cases. “It is stunning,” Ms. Reyes said. Ms. Reyes noted that the court shapes a legacy for decades. A third seat would be a signature achievement. There is also the possibility that Mrs. Hale, if elected, might name the judge herself. “What a great idea,” she said in Ohio earlier this year.',
      ),
      ['Ann Reyes', 'Ann Reyes', 'Mary Hale'],
    );
    // "Mr." names a man for "he" in the same way.
    assert.deepEqual(
      speakers(
        'Paul Dorn leads the race for mayor by three points. The polls have moved little since May. Ken Ruiz, a professor, studied the budget. “It is stunning,” Mr. Ruiz said. Mr. Ruiz noted that the budget shapes a city for decades. A new stadium would be a big change. There is also the possibility that Mr. Dorn, if elected, might build it himself. “What a great idea,” he said in Tulsa earlier this year.',
      ),
      ['Ken Ruiz', 'Ken Ruiz', 'Paul Dorn'],
    );
  });
});

describe('first names that English news gives the other gender than the name lists do', () => {
  test('"Joan" is a woman\'s', () => {
    assert.equal(genderReader('')('Joan Hale'), 'female');
    assert.deepEqual(
      speakers(
        '“We will win,” said Tom Reed. Joan Hale, his rival, spoke next. “We will not give up,” she said.',
      ),
      ['Tom Reed', 'Joan Hale'],
    );
  });
});
