import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { figureKeys, quoteKeys } from '../../../dedupe/candidateKeys.ts';
import { contentFingerprint } from '../../../dedupe/contentFingerprint.ts';
import { findRepeatedBlocks, isInside } from '../../../dedupe/findRepeatedBlocks.ts';
import { normalizeText, tokenize } from '../../../dedupe/normalizeText.ts';
import { speakerKey } from '../../../dedupe/speakerKey.ts';

describe('normalizeText', () => {
  test('removes typography, case and punctuation but keeps apostrophes in words, decimals and thousands', () => {
    assert.equal(normalizeText('“We’ll go,” she said — at 3.5% of 5,000.'), "we'll go she said at 3.5% of 5000");
    assert.equal(normalizeText("'Trying to isolate,'"), 'trying to isolate');
  });
});

describe('quoteKeys', () => {
  test('a run of seven or more shared words always shares a key', () => {
    const long = tokenize(
      'a question of fulfilling the legislation if the corporation sticks to an uncompromising position then there is no chance',
    );
    for (let start = 0; start + 7 <= long.length; start++) {
      const part = long.slice(start, start + 7);
      const shared = quoteKeys(part).filter((k) => quoteKeys(long).includes(k));
      assert.ok(shared.length > 0, `no shared key for "${part.join(' ')}"`);
    }
  });

  test('unrelated quotes share no key', () => {
    const a = quoteKeys(tokenize('Max is an accessible alternative, a developing messenger, a national messenger'));
    const b = quoteKeys(tokenize('We continue to do everything we can to keep users connected'));
    assert.deepEqual(a.filter((k) => b.includes(k)), []);
  });

  test('figure keys ignore wording and plural', () => {
    assert.deepEqual(figureKeys(100_000_000, 'users'), figureKeys(100_000_000, 'User'));
    assert.notDeepEqual(figureKeys(100_000_000, 'users'), figureKeys(10_000_000, 'users'));
    // Rival values of one subject share the subject's key (and only that one), so they meet as candidates.
    const [, ...subjectOf100] = figureKeys(100_000_000, 'users', ['whatsapp']);
    const [, ...subjectOf10] = figureKeys(10_000_000, 'users', ['whatsapp']);
    assert.deepEqual(subjectOf100, subjectOf10);
    assert.notDeepEqual(figureKeys(10_000_000, 'users', ['telegram']).slice(1), subjectOf10);
  });
});

describe('findRepeatedBlocks', () => {
  test('finds paragraphs that repeat earlier ones, not short ones', () => {
    const para = 'Roskomnadzor, the state communications regulator, did not immediately respond.';
    const text = `${para}\nReuters\nSomething else entirely happened on Thursday in Moscow.\n${para}\nReuters`;
    const ranges = findRepeatedBlocks(text);
    assert.equal(ranges.length, 1);
    assert.equal(text.slice(ranges[0]!.start, ranges[0]!.end), para);
    assert.ok(isInside(ranges, text.lastIndexOf(para) + 5));
    assert.ok(!isInside(ranges, 5));
  });
});

describe('fingerprints and speaker keys', () => {
  test('the same text up to typography has one fingerprint', () => {
    assert.equal(contentFingerprint('“Hello,” he said.'), contentFingerprint('"Hello," he  said'));
    assert.notEqual(contentFingerprint('Hello'), contentFingerprint('Goodbye'));
  });

  test('titles and possessives are not part of a speaker', () => {
    assert.equal(speakerKey('Mr. Peskov'), 'peskov');
    assert.equal(speakerKey('Dmitry Peskov'), 'dmitry peskov');
    assert.equal(speakerKey("WhatsApp's"), 'whatsapp');
  });
});
