import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The quotes and statements of a text: the words and who said them, in order. */
const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => ({ words: text.slice(m.start, m.end), speaker: m.speaker }));

describe('a first name in "-ed" within a participle cue\'s subject', () => {
  test('"Sen. Fred Olmo was also critical, telling ...: “...”" is Fred Olmo, not "Coastal hopeful Sen."', () => {
    const found = items(
      'Coastal hopeful Sen. Fred Olmo was also critical of the tariff, telling the Herald: “The tariff will hurt every port town.”',
    );
    assert.deepEqual(
      found.map((f) => f.speaker),
      ['Fred Olmo'],
    );
  });
});

describe('"X said ..., according to Y": Y only relays what X said', () => {
  test("the statement is the named speaker's, the clause after the cue without the source", () => {
    const found = items(
      'Mayor Dana Whitlock said she would have closed the pier if the storm had reached the bay, according to local reports.',
    );
    assert.deepEqual(found, [
      { words: 'she would have closed the pier if the storm had reached the bay', speaker: 'Dana Whitlock' },
    ]);
  });

  test('a source after a clause with no cue of its own is still the speaker', () => {
    const found = items(
      'The pier would have closed if the storm had reached the bay, according to local reports.',
    );
    assert.deepEqual(
      found.map((f) => f.speaker),
      ['local reports'],
    );
    // "All told" is no cue, and a count is no named subject.
    for (const text of [
      'All told, the two harbours spent more than a year on repairs to the old pier, according to the county’s audit.',
      'Nearly two in three say they would rather fish from the pier than from boats, according to the county’s survey.',
    ]) {
      assert.deepEqual(
        items(text)
          .filter((f) => f.words.split(' ').length > 4)
          .map((f) => f.speaker),
        ['county’s audit', 'county’s survey'].filter((s) => text.includes(s.replace('county’s ', ''))),
      );
    }
  });
});

describe('"the man" or "the woman" after an unnamed person the text introduced', () => {
  test('a speaker with a "who asked not to be named" clause, then "the man said"', () => {
    const found = items(
      'Another worshipper who asked not to be named said he had heard the gunman talk of revenge. “I think it was a hate crime,” the man said.',
    );
    assert.equal(found.length, 2);
    assert.match(found[0]?.speaker ?? '', /^another worshipper$/i);
    assert.equal(found[1]?.speaker, found[0]?.speaker);
  });

  test('two relative clauses joined by "and", and a capitalised noun after "Another"', () => {
    const found = items(
      'Another Lutheran who prays at the chapel and who did not want to be named said he had heard the gunman talk of revenge. “I think it was a hate crime,” the man said.',
    );
    assert.deepEqual(
      found.map((f) => f.speaker),
      ['Another Lutheran', 'Another Lutheran'],
    );
  });

  test('an unnamed subject after a fronted phrase, whose noun tells no gender', () => {
    const found = items(
      'At a bakery near the square, a young cashier was shaken by the talk she has heard. “One man came in and shouted at us,” said the woman, who did not want to be named.',
    );
    assert.deepEqual(
      found.map((f) => f.speaker),
      ['young cashier'],
    );
  });

  test('not a description of the other gender', () => {
    const found = items(
      'An elderly man who asked not to be named said he had seen the fire. “It spread so fast,” the woman said.',
    );
    assert.equal(found[1]?.speaker, 'woman');
  });
});

describe('the person a cleft puts in focus, and a hyphenated role before a name', () => {
  test('"it was Tom Harlan who ..." is whom "he" and a public figure\'s description next mean', () => {
    assert.deepEqual(
      items('As usual, it was Tom Harlan who drew most of the attention. “I am ready,” he said.').map(
        (f) => f.speaker,
      ),
      ['Tom Harlan'],
    );
    assert.deepEqual(
      items(
        'As usual, it was Tom Harlan who drew most of the attention. Appearing on a Sunday show, the GOP front-runner said the governor had caused real harm in office.',
      ).map((f) => f.speaker),
      ['Tom Harlan'],
    );
  });

  test('"Whig presidential front-runner Tom Harlan defended ...": the subject is the name, not "Whig"', () => {
    const found = items(
      'Whig presidential front-runner Tom Harlan defended his aide on Tuesday. The Whig convention opened in May. Whig delegates met in June. “He is a decent man,” he said.',
    );
    assert.deepEqual(
      found.map((f) => f.speaker),
      ['Tom Harlan'],
    );
  });
});
