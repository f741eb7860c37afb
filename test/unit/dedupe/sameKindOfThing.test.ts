import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { normalizeUnit } from '../../../dedupe/candidateKeys.ts';
import { isKindOfPerson, sameKindOfThing } from '../../../dedupe/sameKindOfThing.ts';
import { closeWordnet } from '../../../wordnet.ts';

after(closeWordnet);

describe('sameKindOfThing (WordNet)', () => {
  test('a unit and a kind of it, or two words of one sense, name one kind of thing', () => {
    assert.equal(sameKindOfThing('skiff', 'boat'), true);
    assert.equal(sameKindOfThing('weapon', 'rifle'), true);
    assert.equal(sameKindOfThing('house', 'home'), true);
    assert.equal(sameKindOfThing('union', 'organization'), true);
    assert.equal(sameKindOfThing('employee', 'worker'), true);
  });

  test('two kinds under one general kind, a kind as general as "person", or a word WordNet lacks do not', () => {
    assert.equal(sameKindOfThing('state', 'country'), false);
    assert.equal(sameKindOfThing('candidate', 'person'), false);
    assert.equal(sameKindOfThing('man', 'candidate'), false);
    assert.equal(sameKindOfThing('year', 'month'), false);
    assert.equal(sameKindOfThing('zorblat', 'boat'), false);
    assert.equal(sameKindOfThing('zorblat', 'zorblat'), true);
  });

  test('"people" is the plural of "person", a court\'s counts are its charges, "km" is kilometres', () => {
    assert.equal(normalizeUnit('people'), normalizeUnit('persons'));
    assert.equal(normalizeUnit('counts'), normalizeUnit('charges'));
    assert.equal(normalizeUnit('km'), normalizeUnit('kilometres'));
  });

  test('a worker, a refugee or a resident is a kind of person; a state, a boat and "person" itself are not', () => {
    assert.equal(isKindOfPerson('worker'), true);
    assert.equal(isKindOfPerson('refugee'), true);
    assert.equal(isKindOfPerson('resident'), true);
    assert.equal(isKindOfPerson('state'), false);
    assert.equal(isKindOfPerson('boat'), false);
    assert.equal(isKindOfPerson('person'), false);
  });
});
