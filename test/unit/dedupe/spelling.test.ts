import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { americanSpelling } from '../../../dedupe/spelling.ts';
import { compareTexts } from '../../../dedupe/compareTexts.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

describe('americanSpelling', () => {
  test('a British spelling, inflected or derived, is read as the American one', () => {
    const pairs: Array<[string, string]> = [
      ['colours', 'colors'],
      ['neighbourhood', 'neighborhood'],
      ['organised', 'organized'],
      ['organisation', 'organization'],
      ['analyse', 'analyze'],
      ['centred', 'centered'],
      ['theatre', 'theater'],
      ['defence', 'defense'],
      ['catalogue', 'catalog'],
      ['travelled', 'traveled'],
      ['judgement', 'judgment'],
      ['programmes', 'programs'],
      ['jewellery', 'jewelry'],
      ['tyres', 'tires'],
    ];
    for (const [british, american] of pairs) assert.equal(americanSpelling(british), american, british);
  });

  test('a word that only looks British stays: WordNet must know both spellings in one sense', () => {
    for (const word of ['tour', 'four', 'hour', 'rise', 'promised', 'exercise', 'filled', 'called', 'science', 'acre', 'israel']) {
      assert.equal(americanSpelling(word), word);
    }
  });

  test('function words, names in capitals and short words are left alone', () => {
    for (const word of ['enough', 'through', 'Colour', 'our']) assert.equal(americanSpelling(word), word);
  });

  test('two printings in their own house spelling are the same words', () => {
    const a = tokenize('Four men rammed their car into an upmarket jewellery store in the city centre');
    const b = tokenize('Four men rammed their car into an upmarket jewelry store in the city center');
    assert.equal(compareTexts(a, b, { threshold: 0.8, minRun: 8 }).relation, 'same');
  });
});
