import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The quotes and statements of a text: the words and who said them, in order. */
const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => ({ words: text.slice(m.start, m.end), speaker: m.speaker }));

/** The speaker of the item whose words start with `opening`. */
const speakerOf = (text: string, opening: string) =>
  items(text).find((f) => f.words.startsWith(opening))?.speaker;

describe('"he" after a sentence whose object is a name with a role before it', () => {
  test('"Tom Barker met the union leader Ken Lindqvist. He said ..." is Tom Barker, the subject', () => {
    const text =
      'Tom Barker met the union leader Ken Lindqvist on Monday. He said the city could not afford a raise.';
    assert.equal(speakerOf(text, 'the city'), 'Tom Barker');
  });

  test('a verb with no article before the role ("hired campaign manager ...") is the subject\'s too', () => {
    const text = 'Ivo Brandt hired campaign manager Oskar Lund in March. He said the race would be close.';
    assert.equal(speakerOf(text, 'the race'), 'Ivo Brandt');
  });

  test('a role modifying the next name ("Norland senior adviser Oskar Lund said") still names that person', () => {
    const text = 'Norland senior communications adviser Oskar Lund said the merger was off.';
    assert.equal(speakerOf(text, 'the merger'), 'Oskar Lund');
  });
});

describe('a relative clause that answers the words before it', () => {
  test('"..., a prospect Lund denied" is no statement of Lund\'s', () => {
    const text =
      'Critics said the rules had been ignored. Others had raised concerns about Ray Lund leaking information, a prospect Lund denied earlier in the day.';
    assert.equal(speakerOf(text, 'Others had raised'), undefined);
  });

  test('"..., a claim Tom Hale denies" is no statement of Hale\'s, while "..., Tom Hale claims" is', () => {
    assert.equal(
      speakerOf('The mayor took bribes from the builders, a claim Tom Hale denies.', 'The mayor'),
      undefined,
    );
    assert.equal(
      speakerOf('The mayor took bribes from the builders, Tom Hale claims.', 'The mayor'),
      'Tom Hale',
    );
  });
});

describe('a title before a surname that a couple share', () => {
  test('"Mr. Vorn" is not "Ilsabet Vorn", the one full name printed, when the text prints "Ms. Vorn" too', () => {
    const text =
      'The confrontation between the parents, Zarko and Ilsabet Vorn, and the senator has become a flash point. ' +
      'Mr. Vorn, who had addressed the convention on Thursday, said the senator had shown disrespect to his wife. ' +
      'Ms. Vorn said she had not spoken because she was too upset.';
    assert.equal(speakerOf(text, 'the senator had'), 'Vorn');
  });
});

describe('"he wrote" after a document credited to its author', () => {
  test('"an affidavit written by Ken Brody ... . They “...,” he wrote" is Ken Brody, not the last man who spoke', () => {
    const text =
      'Governor Tom Hale defended his aide, Rick Moss, on Tuesday. “He did nothing wrong,” Hale said.\n\n' +
      'Lee did not reply to a request for comment. She resigned from the paper after it raised questions about whether Moss had grabbed her.\n\n' +
      'The charge against Moss is set out in an affidavit written by Ken Brody, a detective with the county police.\n\n' +
      'Beyond the video, the affidavit cited interviews with Lee and said that Brody had seen bruises on her arm. They “appeared to be finger marks,” he wrote.';
    assert.equal(speakerOf(text, 'They'), 'Ken Brody');
  });
});

describe('a sentence that opens on a titled surname in the possessive', () => {
  test('"Mr. Hale’s theatrical style is ... . He has ..., suggesting he might ..." is Tom Hale, not the last speaker', () => {
    const text =
      'President Tom Hale has threatened tariffs on Norland. “Uncertainty is weighing on investment,” said John Weller, president of the Federal Reserve Bank of Dover.\n\n' +
      'Mr. Hale’s theatrical style is not limited to Norland. He has injected similar drama into talks with other partners, publicly threatening them with tariffs and suggesting he might leave some partners behind.';
    assert.equal(speakerOf(text, 'he might'), 'Tom Hale');
  });
});
