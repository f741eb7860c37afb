import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a pronoun cue after a quotation that a colon introduces', () => {
  test('"Name stressed the need for ...: “...,” she said": the pronoun is the subject of the clause before the colon, not the last speaker', () => {
    assert.deepEqual(
      speakers(
        'The gala honoured two writers, Mara Quell and Tobias Wren. “We are proud of both,” said Ruth Ambler, who chairs the jury. On stage, Quell stressed the value of patience, stubbornness and luck: “Write the book and when it is done, write it again,” she said. Later Wren thanked his publisher.',
      ),
      ['Ruth Ambler', 'Mara Quell'],
    );
    // A subject opening the sentence, set off by an appositive, and another cue verb.
    assert.deepEqual(
      speakers(
        'Farmers met the minister on Friday. “The talks went well,” Jonas Pike said. Tom Osei, who leads the union, listed its demands: “We want fair prices and we want them this year,” he told reporters.',
      ),
      ['Jonas Pike', 'Tom Osei'],
    );
  });
});
