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

describe('a relation printed with a possessive pronoun', () => {
  test('"his childhood friend told" is not the "his friend Name" printed of another man', () => {
    const text =
      'Tomas Berg was flying home to Oslo. “He loved the sea more than anyone,” his friend Eirik Sand told the local paper.\n\n' +
      'Piet Vos was the ferry’s second engineer. He had “dreamed of ships since he was a boy,” his childhood friend told the ' +
      'Harbour Courier.';
    assert.equal(speakerOf(text, 'He loved'), 'Eirik Sand');
    assert.notEqual(speakerOf(text, 'He had'), 'Eirik Sand');
  });

  test('"her friend said" is not the "his friend Name" of a man', () => {
    const text =
      'Tomas Berg was flying home to Oslo. “He loved the sea more than anyone,” his friend Eirik Sand told the local paper.\n\n' +
      'Lena Moe, a teacher from Bergen, was also on board, her friend said.';
    assert.notEqual(speakerOf(text, 'Lena Moe'), 'Eirik Sand');
  });

  test('"his friend said" after "his friend Name" printed with the same words is that friend', () => {
    const text =
      'Tomas Berg was flying home to Oslo. “He loved the sea more than anyone,” his friend Eirik Sand told the local paper. ' +
      'Berg had planned to retire in the spring, his friend said.';
    assert.equal(speakerOf(text, 'Berg had planned'), 'Eirik Sand');
  });
});

describe('a role set off after a name whose closing comma is missing', () => {
  test('"When Name, Owner’s campaign manager was asked ..., he said" is the name', () => {
    const text =
      'Questions are growing about when Governor Ada Pell will meet the press again. When Ronan Hale, Pell’s campaign ' +
      'manager was asked at a breakfast whether she would hold one soon, he smiled and said, “Maybe in the spring.”';
    assert.equal(speakerOf(text, 'Maybe in the spring'), 'Ronan Hale');
  });
});

describe('"Name’s response was:" before a quote', () => {
  test('the quote is the owner’s, not "Name’s response"', () => {
    const text =
      'An aide wrote to the minister about the flooding in March. Ada Pell’s response was: “Has the bakery on Dock Street reopened?” ' +
      'The bakery had been closed for a week.';
    assert.equal(speakerOf(text, 'Has the bakery'), 'Ada Pell');
  });
  test('"Monday’s statement was:" names a day, no speaker', () => {
    const text = 'The council met again. Monday’s statement was: “The ferry will run all winter.”';
    assert.notEqual(speakerOf(text, 'The ferry will'), 'Monday');
  });
});

describe('the head of a body described anew', () => {
  test('"said the Coast Guard chief" after a sentence whose subject, an admiral, declared something', () => {
    const text =
      'The Coast Guard had been criticised for boarding the trawler. Admiral Ronan Hale had declared that his crews had ' +
      'acted within the law. “We followed every rule of the sea,” said the Coast Guard chief.';
    assert.equal(speakerOf(text, 'We followed'), 'Ronan Hale');
  });
});

describe('"the person" or "the source" after an unnamed source', () => {
  test('"Another aide close to the senator said, ... the person added" is that aide', () => {
    const text =
      'Senator Ada Pell may change how she deals with her colleagues.\n\nAnother aide close to the senator said, “She ' +
      'will reach out more.” At the same time, the person added, “the old fights cost her a great deal of support.”';
    assert.equal(speakerOf(text, 'the old fights'), 'another aide close to the senator');
  });

  test('"the source said" after a second source was brought in is not the first source', () => {
    const text =
      'The ferry contracts have not been published.\n\n“The harbour office signed most of them,” said one source who asked ' +
      'not to be named. Asked to confirm it, a second source close to the inquiry did so, with a caveat: “The office was ' +
      'not alone in this,” the source said.';
    assert.equal(speakerOf(text, 'The harbour office'), 'one source');
    assert.notEqual(speakerOf(text, 'The office was'), 'one source');
  });
});

describe('"they" after a count of people whose names a dash sets off', () => {
  test('"three engineers -- A at X, B at Y and C at Z -- found ... “...,” they wrote" is A, the first-named', () => {
    const text =
      'The bridge report came out on Monday. In a recent survey, three engineers -- Ann Lee at Harbour University, Tom Roe ' +
      'at the Port Trust and Ivo Brandt at Marlow College -- raised doubts about the old piers. “These piers will not last ' +
      'another winter,” they wrote.';
    assert.equal(speakerOf(text, 'These piers'), 'Ann Lee');
  });
});

describe('"they" after a pronoun joined to people of theirs', () => {
  test('"She and her backers argue that ... They note that ..." is the person "she" means', () => {
    const text =
      'Mayor Ada Pell has asked for the harbour files to be released, even the ones the Port Trust now says are secret. ' +
      'She and her backers argue that most of the files hold nothing new. They note that the ferry timetables were ' +
      'printed in the local paper years ago.';
    assert.equal(speakerOf(text, 'the ferry timetables'), 'Ada Pell');
  });
});
