import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('after an inverted cue, a possessive before people it owns names them, not the owner', () => {
  test('a plural group noun after the possessive is the speaker ("said Lowe’s supporters in Dayton")', () => {
    assert.deepEqual(
      speakers('“We will carry this county by ten points,” said Lowe’s supporters in Dayton.'),
      ['Lowe’s supporters'],
    );
  });

  test('a group WordNet files as one, printed plural ("say Smith\'s allies")', () => {
    assert.deepEqual(speakers("“This race is tightening,” say Smith's allies in the House."), [
      "Smith's allies",
    ]);
  });

  test('a role the name owns, with its modifiers ("said Grant\'s campaign manager")', () => {
    assert.deepEqual(speakers("“The count is not over,” said Grant's campaign manager."), [
      "Grant's campaign manager",
    ]);
  });

  test('a role before a name is still that name\'s ("said Clinton\'s top foreign policy aide Jake Sullivan")', () => {
    assert.deepEqual(speakers("“We are ready,” said Clinton's top foreign policy aide Jake Sullivan."), [
      'Jake Sullivan',
    ]);
  });
});

describe('"Doctor" before a first name and surname is a title, no part of the name', () => {
  test('"Doctor Ann Lowe said" is Ann Lowe', () => {
    assert.deepEqual(speakers('“I could not have asked for a better part,” Doctor Ann Lowe said.'), [
      'Ann Lowe',
    ]);
  });
});

describe('a role printed in the plural before two names is held by both', () => {
  test('"the host" is the one of "hosts X and Y" the sentence before names', () => {
    const text =
      'Gov. Ann Lowe spoke on Tuesday with Morning Radio hosts Dan Carver and Lisa Moore about the budget.\n\n' +
      'Lowe said she had not seen the bill, something Carver knew well. “I told her she was wrong about the bridge, and she still is,” the host said.';
    assert.deepEqual(speakers(text), ['Ann Lowe', 'Dan Carver']);
  });

  test('the second-named host when the sentence before names her', () => {
    const text =
      'Senator Amy Rios joined Breakfast Hour hosts Tom Hale and Jane Pike on Monday.\n\n' +
      '“You will never get that bill through,” Pike told her. “I think you are dreaming,” the host said.';
    assert.deepEqual(speakers(text), ['Jane Pike', 'Jane Pike']);
  });

  test('neither named just before: the description stays as printed', () => {
    const text =
      'Senator Amy Rios joined Breakfast Hour hosts Tom Hale and Jane Pike on Monday.\n\n“I think you are dreaming,” the host said.';
    assert.deepEqual(speakers(text), ['host']);
  });
});

describe('a writing from a described sender is the person the next sentence names as its writer', () => {
  test('"according to an email from the president of X ... In his email, Name told"', () => {
    const text =
      'The union will not endorse anyone this spring, according to an email from the president of the Teachers Federation obtained by the Ledger.\n\n' +
      'In his email, Mark Dalton told members of the board that no vote would be held.';
    assert.deepEqual(speakers(text), ['Mark Dalton', 'Mark Dalton']);
  });

  test('"a letter from the chief executive ... In her letter, Name told"', () => {
    const text =
      'The plant will close in June, according to a letter from the chief executive of Brightwell.\n\n' +
      'In her letter, Jane Holt told workers that the decision was final.';
    assert.deepEqual(speakers(text), ['Jane Holt', 'Jane Holt']);
  });

  test("a next sentence that does not name the letter's writer leaves the first as it was", () => {
    const text =
      'The plant will close in June, according to a letter from the chief executive of Brightwell.\n\n' +
      'Jane Holt told workers that the decision was final.';
    assert.notEqual(speakers(text)[0], 'Jane Holt');
  });
});

describe("a name right before a pronoun cue set off by commas is the interrupted clause's subject, not the speaker", () => {
  test('"and Ms. Ortiz, she said, “...”" is the other woman\'s', () => {
    const text =
      '“He has no plan,” Ann Lane said on Monday. “He will sell you the river,” Rosa Ortiz said. It was a sharp pairing, ' +
      'as Ms. Lane echoed the attack, saying Mr. Dole “cannot be trusted” and Ms. Ortiz, she said, “exposes him for what he is.”';
    assert.equal(speakers(text).at(-1), 'Ann Lane');
  });

  test('a name in a fronted phrase is no such subject ("Of the attacks on Ann Lane, she said")', () => {
    const text = '“He has no plan,” Ms. Lane said. Of the attacks on Ann Lane, she said, “They are unfair.”';
    assert.equal(speakers(text).at(-1), 'Ann Lane');
  });
});

describe('the pronoun of a main clause after a fronted "When ..." clause is that clause\'s subject', () => {
  test('"When Norland President Ivo Brandt first announced ..., he said" is Brandt, not the last speaker', () => {
    const text =
      '“We thank the government for its help,” said Mark Pell.\n\n' +
      'When Norland President Ivo Brandt first announced the exchange last week, he said the prisoners would not return to the front.';
    assert.equal(speakers(text).at(-1), 'Ivo Brandt');
  });

  test('a clause opening on no name ("When asked about Ivo Brandt, he said") leaves the pronoun as it was', () => {
    const text =
      '“We thank the government for its help,” said Mark Pell.\n\n' +
      'When asked about Ivo Brandt last week, he said the prisoners would not return to the front.';
    assert.equal(speakers(text).at(-1), 'Mark Pell');
  });
});

describe('"of" inside a capitalised title after an inverted cue goes on to the name', () => {
  test('"said Secretary of State Mark Pell" is Mark Pell', () => {
    assert.deepEqual(speakers('“We thank the government for its help,” said Secretary of State Mark Pell.'), [
      'Mark Pell',
    ]);
  });
});
