import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { normalizeUnit } from '../../../dedupe/candidateKeys.ts';
import { decideMerge } from '../../../dedupe/decideMerge.ts';
import type { ClaimCandidate, MergeSubject } from '../../../dedupe/decideMerge.ts';
import { sameKindOfThing } from '../../../dedupe/sameKindOfThing.ts';
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
});

describe('figures of one value in one story', () => {
  const figure = (text: string, unit: string, entities: string[], storyId = 's1'): MergeSubject => ({
    kind: 'number',
    text,
    speakerKey: null,
    value: 3,
    unit,
    entities,
    storyId,
  });
  const claim = (text: string, unit: string, entities: string[], stories = ['s1']): ClaimCandidate => ({
    id: 'n1',
    kind: 'number',
    value: 3,
    unit,
    stories,
    variants: [{ text, speakerKey: null, entities, unit }],
  });

  test("units printed in two outlets' words join when WordNet makes them one kind; in two stories they do not", () => {
    const boats = claim('three boats', 'boats (intercepted)', ['Indian Navy', 'Gulf of Aden']);
    assert.deepEqual(
      decideMerge(figure('three skiffs', 'skiffs (intercepted)', ['INS Sukanya', 'Gulf of Aden']), [boats])
        .matches,
      ['n1'],
    );
    assert.deepEqual(
      decideMerge(figure('three skiffs', 'skiffs (intercepted)', ['INS Sukanya', 'Gulf of Aden'], 's2'), [
        boats,
      ]).matches,
      [],
    );
    assert.deepEqual(
      decideMerge(figure('three candidates', 'candidates', ['Gulf of Aden']), [
        claim('three people', 'people', ['Gulf of Aden']),
      ]).matches,
      [],
    );
  });

  test('the same thing counted joins whoever the sentences name first; another thing counted does not', () => {
    const counts = claim('two counts', 'counts (of aggravated assault)', ['MyFoxHouston.com']);
    assert.deepEqual(
      decideMerge(figure('two counts', 'counts (of aggravated assault)', ['Texas', 'Comeaux']), [counts])
        .matches,
      ['n1'],
    );
    assert.deepEqual(
      decideMerge(figure('two counts', 'counts (of murder)', ['Texas', 'Comeaux']), [counts]).matches,
      [],
    );
    // Without a thing counted on both sides, two subjects of their own still keep them apart.
    assert.deepEqual(decideMerge(figure('two counts', 'counts', ['Texas', 'Comeaux']), [counts]).matches, []);
  });

  test('"injured" and "arrested" stay apart even in one story and one sentence frame', () => {
    const injured = claim('40 people', 'people (injured)', ['Athens']);
    assert.deepEqual(
      decideMerge(figure('40 people', 'people (arrested)', ['Athens']), [injured]).matches,
      [],
    );
    assert.deepEqual(
      decideMerge(figure('40 persons', 'persons (hurt)', ['Greek police']), [injured]).matches,
      ['n1'],
    );
  });
});
