import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { normalizeUnit } from '../../../dedupe/candidateKeys.ts';
import { isKindOfPerson, kindsOfOneThing, sameKindOfThing } from '../../../dedupe/sameKindOfThing.ts';
import { closeWordnet } from '../../../wordnet.ts';

after(closeWordnet);

describe('kindsOfOneThing (WordNet)', () => {
  test('two kinds a step or two below one kind are two things', () => {
    assert.equal(kindsOfOneThing('rifle', 'shotgun'), true);
    assert.equal(kindsOfOneThing('pistol', 'rifle'), true);
    assert.equal(kindsOfOneThing('car', 'truck'), true);
    assert.equal(kindsOfOneThing('son', 'daughter'), true);
    assert.equal(kindsOfOneThing('wife', 'husband'), true);
  });

  test('one word, one sense, a kind and what it is a kind of, unrelated words or words WordNet lacks are not', () => {
    assert.equal(kindsOfOneThing('rifle', 'rifle'), false);
    assert.equal(kindsOfOneThing('store', 'shop'), false);
    assert.equal(kindsOfOneThing('shotgun', 'weapon'), false);
    assert.equal(kindsOfOneThing('hospital', 'clinic'), false);
    assert.equal(kindsOfOneThing('blast', 'explosion'), false);
    assert.equal(kindsOfOneThing('suspect', 'victim'), false, 'kinds only as general as person');
    assert.equal(kindsOfOneThing('suspect', 'person'), false, 'a kind of the other, however general');
    assert.equal(kindsOfOneThing('zorblat', 'boat'), false);
  });
});

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
