import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** Each statement of a text with its speaker, in order. */
const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a sentence that ends on ", Name said." after speech it relays', () => {
  test('"Several neighbours told deputies that ..., Sheriff Mara Holt said.": the whole sentence is the sheriff\'s, and stops before her cue', () => {
    assert.deepEqual(
      statements(
        'The barn burned for three hours on Sunday. Several neighbours told deputies that the smoke was visible from the highway before dawn, Sheriff Mara Holt said.',
      ),
      [['Several neighbours told deputies that the smoke was visible from the highway before dawn', 'Mara Holt']],
    );
  });
});
