/**
 * Issue 15, item 4 (recall of reported speech), branch recall33: plain forms of more cues after a plural subject with
 * their "that" ("Harbour pilots concede that ..."), a plural described by an adjective in "-ed" after a quantifier
 * ("some undecided growers"), a plural noun WordNet puts among people ("conservatives", "retirees"), a fronted
 * circumstance after "But" before a cue set off mid-sentence, and a passive "were told" before a quote. Each case is a
 * class seen on unfound tune-side attributions or on the items these rules changed, in invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

const quotes = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'quote')
    .map((m) => [m.text, m.speaker]);

describe('plain cue forms after a plural subject', () => {
  test('"Harbour pilots concede that ..." reports the pilots\' clause', () => {
    assert.deepEqual(
      statements('The ferry is late again. Harbour pilots concede that the new berth was badly placed.'),
      [['the new berth was badly placed', 'Harbour pilots']],
    );
  });

  test('"Both bakeries deny that ..." reports the bakeries\' clause', () => {
    assert.deepEqual(
      statements('Flour prices rose in March. Both bakeries deny that the loaves have shrunk.'),
      [['the loaves have shrunk', 'both bakeries']],
    );
  });

  test('"had to explain to the board that ...": whom it was said to stands before the "that"', () => {
    assert.deepEqual(
      statements('In a March memo, Ilse Varga had to explain to the board that the roof could not wait.'),
      [['the roof could not wait', 'Ilse Varga']],
    );
  });

  test('"acknowledge privately that ...": an adverb of manner before the "that"', () => {
    assert.deepEqual(
      statements(
        'The depot closed early. Ferry officials acknowledge privately that the timetable was never realistic.',
      ),
      [['the timetable was never realistic', 'Ferry officials']],
    );
  });

  test('a plain form with a noun after it names an act, not a report', () => {
    assert.deepEqual(
      statements('For years the mill has been working to emphasize the tourist side of its trade.'),
      [],
    );
  });
});

describe('plural subjects described as people', () => {
  test('"some undecided voters think ..." is the voters\' belief', () => {
    assert.deepEqual(
      statements(
        'Cherry prices fell by a third. And some undecided voters think the cooperative should sell its depot soon.',
      ),
      [['the cooperative should sell its depot soon', 'some undecided voters']],
    );
  });

  test('"But retirees think that ...": a plural WordNet puts among people speaks', () => {
    assert.deepEqual(
      statements('The council met on Monday. But retirees think that the bus route will be cut.'),
      [['the bus route will be cut', 'retirees']],
    );
  });
});

describe('a fronted circumstance after a conjunction, before a cue set off mid-sentence', () => {
  test('"But with each new season, the growers say, ..." is one statement over the cue', () => {
    const text =
      'The orchard did well. But with each new season, the growers say, it becomes harder to find pickers for the harvest.';
    assert.deepEqual(statements(text), [
      [
        'But with each new season, the growers say, it becomes harder to find pickers for the harvest',
        'growers',
      ],
    ]);
  });
});

describe('a passive telling before a quote', () => {
  test('"the trainees were told, “...”": the trainees heard the words, they did not say them', () => {
    const found = quotes(
      'According to the leaked manual, the trainees were told, “Never quote a price before the second visit.”',
    );
    assert.equal(found.length, 1);
    assert.notEqual(found[0]?.[1], 'trainees');
    assert.notEqual(found[0]?.[1], 'the trainees');
  });
});
