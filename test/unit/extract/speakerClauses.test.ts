import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('speakers set off by a clause of their own', () => {
  test('"“...,” Name, who has led the city, said": the relative clause after the name is no clause before the cue', () => {
    assert.deepEqual(speakers('The council met.\n\n“We are going to fix the roads this year,” Paula Grantham, who has led the city since 2010, said at the time.'), ['Paula Grantham']);
    assert.deepEqual(speakers('The council met.\n\n“The vote was never close,” Warrender, who has not endorsed anyone, told reporters in Leeds.'), ['Warrender']);
    // A clause of its own before the comma is still no subject.
    assert.deepEqual(speakers('The council met.\n\n“Crime is rare here, and it was rare then,” police say.'), ['police']);
  });
});
