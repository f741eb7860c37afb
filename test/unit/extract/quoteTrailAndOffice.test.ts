import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a quote whose sentence runs on after it into a participle cue', () => {
  test('"X said in a statement, “...” at the news, adding that ..." is X\'s quote, not nobody\'s', () => {
    const text =
      'The two aid workers were freed on Monday after months in captivity.\n\n' +
      'Foreign Minister Jane Corrow said in a statement, “We are deeply grateful and relieved” at the workers’ return, adding that their families had asked for privacy.';
    assert.deepEqual(speakers(text), ['Jane Corrow', 'Jane Corrow']);
  });

  test('nor the speaker of the quote before', () => {
    const text =
      'Mayor Tom Bell said, “We will rebuild the bridge.”\n\n' +
      'Senator Ann Pike said: “We are deeply grateful” for the funds, adding that more help was coming.';
    assert.deepEqual(speakers(text), ['Tom Bell', 'Ann Pike']);
  });

  test('a named subject between the quote and the participle still speaks', () => {
    const text =
      'The vote was close. “We are deeply grateful,” Ann Pike, the councillor, said, adding that the work could start in May.';
    assert.equal(speakers(text)[0], 'Ann Pike');
  });
});

describe('"His office said": the office of the one person printed in its sentence or the one before', () => {
  test('a person printed in the sentence before, not as a speaker, owns the office, not the last organisation', () => {
    const text =
      'Organisers said more than 10,000 teachers came to the rally. Reporters did not see Governor Tom Lind at the Capitol. His office said he was attending a conference in Ohio.';
    assert.deepEqual(speakers(text), ['Organisers', "Tom Lind's office"]);
  });

  test('"her campaign" in the sentence that prints its owner', () => {
    const text =
      'Campaign aides said the rally drew 2,000 people. Senator Ann Pike spent heavily in December, and her campaign said she ended the year with $3 million in cash.';
    assert.deepEqual(speakers(text).slice(-1), ["Ann Pike's campaign"]);
  });

  test('"his team" after a sentence that names only its owner, not the last person quoted', () => {
    const text =
      '“He can still win the state,” said Paul Grady, a former governor. Aides to Tom Lind point out that he came second twice. Now his team is suggesting that the race has narrowed to two candidates.';
    assert.deepEqual(speakers(text).slice(-1), ["Tom Lind's team"]);
  });

  test('no owner when two people are printed there, or only one of the other gender', () => {
    const two =
      'Organisers said more than 10,000 teachers came to the rally. Reporters saw neither Tom Lind nor Paul Grady at the Capitol. His office said he was in Ohio.';
    assert.notEqual(speakers(two).at(-1), "Tom Lind's office");
    const other =
      'Organisers said more than 10,000 teachers came to the rally. Reporters did not see Senator Ann Pike at the Capitol. His office said he was in Ohio.';
    assert.notEqual(speakers(other).at(-1), "Ann Pike's office");
  });
});

describe('a description of officials "in" a place printed with its country\'s possessive', () => {
  test('"Health officials in Norland’s Far Coast have confirmed that ..." is the description, not a person "Far Coast"', () => {
    const text =
      'Health officials in Norland’s Far Coast have confirmed that a second case of the fever has been found near the port.';
    assert.deepEqual(speakers(text), ['health officials in Norland’s Far Coast']);
  });

  test('an employer’s possessive before a name after no preposition still names the person', () => {
    const text = 'The update was late. Brightwell’s Tom Reyes said that a second patch would follow in May.';
    assert.deepEqual(speakers(text), ['Tom Reyes']);
  });
});
