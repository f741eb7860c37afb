import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The text and speaker of a text's quotes and statements, in order. */
const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.text, m.speaker]);

const speakers = (text: string) => items(text).map(([, speaker]) => speaker);

describe('a pronoun is the subject of the sentence before, not the last name', () => {
  test('"A retired nurse ... woman, meanwhile, was fined ... “...,” she wrote": the unnamed woman the sentence opens on', () => {
    const text =
      'Governor Clara Voss condemned the posts in her Monday address.\n\nA 41-year-old Dunmore woman, meanwhile, was fined in May after she had posted threats online. “Get out now!” she wrote, arguing that the newcomers “will regret staying.”';
    assert.deepEqual(speakers(text).slice(0, 2), ['41-year-old Dunmore woman', '41-year-old Dunmore woman']);
  });

  test('the unnamed subject must agree: "A local man ... “...,” she said" stays with the woman named before', () => {
    const text =
      'Mayor Ines Albright visited the site on Friday. A local man, meanwhile, watched from the bridge. “We will rebuild this year,” she said.';
    assert.deepEqual(speakers(text), ['Ines Albright']);
  });

  test('a sentence that opens on a name keeps the rule as it was: "A neighbour watched. Tom Reyes ... “...,” he said"', () => {
    const text =
      'Tom Reyes spoke first. A woman in the crowd shouted at him. “I am staying until the end,” he said.';
    assert.deepEqual(speakers(text), ['Tom Reyes']);
  });

  test('a description with a name set beside it is that name: "One local woman, Ada Pruitt, stopped him. “...,” she said"', () => {
    const text =
      'Senator Lyle Banner spoke in the barn. One local woman, Ada Pruitt, stopped him at the door. “I am so glad you came back,” she said.';
    assert.deepEqual(speakers(text), ['Ada Pruitt']);
  });
});

describe('"As for Name, he said": the topic a sentence opens on', () => {
  test('the pronoun after "As for Name," and in the sentences after it is that person, not the last speaker', () => {
    const text =
      'Paul Ostrander won the northern counties. Rick Kamen warned against a contested convention. “That would be a disaster,” the Ohio governor said. As for Ostrander, he said he is not worried. “I think I will have the delegates,” he said, adding that nobody should fixate on a number.';
    assert.deepEqual(speakers(text).slice(-2), ['Paul Ostrander', 'Paul Ostrander']);
  });

  test('"As for Name, he said that ...": the clause after the pronoun\'s cue is that person\'s', () => {
    const text =
      'Paul Ostrander won the north. “That would be a disaster,” Rick Kamen said on Monday. As for Ostrander, he said that the race was far from over.';
    assert.deepEqual(items(text).slice(-1), [['the race was far from over', 'Paul Ostrander']]);
  });
});

describe("speech nested in a quote is the inner speaker's", () => {
  test('"“Name says he ...,” Other said": the clause after "Name says" is a statement of Name\'s', () => {
    const text =
      'Greta Lindqvist toured the shipyard on Monday, two days after Harold Brennan spoke there. “Harold Brennan says he built this town with his own hands,” Lindqvist said. “He did not.”';
    assert.deepEqual(items(text), [
      ['Harold Brennan says he built this town with his own hands', 'Greta Lindqvist'],
      ['he built this town with his own hands', 'Harold Brennan'],
      ['He did not.', 'Greta Lindqvist'],
    ]);
  });

  test('a pronoun or a description before the inner cue ("He says", "The mayor says") adds no item', () => {
    const text =
      'Greta Lindqvist toured the shipyard on Monday. “He says he built this town with his own hands,” Lindqvist said of Harold Brennan.';
    assert.equal(items(text).length, 1);
    const described =
      'Greta Lindqvist toured the shipyard on Monday. “The mayor says the yard will reopen in the spring,” Lindqvist said.';
    assert.equal(items(described).length, 1);
  });

  test('"Name says the things ..." (a noun phrase) and "Name said when he ..." report no clause of Name\'s', () => {
    const text =
      'Greta Lindqvist toured the shipyard, where Harold Brennan spoke. “Harold Brennan says the things people want to hear,” Lindqvist said.';
    assert.equal(items(text).length, 1);
    const when =
      'Greta Lindqvist toured the shipyard, where Harold Brennan spoke. “Harold Brennan said when he was asked about the yard, he said it was finished,” Lindqvist said.';
    assert.equal(items(when).length, 1);
    const that =
      'Greta Lindqvist toured the shipyard, where Harold Brennan spoke. “Harold Brennan says that the yard will never reopen,” Lindqvist said.';
    assert.deepEqual(items(that)[1], ['the yard will never reopen', 'Harold Brennan']);
  });

  test('a name the text never prints in full outside the quote names no inner speaker', () => {
    const text =
      'Greta Lindqvist toured the shipyard on Monday. “Everybody in Dunmore says the yard will reopen in the spring,” Lindqvist said.';
    assert.equal(items(text).length, 1);
  });
});

describe('a name inside the quoted words is not the speaker', () => {
  test('"From Name writing at Paper:" names the writer of the paragraphs quoted after it, not a person they name', () => {
    const text =
      'Post: Dana Whitlock Is No Different.\n\nFrom Ilse Garrity writing at The Harbour Times:\n\n"Rising to the top takes cunning, good hair and focus.\n\n"Or, if you are Dana Whitlock, all you need is one loud evening on television.\n\n"At the first debate, Whitlock staged a scene that drove the candidate off the stage.\n\n“You have insulted every voter in this room,” Whitlock charged.';
    assert.deepEqual(speakers(text), ['Ilse Garrity', 'Ilse Garrity', 'Ilse Garrity', 'Dana Whitlock']);
  });
});
