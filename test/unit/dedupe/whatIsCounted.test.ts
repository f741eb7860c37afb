import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideMerge } from '../../../dedupe/decideMerge.ts';
import type { ClaimCandidate, MergeSubject } from '../../../dedupe/decideMerge.ts';
import { measureOf, yearOfUnit } from '../../../dedupe/candidateKeys.ts';
import { compatibleCounts, countedWords, sameCount } from '../../../dedupe/whatIsCounted.ts';
import { figures, joins } from './figureJoins.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';

const counted = (text: string, unit: string) => countedWords(text, unit);

describe('what a figure counts', () => {
  test('the words before its unit and its measure, not its amount or qualifier', () => {
    assert.deepEqual([...counted('two murder charges', 'charges')], ['murder']);
    assert.deepEqual([...counted('more than 100 million Russian users', 'users')], ['russian']);
    assert.deepEqual([...counted('nearly $1 billion', 'USD')], []);
    assert.ok(
      sameCount(counted('two counts', 'counts (of murder)'), counted('two murder charges', 'charges')),
    );
  });

  test('an ordinal in digits is its word ("12th-grade" / "twelfth-grade"); a larger one keeps its digits', () => {
    assert.ok(sameCount(counted('four 12th-grade pupils', 'pupils'), counted('four twelfth-grade pupils', 'pupils')));
    assert.ok(!compatibleCounts(counted('four 11th-grade pupils', 'pupils'), counted('four twelfth-grade pupils', 'pupils')));
    assert.deepEqual([...counted('two 43rd-floor offices', 'offices')], ['43rd', 'floor']);
    // A number glued to its scale or unit is no word of what is counted.
    assert.ok(sameCount(counted('a $5bn takeover', 'dollars'), counted('a $5 billion takeover', 'dollars')));
    assert.ok(sameCount(counted('a 10km stretch', 'km'), counted('a 10 km stretch', 'km')));
  });

  test('one says no more than the other, or they count two things', () => {
    assert.ok(
      compatibleCounts(counted('three boats', 'boats (intercepted)'), counted('three boats', 'boats')),
    );
    assert.ok(
      compatibleCounts(
        counted('two largest unions', 'unions'),
        counted('two largest union organizations', 'organizations'),
      ),
    );
    assert.ok(
      !compatibleCounts(
        counted('five merchant vessels', 'vessels'),
        counted('five suspicious boats', 'boats'),
      ),
    );
    assert.ok(
      !compatibleCounts(
        counted('1,237 delegates', 'delegates (needed)'),
        counted('1,237 outstanding delegates', 'delegates'),
      ),
    );
  });
});

describe('figures merge by what they count', () => {
  const figure = (text: string, unit: string, entities: string[], storyId = 's1'): MergeSubject => ({
    kind: 'number',
    text,
    speakerKey: null,
    value: 2,
    unit,
    entities,
    storyId,
  });
  const claim = (text: string, unit: string, entities: string[], stories = ['s1']): ClaimCandidate => ({
    id: 'n1',
    kind: 'number',
    value: 2,
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

  test('a count of people and of a kind of person join in one story when both say what befell them', () => {
    const people = claim('four people', 'people (killed)', ['Marlow Quarry']);
    assert.deepEqual(decideMerge(figure('four workers', 'workers (killed)', ['Marlow Quarry']), [people]).matches, ['n1']);
    assert.deepEqual(
      decideMerge(figure('four workers', 'workers (killed)', ['Marlow Quarry'], 's2'), [people]).matches,
      [],
    );
    // Another measure, or none on one side, is another count ("four workers rescued", the story's four candidates).
    assert.deepEqual(decideMerge(figure('four workers', 'workers (rescued)', ['Marlow Quarry']), [people]).matches, []);
    assert.deepEqual(
      decideMerge(figure('four candidates', 'candidates', ['Marlow Quarry']), [
        claim('four people', 'people', ['Marlow Quarry']),
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

  test('"two counts of murder" and "two murder charges" in one story join; a kidnapping charge does not', () => {
    const counts = claim('two counts', 'counts (of murder)', ['Gary Gomes', 'New Bedford']);
    assert.deepEqual(
      decideMerge(figure('two murder charges', 'charges', ['Gomes', 'New Bedford District Court']), [counts])
        .matches,
      ['n1'],
    );
    assert.deepEqual(
      decideMerge(figure('two kidnapping charges', 'charges', ['Gomes', 'New Bedford District Court']), [
        counts,
      ]).matches,
      [],
    );
  });

  test('units of one kind in other words join only when they say the same of what they count', () => {
    const vessels = claim('five vessels', 'vessels', ['IRTC']);
    const five = (text: string, unit: string) => ({ ...figure(text, unit, ['IRTC']), value: 5 });
    const bare = { ...vessels, value: 5 };
    assert.deepEqual(decideMerge(five('five merchant vessels', 'vessels'), [bare]).matches, ['n1']);
    assert.deepEqual(decideMerge(five('five suspicious boats', 'boats (sighted)'), [bare]).matches, []);
    assert.deepEqual(decideMerge(five('five boats', 'boats'), [bare]).matches, ['n1']);
  });

  test('in one story, a printing that says what it counts and one that does not join only on one named subject', () => {
    // "40 residents evacuated" and a bare "40 residents" of one story: the bare one could be those rehoused.
    const evacuated = claim('40 residents', 'residents (evacuated)', ['Corven Valley']);
    assert.deepEqual(decideMerge(figure('40 residents', 'residents', []), [evacuated]).matches, []);
    assert.deepEqual(
      decideMerge(figure('40 residents', 'residents', ['Corven Valley', 'Ostby']), [evacuated]).matches,
      ['n1'],
    );
    // Both bare, or both saying the same: the story is context enough, as before.
    assert.deepEqual(
      decideMerge(figure('40 residents', 'residents', []), [claim('40 residents', 'residents', [])]).matches,
      ['n1'],
    );
  });

  test('"three times" counts occasions: it is no kind of "three minutes" or "three days", whatever WordNet shares', () => {
    assert.deepEqual(decideMerge(figure('three times', 'times', []), [claim('three minutes', 'minutes', [])]).matches, []);
    assert.deepEqual(decideMerge(figure('three times', 'times', []), [claim('three days', 'days', [])]).matches, []);
    assert.deepEqual(decideMerge(figure('three times', 'times', []), [claim('three times', 'times', [])]).matches, ['n1']);
  });

  test('a bare printing does not bridge two counts of one unit in one story', () => {
    const injured = { ...claim('12 people', 'people (injured)', ['Brenmoor']), id: 'n1' };
    const detained = { ...claim('12 people', 'people (detained)', ['Brenmoor']), id: 'n2' };
    assert.deepEqual(decideMerge(figure('12 people', 'people', []), [injured, detained]).matches, []);
    assert.deepEqual(decideMerge(figure('12 people', 'people', ['Brenmoor']), [injured, detained]).matches, [
      'n1',
      'n2',
    ]);
  });

  test('the ones at a place in a series are what a figure counts: the first two and the next two stay apart', () => {
    const [next] = extractMentions(
      'Both clubs now turn to the next two fixtures, away at Harlow and at home to Penfield.',
    ).mentions.filter((m) => m.kind === 'number');
    const [first] = extractMentions(
      'The Harlow manager said his side had drawn the first two fixtures at home.',
    ).mentions.filter((m) => m.kind === 'number');
    assert.deepEqual([next?.unit, first?.unit], ['fixtures (next)', 'fixtures (first)']);
    const asClaim = (m: typeof next) => ({
      ...claim(m?.text ?? '', m?.unit ?? '', [...(m?.entities ?? [])]),
    });
    const asFigure = (m: typeof next) => figure(m?.text ?? '', m?.unit ?? '', [...(m?.entities ?? [])]);
    assert.deepEqual(decideMerge(asFigure(first), [asClaim(next)]).matches, []);
    // "the last two" and "two previous" name one place in the series.
    assert.ok(
      sameCount(counted('two champions', 'champions (last)'), counted('two previous champions', 'champions')),
    );
    assert.ok(
      !compatibleCounts(
        counted('two opening fixtures', 'fixtures'),
        counted('two fixtures', 'fixtures (next)'),
      ),
    );
  });

  test("the end of a range joins only a range's end", () => {
    const [low, high] = extractMentions(
      'The seven-year offers for Teixeira were in the $140 million to $160 million range.',
    ).mentions.filter((m) => m.kind === 'number');
    assert.deepEqual([low?.unit, high?.unit], ['USD (range)', 'USD (range)']);
    const offer = { ...claim('$160 million', 'USD', ['Teixeira']), value: 160_000_000 };
    assert.deepEqual(
      decideMerge({ ...figure('$160 million', 'USD (range)', ['Teixeira']), value: 160_000_000 }, [offer])
        .matches,
      [],
    );
    assert.deepEqual(
      decideMerge({ ...figure('$160 million', 'USD', ['Teixeira']), value: 160_000_000 }, [offer]).matches,
      ['n1'],
    );
    // A change is no range: "from 40 percent to 55 percent" gives two levels.
    const levels = extractMentions(
      'Turnout rose from 40 percent to 55 percent of registered voters.',
    ).mentions.filter((m) => m.kind === 'number');
    assert.ok(
      levels.every((m) => !m.unit?.includes('range')),
      JSON.stringify(levels.map((m) => m.unit)),
    );
  });
});

test('a conversion printed in brackets says how much again, not what is counted', () => {
  assert.deepEqual([...countedWords('6 miles (9.7 km)', 'miles')], []);
  assert.ok(sameCount(countedWords('two armoured trucks (3.5 tonnes each)', 'trucks'), countedWords('two armoured trucks', 'trucks')));
  // So does one after ", or".
  assert.deepEqual([...countedWords('about 1,650 tons, or 1,500 metric tons', 'tons')], []);
});

test('a year after a figure says when it held, not what it counts: another year stays apart, no year may be either', () => {
  const then = figures('The firm bought the Delmar mill for $42 million in 2004, its filing shows.')[0]!;
  const again = figures('Its $42 million purchase of the Delmar mill was its largest.')[0]!;
  const later = figures('The Delmar mill had fetched $42 million in 2011 as well.')[0]!;
  assert.equal(then.unit, 'USD (in 2004)');
  assert.equal(yearOfUnit(then.unit), 2004);
  assert.equal(measureOf(then.unit), '');
  assert.equal(countedWords(then.text, then.unit).size, 0);
  assert.equal(joins(then, again), true);
  assert.equal(joins(again, then), true);
  assert.equal(joins(then, later), false);
});

test('"five people died" counts the dead, not those injured', () => {
  const dead = figures('Five people died and nine were injured in the Orlen landslide.')[0]!;
  const hurt = figures('At least five people were injured in Orlen, officials said.')[0]!;
  assert.equal(dead.unit, 'people (died)');
  assert.equal(measureOf(dead.unit), measureOf('people (killed)'));
  assert.equal(joins(dead, hurt), false);
  assert.equal(joins(hurt, dead), false);
});
