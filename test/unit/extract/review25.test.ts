import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The statements and quotes of a text: words, speaker and the attribution as printed. */
const spoken = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => ({ text: m.text, speaker: m.speaker, raw: m.speakerRaw }));

describe('review25: misfires of the recent speaker and statement rules', () => {
  test('"sent members an email saying that ...": the sender speaks, the recipient and the email are no part of the speaker', () => {
    assert.deepEqual(
      spoken(
        'The dockers’ union sent members an email saying that the strike at the port would go ahead on Monday.',
      ),
      [
        {
          text: 'the strike at the port would go ahead on Monday',
          speaker: 'dockers’ union',
          raw: 'The dockers’ union',
        },
      ],
    );
  });

  test('"the Bank of Norland and the Treasury said ...": joint bodies are named by the first, whole', () => {
    assert.deepEqual(
      spoken(
        'The Bank of Norland and the Treasury said the economy had narrowly avoided a recession this year.',
      ),
      [
        {
          text: 'the economy had narrowly avoided a recession this year',
          speaker: 'Bank of Norland',
          raw: 'The Bank of Norland and the Treasury',
        },
      ],
    );
  });

  test('"said Secretary of the Interior Dana Holt": the title runs on over "of the" to the holder, who speaks', () => {
    assert.deepEqual(spoken('“The parks will stay open,” said Secretary of the Interior Dana Holt.'), [
      { text: 'The parks will stay open', speaker: 'Dana Holt', raw: 'Secretary of the Interior Dana Holt' },
    ]);
  });

  test('"Minister of Coastal Affairs Tomas Berg said ...": the body after the title is no part of the holder’s name', () => {
    assert.deepEqual(
      spoken('Minister of Coastal Affairs Tomas Berg said the sea wall would be finished by the spring.'),
      [
        {
          text: 'the sea wall would be finished by the spring',
          speaker: 'Tomas Berg',
          raw: 'Minister of Coastal Affairs Tomas Berg',
        },
      ],
    );
  });

  test('"said Harbor United’s director of football Sam Hart": a role with its field after "of" before a name is the name’s role', () => {
    assert.deepEqual(
      spoken('“We were unlucky,” said Harbor United’s director of football Sam Hart after the match.'),
      [
        {
          text: 'We were unlucky',
          speaker: 'Sam Hart',
          raw: 'Harbor United’s director of football Sam Hart',
        },
      ],
    );
  });
});
