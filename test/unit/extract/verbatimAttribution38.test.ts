/**
 * Issue 16 item 1 (verbatim repeats join), branch verb38: attribution errors that kept labelled verbatim copies apart,
 * each a class in invented wording. An appositive holding an age printed with spaced hyphens, as tokenised copy prints
 * it ("Ada Lind, a 40 - year - old nurse from ..., said"); a sentence after a quote on what someone "insisted on",
 * which is a demand of its own, not the quote's attribution; and a full name with a middle initial opening a
 * sentence ("Paul K. Marden said"), whose first name is no role.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const said = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.text, m.speaker]);

describe('verbatim copies: attributions read as tokenised copy and books print them', () => {
  test('an appositive with a spaced-hyphen age before the cue names the speaker, and the quote after continues hers', () => {
    assert.deepEqual(
      said(
        '"The dam is holding, " said Omar Reyes, the head of the water board. He said two roads were shut. "I heard the river roar all night, "Ada Lind, a 40 - year - old nurse from the lower valley, said on Sunday. "Our street is under a metre of water. "',
      ),
      [
        ['The dam is holding', 'Omar Reyes'],
        ['two roads were shut', 'Omar Reyes'],
        ['I heard the river roar all night', 'Ada Lind'],
        ['Our street is under a metre of water.', 'Ada Lind'],
      ],
    );
  });

  test('"X had insisted on staying unnamed" after a quote ending its sentence does not attribute the quote', () => {
    assert.deepEqual(
      said(
        '"I was stunned," Vera Holm wrote in her memoir. "The note was a clever screen for him. He had started the audit himself." Karl Brandt had insisted on staying unnamed.',
      ),
      [
        ['I was stunned', 'Vera Holm'],
        ['The note was a clever screen for him. He had started the audit himself.', 'Vera Holm'],
      ],
    );
  });

  test('"insisted on Monday" after a quote is still its attribution', () => {
    assert.deepEqual(said('"The note was a clever screen for him." Karl Brandt insisted on Monday.'), [
      ['The note was a clever screen for him.', 'Karl Brandt'],
    ]);
  });

  test('a first name before a middle initial opening a sentence is part of the name, not a role', () => {
    const mentions = extractMentions(
      'Paul K. Marden said many things could explain the fire. Mr. Marden added: “Under the circumstances, it looks like an accident.”',
    ).mentions.filter((m) => m.kind !== 'number');
    assert.deepEqual(
      mentions.map((m) => [m.speaker, m.role]),
      [
        ['Paul K. Marden', null],
        ['Paul K. Marden', null],
      ],
    );
  });
});
