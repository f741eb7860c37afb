import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';
import { closeWordnet, isUnitOfMeasure, nounKind } from '../../../extract/wordnetNouns.ts';

describe('nounKind (WordNet)', () => {
  after(closeWordnet);

  test('people, groups and things, by the first senses of a noun and of its singular', () => {
    assert.equal(nounKind('pastor'), 'person');
    assert.equal(nounKind('witnesses'), 'person');
    assert.equal(nounKind('spokesmen'), 'person');
    assert.equal(nounKind('jury'), 'group');
    assert.equal(nounKind('parties'), 'group');
    assert.equal(nounKind('timing'), 'thing');
    assert.equal(nounKind('election'), 'thing');
    // A statement or a book speaks for who issued it; a rare sense does not count ("issue": offspring).
    assert.equal(nounKind('book'), 'other');
    assert.notEqual(nounKind('issue'), 'person');
  });

  test('units of measure by WordNet, plurals and vowel-changing plurals included; counted things are none', () => {
    for (const unit of ['miles', 'km', 'tonnes', 'feet', 'gallons', 'inches']) assert.ok(isUnitOfMeasure(unit), unit);
    for (const thing of ['people', 'ships', 'tankers', 'hours', 'geese']) assert.ok(!isUnitOfMeasure(thing), thing);
  });

  test('a word whose singular is empty ("s") asks WordNet nothing, and no licence line is read as a sense', () => {
    assert.equal(isUnitOfMeasure('s'), false);
    assert.equal(nounKind(''), null);
  });

  test('the first and last lemmas of the index are found; a word WordNet lacks is null', () => {
    assert.notEqual(nounKind('a'), null);
    assert.notEqual(nounKind('zyrian'), null);
    assert.equal(nounKind('frontrunnerz'), null);
  });
});

describe('descriptions as speakers', () => {
  test('a description whose head names a thing is no speaker', () => {
    assert.equal(parseSpeakerPhrase('The timing'), null);
    assert.equal(parseSpeakerPhrase('each election'), null);
  });

  test('people, groups, issuers, findings and shares of people still speak', () => {
    assert.equal(parseSpeakerPhrase('the pastor')?.type, 'person');
    assert.equal(parseSpeakerPhrase('the jury')?.type, 'organisation');
    assert.equal(parseSpeakerPhrase('the book')?.name, 'book');
    assert.equal(parseSpeakerPhrase('the poll')?.name, 'poll');
    assert.equal(parseSpeakerPhrase('Only 24 percent')?.name, 'Only 24 percent');
    assert.equal(parseSpeakerPhrase('the frontrunner')?.name, 'frontrunner');
  });
});
