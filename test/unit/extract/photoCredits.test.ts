import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { isCreditLine } from '../../../extract/photoCredits.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a photo credit names nobody the story is about', () => {
  test('credit lines of every usual shape are credits; a caption or a sentence is not', () => {
    for (const line of [
      'Instagram/Mara Holm.',
      'AP Photo/Olle Pike',
      'Photo: Olle Pike/Reuters',
      'Olle Pike via Getty Images.',
      'Getty Images.',
      'Twitter.',
      '(OLLE PIKE/AFP/Getty Images.)',
    ]) {
      assert.equal(isCreditLine(line), true, line);
    }
    for (const line of ['Mara Holm, 41.', 'Mara Holm said the ferry was late.', 'Norland Ferries.'])
      assert.equal(isCreditLine(line), false, line);
  });

  test('"the company" after a platform\'s credit line is the firm that spoke, not the platform', () => {
    assert.deepEqual(
      speakers(
        'Ferry lost at sea.\n\nKestrel Shipping Lines said on Monday that a ferry had gone missing. Friends paid tribute on Instagram.\n\nMara Holm, 41.\n\nInstagram/Mara Holm.\n\nHolm had sailed as first mate for nine years. She had passed every check, the company said.',
      ),
      ['Kestrel Shipping Lines', 'Kestrel Shipping Lines'],
    );
  });

  test('a picture agency\'s name in a credit is no company "the company" may mean', () => {
    assert.deepEqual(
      speakers(
        'Ferry lost at sea.\n\nDocks at Eastport.\n\nOlle Pike via Getty Images.\n\nThe ferry left Eastport at noon. It had passed every check, the company said.',
      ),
      ['company'],
    );
  });

  test('a photographer credited in parentheses is no one "the agency" may mean', () => {
    assert.deepEqual(
      speakers(
        'Ferry lost at sea.\n\nRelatives wait at the pier in Eastport on Monday. (AP Photo/Olle Pike)\n\nThe ferry had passed every check, the agency said.',
      ),
      ['agency'],
    );
  });
});
