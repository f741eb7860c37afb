/**
 * Issue 15 item 4: a relative clause whose speaker stands between its "which" or "that" and its cue ("a levy, which she
 * said would ruin the harbour", "a plan that planners claim will ...") reports the words after the cue, with the noun
 * before it as their gap, even when the sentence has a report of its own. Invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('a report inside a relative clause with its gap', () => {
  test('", which she said ..." after a named subject', () => {
    assert.deepEqual(statements('Councillor Mira Tahir opposed the new harbour levy, which she said would drive the ferry operators away.'), [
      { text: 'would drive the ferry operators away', speaker: 'Councillor Mira Tahir' },
    ]);
  });

  test('"that <people> claim ..." opening on its verb', () => {
    assert.deepEqual(statements('The county dropped a zoning rule that local farmers claim has doubled their costs.'), [
      { text: 'has doubled their costs', speaker: 'local farmers' },
    ]);
  });

  test('a gap in the object: "which he said the county should fund"', () => {
    assert.deepEqual(statements('Pedro Alvim, the fire chief, asked for a new ladder truck, which he said the county should fund next spring.'), [
      { text: 'the county should fund next spring', speaker: 'Pedro Alvim' },
    ]);
  });

  test('besides the sentence’s own report, which ends before the relative', () => {
    assert.deepEqual(statements('Ina Sorel said the board would meet again on the canal project, which engineers say has run two years late.'), [
      { text: 'the board would meet again on the canal project', speaker: 'Ina Sorel' },
      { text: 'has run two years late', speaker: 'engineers' },
    ]);
  });

  test('the speaker’s own relative inside their report stays in it', () => {
    assert.deepEqual(statements('Ina Sorel said the board would meet again on the canal project, which she said had run two years late.'), [
      { text: 'the board would meet again on the canal project, which she said had run two years late', speaker: 'Ina Sorel' },
    ]);
  });

  test('a pronoun in the relative is the main clause’s named subject, not the last speaker', () => {
    assert.deepEqual(
      statements('Councillor Ruth Okafor said the vote was rigged. Governor Tom Reyes has attacked the ferry tax, which he said punishes islanders for living offshore.'),
      [
        { text: 'the vote was rigged', speaker: 'Councillor Ruth Okafor' },
        { text: 'punishes islanders for living offshore', speaker: 'Tom Reyes' },
      ],
    );
  });

  test('"it" in the relative is the organisation the main clause names', () => {
    assert.deepEqual(
      statements('Two ferries sank off the cape, the coastguard said on Monday. The Harbour Union, however, claimed the wreck of the older ferry, which it said sank near Orrin Point.'),
      [
        { text: 'Two ferries sank off the cape', speaker: 'coastguard' },
        { text: 'sank near Orrin Point', speaker: 'Harbour Union' },
      ],
    );
  });

  test('a focusing aside set off by commas stays inside the relative’s clause', () => {
    assert.deepEqual(statements('Mayor Ann Lee has attacked the ferry tax, which she said leaves the islanders, especially the fishermen, worse off.'), [
      { text: 'leaves the islanders, especially the fishermen, worse off', speaker: 'Ann Lee' },
    ]);
  });

  test('a relative inside the subject, before the main verb, is left alone', () => {
    assert.deepEqual(statements('Mayor Ann Lee spoke at noon. The plan for a levy that she said would ruin the harbour was dropped on Monday.'), []);
  });

  test('a pronoun in the relative is the name that owns its noun phrase', () => {
    assert.deepEqual(
      statements('Councillor Ruth Okafor said the vote was rigged. The fares were at the heart of Reyes’s attack on a ferry company that he said has cheated the islanders for years.'),
      [
        { text: 'the vote was rigged', speaker: 'Councillor Ruth Okafor' },
        { text: 'has cheated the islanders for years', speaker: 'Reyes' },
      ],
    );
  });

  test('"that" after a cue is its complement, no relative', () => {
    assert.deepEqual(statements('Ina Sorel argued that engineers said the bridge would need new cables.'), [
      { text: 'engineers said the bridge would need new cables', speaker: 'Ina Sorel' },
    ]);
  });

  test('"in which" has no gap, and a verb alone reports nothing', () => {
    assert.deepEqual(statements('Ina Sorel repeated the figure that she said was correct.'), []);
  });
});
