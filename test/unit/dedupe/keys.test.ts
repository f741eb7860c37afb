import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clauseEndKeys, figureKeys, quoteKeys, speakerWordKeys, textKeys } from '../../../dedupe/candidateKeys.ts';
import { contentFingerprint } from '../../../dedupe/contentFingerprint.ts';
import { normalizeText, tokenize } from '../../../dedupe/normalizeText.ts';
import { roleBodyWords, speakerKey } from '../../../dedupe/speakerKey.ts';

describe('normalizeText', () => {
  test('removes typography, case and punctuation but keeps apostrophes in words, decimals and thousands', () => {
    assert.equal(normalizeText('“We’ll go,” she said — at 3.5% of 5,000.'), "we'll go she said at 3.5% of 5000");
    assert.equal(normalizeText("'Trying to isolate,'"), 'trying to isolate');
  });
});

describe('tokenize', () => {
  test('a contraction printed apart is joined, and one of a single reading written out', () => {
    assert.deepEqual(tokenize("I 'm sorry, we do n't know"), tokenize('I am sorry, we do not know'));
    assert.deepEqual(tokenize("We've won't they're we'll"), ['we', 'have', 'will', 'not', 'they', 'are', 'we', 'will']);
    assert.deepEqual(tokenize("it 's the mayor 's car"), ["it's", 'the', "mayor's", 'car'], "'s is kept: is, has or a possessive");
    assert.deepEqual(tokenize("'so what' he said"), ['so', 'what', 'he', 'said']);
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

  test('a run of function words only is not a key, a run with a word of substance is', () => {
    const stock = tokenize('but this is about the');
    assert.deepEqual(quoteKeys(stock), quoteKeys(stock).slice(0, 1), 'only the whole-quote key');
    // Ten function words in a row: winnowing over all shingles would give the two a key in common.
    const a = quoteKeys(tokenize('Odesa: this is about what we have to do for the port'));
    const b = quoteKeys(tokenize('Kyiv: this is about what we have to do for the grain'));
    assert.deepEqual(a.filter((k) => b.includes(k)), [], 'a shared stock phrase makes no candidate');
    const part = quoteKeys(tokenize('what we have to do for the port'));
    assert.ok(part.some((k) => a.includes(k)), 'a shared run with a word of substance still does');
  });

  test('a statement carrying part of a quote shares a key with the quote', () => {
    const quote = quoteKeys(tokenize('Trying to isolate over 100 million users from private and secure communication is a backwards step'));
    const statement = quoteKeys(
      tokenize('Russia’s efforts to isolate its users from “private and secure communication is a backwards step”'),
    );
    assert.ok(statement.some((k) => quote.includes(k)));
  });
});

describe('speakerWordKeys', () => {
  const FLOODS = tokenize('The floods are a reminder that drivers need to take extreme care on rural roads');
  const REWORDED = tokenize('they come as a reminder that drivers needed to take extreme care on all rural roads');

  test('one speaker\'s statement reworded a little shares several keys with it, whatever runs of words they share', () => {
    const shared = speakerWordKeys(FLOODS, 'gaskin').filter((k) => speakerWordKeys(REWORDED, 'gaskin').includes(k));
    assert.ok(shared.length >= 3, `shared ${shared.length}`);
  });

  test('another speaker, or none, shares none; figures are no key words', () => {
    assert.deepEqual(speakerWordKeys(FLOODS, 'gaskin').filter((k) => speakerWordKeys(FLOODS, 'moffat').includes(k)), []);
    assert.deepEqual(speakerWordKeys(FLOODS, ''), []);
    assert.equal(speakerWordKeys(tokenize('12000 flights 2024 cancelled'), 'air').length, 2);
  });
});

describe('textKeys', () => {
  test("a body's statement and its spokesman's rewording meet through the words of the spokesman's role", () => {
    const ministry = 'the ministry will reopen every rural clinic before the winter storms arrive';
    const spokesman = 'every rural clinic would be reopened by the ministry before winter storms come';
    const shared = (a: number[], b: number[]) => a.filter((k) => b.includes(k));
    const bodies = roleBodyWords('Health Ministry spokesman', 'ivo marek');
    assert.ok(shared(textKeys(ministry, 'ministry'), textKeys(spokesman, 'marek', bodies)).length >= 3);
    assert.deepEqual(shared(textKeys(ministry, 'ministry'), textKeys(spokesman, 'marek')), [], 'without the role they never meet');
    assert.deepEqual(shared(textKeys(ministry, 'ministry'), textKeys(spokesman, 'marek', roleBodyWords('Harbour Board spokesman', 'ivo marek'))), []);
  });
});

describe('clauseEndKeys', () => {
  const shared = (a: number[], b: number[]) => a.filter((k) => b.includes(k));
  const whole = 'The harbour plan has merit, but the money is thin. So I am simply not fully convinced yet. We will talk again.';

  test("a short stretch a statement quotes meets one speaker's whole quote that ends a clause on it, where winnowed runs need not", () => {
    const statement = 'she was “not fully convinced yet” about backing the harbour plan, which goes to a vote in March';
    assert.equal(shared(clauseEndKeys(statement, 'marek'), clauseEndKeys(whole, 'marek')).length, 1);
    assert.ok(clauseEndKeys(statement, 'marek').every((k) => textKeys(statement, 'marek').includes(k)), 'a text is keyed so');
    assert.deepEqual(shared(quoteKeys(tokenize(statement)), quoteKeys(tokenize(whole))), [], 'four words share no winnowed run');
    // Another speaker's words, and a part that stops inside a clause, are not keyed alike.
    assert.deepEqual(shared(clauseEndKeys(statement, 'marek'), clauseEndKeys(whole, 'olsen')), []);
    assert.deepEqual(shared(clauseEndKeys('she was “simply not fully convinced” of it', 'marek'), clauseEndKeys(whole, 'marek')), []);
  });

  test('a clause end of function words only, and a text without a speaker, have no such key', () => {
    assert.deepEqual(clauseEndKeys('and that is what it was about.', 'marek'), []);
    assert.deepEqual(clauseEndKeys(whole, ''), []);
  });
});

describe('figureKeys', () => {
  const shared = (a: number[], b: number[]) => a.filter((k) => b.includes(k));

  test('ignore wording and plural, and tell values apart', () => {
    assert.deepEqual(figureKeys(100_000_000, 'users', ['whatsapp']), figureKeys(100_000_000, 'User', ['whatsapp']));
    assert.deepEqual(figureKeys(100_000_000, 'users', []), [], 'a figure of no one joins no one: no keys');
    const of100 = figureKeys(100_000_000, 'users', ['whatsapp']);
    const of10 = figureKeys(10_000_000, 'users', ['whatsapp']);
    // Rival values of one subject share the subject's key, and only that one, so they meet as candidates.
    assert.equal(shared(of100, of10).length, 1);
    assert.deepEqual(shared(figureKeys(10_000_000, 'users', ['telegram']), of10), []);
  });

  test('one value of two subjects shares no key; a short and a full name of one subject do', () => {
    assert.deepEqual(shared(figureKeys(100, 'users', ['whatsapp']), figureKeys(100, 'users', ['telegram'])), []);
    const full = figureKeys(100, 'users', ['dmitry peskov']);
    const short = figureKeys(100, 'users', ['peskov']);
    assert.equal(shared(full, short).length, 2, 'the value key and the subject key of "peskov"');
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
