import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { genderReader, pronounGender } from '../../../extract/personGender.ts';

const speakers = (text: string) => extractMentions(text).mentions.filter((m) => m.kind !== 'number').map((m) => [m.text, m.speaker]);

describe('the gender of a person the article names', () => {
  test('a title in the name, then a gendered role word, then the first name', () => {
    const genderOf = genderReader('');
    assert.equal(genderOf('Mrs. Okafor'), 'female');
    assert.equal(genderOf('Mr Peskov'), 'male');
    assert.equal(genderOf('Kim Lee', 'government spokeswoman'), 'female');
    assert.equal(genderOf('Hillary Clinton'), 'female');
    assert.equal(genderOf('Peter Lynch', 'Public Defender'), 'male');
  });

  test('a title printed with the surname elsewhere tells; both titles, or nothing, leave it unknown', () => {
    assert.equal(genderReader('Later Mrs. Abedini left the court.')('Zahra Abedini'), 'female');
    assert.equal(genderReader('Mr. Okonkwo and Mrs. Okonkwo arrived.')('Xq Okonkwo'), null);
    assert.equal(genderReader('Nothing here.')('Xq Okonkwo'), null);
    assert.equal(genderReader('')('Corvane Air'), null);
  });

  test('only gendered pronouns have a gender', () => {
    assert.equal(pronounGender('she'), 'female');
    assert.equal(pronounGender('He'), 'male');
    assert.equal(pronounGender('она'), 'female');
    assert.equal(pronounGender('they'), null);
    assert.equal(pronounGender('the mayor'), null);
  });
});

describe('"she said" is the last person the text does not show to be a man', () => {
  test('a woman named before a man who spoke last', () => {
    const found = speakers('Mayor Jane Doe opened the bridge on Monday. Council member Robert Miles said it was two years late. "It is finished and it is safe," she said.');
    assert.deepEqual(found, [['it was two years late', 'Robert Miles'], ['It is finished and it is safe', 'Jane Doe']]);
  });

  test('a woman known only by her title', () => {
    const found = speakers('Council member Robert Miles said it was two years late. Mrs. Okafor, who lives by the bridge, was not convinced. "It is finished but it is not safe," she said.');
    assert.deepEqual(found.at(-1), ['It is finished but it is not safe', 'Okafor']);
  });

  test('no one who could be "she": no speaker rather than the man', () => {
    const found = speakers('Council member Robert Miles said it was two years late. "It is finished and it is safe," she said.');
    assert.deepEqual(found.at(-1), ['It is finished and it is safe', null]);
  });

  test('a person whose gender nothing tells is not "she" when the last person is a man', () => {
    const found = speakers('Xq Okonkwo opened the bridge. Council member Robert Miles said it was two years late. "It is finished and it is safe," she said.');
    assert.deepEqual(found.at(-1), ['It is finished and it is safe', null]);
  });

  test('an unknown first name does not stop "he" from meaning the last person', () => {
    const found = speakers('Xq Okonkwo said the line was late. "We are working on it," he said.');
    assert.deepEqual(found.at(-1), ['We are working on it', 'Xq Okonkwo']);
  });
});

describe('a first name the lists take for a man, taken up with "she"', () => {
  test('is the woman "she said" points at', () => {
    const text =
      '“We argue a lot, and we do not always agree,” said Marty Oyelaran, chair of the Tarnby parents’ council.\n\n' +
      'Oyelaran takes a gentler line on the ferry. She said the money would be better spent on the schools.\n\n' +
      '“They are trying to close the harbour school without asking anyone,” she said.';
    assert.deepEqual(speakers(text).at(-1), ['They are trying to close the harbour school without asking anyone', 'Marty Oyelaran']);
  });

  test('a surname two people share, or one printed after a title, passes no gender to the others', () => {
    assert.equal(genderReader('Marty Oyelaran and Ada Oyelaran spoke. Oyelaran takes a gentler line. She said it was late.')('Marty Oyelaran'), 'male');
    assert.equal(genderReader('Marty Oyelaran spoke. Mrs. Oyelaran takes a gentler line. She said it was late.')('Marty Oyelaran'), 'male');
  });

  test('a sentence that names someone else by a gendered word tells nothing', () => {
    const reader = genderReader('Marty Oyelaran spoke. Oyelaran and his sister walked home. She said it was late.');
    assert.equal(reader('Marty Oyelaran'), 'male');
  });
});
