import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a role set off before the name it describes, as the subject of a sentence whose cue comes late', () => {
  test('"Acme’s regional director, Jane Roe, reached out ..., writing: “...”" is Jane Roe, not "Acme’s regional"', () => {
    assert.deepEqual(
      speakers(
        'In early May, Brightmill’s regional sales director, Tessa Lund, reached out to the mill, writing in a memo: “We need the figures by Friday.”',
      ),
      ['Tessa Lund'],
    );
    assert.deepEqual(
      speakers(
        'The regional director, Tessa Lund, wrote to the mill on Monday, saying: “We need the figures by Friday.”',
      ),
      ['Tessa Lund'],
    );
    // A cue before the name is inverted, its name the subject of the participle after it.
    assert.deepEqual(
      speakers(
        'Tessa Lund runs the mill. “We are behind,” said Ms. Lund, adding quietly that the figures ‘will come late.’',
      ),
      ['Tessa Lund', 'Tessa Lund'],
    );
  });
});
