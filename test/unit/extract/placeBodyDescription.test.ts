import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of a text's last quote or statement. */
const lastSpeaker = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker)
    .pop();

describe('a place\'s body printed by the kind of place ("the city’s police")', () => {
  test('is the body the text printed before with the place’s name, not the last organisation or a person near it', () => {
    assert.equal(
      lastSpeaker(
        'Police chief Tom Reyes said officers were ready. Port Amber police have sealed off a campus on Monday. Meanwhile police arrived. China said it is committed to the treaty granting Port Amber autonomy, while the city’s police deny accusations of brutality and say they show utmost restraint. Britain urged calm.',
      ),
      'Port Amber police',
    );
    // "The" before the name is left out.
    assert.equal(
      lastSpeaker(
        'The Lakeland army moved north on Friday. China said it backs the truce, while the country’s army denies the reports and says it lost no men.',
      ),
      'Lakeland army',
    );
  });

  test('a single capitalised word opening a sentence is no place’s name', () => {
    assert.equal(
      lastSpeaker(
        'Meanwhile police arrived. China said it backs the truce, while the city’s police deny the reports and say they used no force.',
      ),
      'city’s police',
    );
  });
});
