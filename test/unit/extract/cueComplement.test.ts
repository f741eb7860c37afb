import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe("a statement that opens on its cue's complement", () => {
  test('"explained through a lawyer that": the clause after "that" is what was said', () => {
    assert.deepEqual(
      statements(
        'The builder Carl Moss explained through a lawyer that he had only wanted to see the site plans.',
      ),
      [{ text: 'he had only wanted to see the site plans', speaker: 'Carl Moss' }],
    );
    assert.deepEqual(
      statements(
        'Harbour master Dana Pruitt suggested over the winter that the ferry would stop running in March.',
      ),
      [{ text: 'the ferry would stop running in March', speaker: 'Dana Pruitt' }],
    );
  });

  test('"warned against", "described as", "wrote to X about": the complement alone reports nothing', () => {
    assert.deepEqual(
      statements(
        'At the rally, Mayor Ellen Ward warned against the “wild promises” of a rival slate, but kept her tone light.',
      ),
      [],
    );
    assert.deepEqual(
      statements(
        'A letter obtained by the Gazette shows the name of Oskar Lind, described as one of the region’s ‘‘boldest young investors,’’ among the guests at the gala.',
      ),
      [],
    );
    assert.deepEqual(
      statements('Nina Falk wrote to the council about the “endless delays” on the bridge repairs.'),
      [],
    );
  });

  test('a clause that opens on "as many as", and "described X as" with its X, are kept', () => {
    assert.deepEqual(
      statements('The fire chief Rosa Klein said as many as 40 families had left the valley.'),
      [{ text: 'as many as 40 families had left the valley', speaker: 'Rosa Klein' }],
    );
    assert.deepEqual(statements('The coach Ida Marsh described the match as “a lesson for all of us.”'), [
      { text: 'the match as “a lesson for all of us.”', speaker: 'Ida Marsh' },
    ]);
  });

  test('"announces who ...", "said which ...": an indirect question or free relative after the cue asserts nothing; a pseudo-cleft stays', () => {
    assert.deepEqual(statements('Each spring, the Harbour Club announces who it believes deserves the Golden Oar.'), []);
    assert.deepEqual(statements('Coach Ben Ortiz said which players would start on Sunday.'), []);
    assert.deepEqual(statements('Mayor Tim Rolf said what the town needs is a new bridge.'), [
      { text: 'what the town needs is a new bridge', speaker: 'Tim Rolf' },
    ]);
  });
});
