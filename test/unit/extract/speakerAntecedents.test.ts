import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"which notes": a relative clause\'s cue belongs to the thing it describes', () => {
  test('a report, a study or a letter that "notes", "warns" or "concludes" is the speaker', () => {
    assert.deepEqual(speakers('Mayor Ana Ruiz’s office linked to the Harbour Trust study, which notes, “Half of the boats are idle.”'), ['Harbour Trust study']);
    assert.deepEqual(speakers('The senator cited the Reuters analysis, which warns: “Prices will rise again in the spring.”'), ['Reuters analysis']);
    assert.deepEqual(speakers('Tom Lee read out the Aldham Council letter, which concludes, “The bridge must close at once.”').at(-1), 'Aldham Council letter');
  });

  test('a cue with its own subject after "which" keeps that subject', () => {
    assert.deepEqual(speakers('Ana Ruiz praised the harbour plan, about which the mayor said: “It will save the town from the sea.”'), ['mayor']);
  });
});

describe('"they" after joint subjects is the first-named of them', () => {
  test('"Professors Foner and Alba suggest ... they write"', () => {
    const text =
      'The Aldham Institute published the survey in May.\n\nProfessors Nora Foner and Rick Alba, sociologists at the institute, study migration. Foner and Alba compare the two cities. In Aldham, they write, “to be poor is to be invisible.”';
    assert.deepEqual(speakers(text).at(-1), 'Nora Foner');
  });

  test('"they" after an organisation still points at it when no joint subject came after', () => {
    const text = 'Nora Foner and Rick Alba met in May.\n\nThe Aldham Institute published the survey on Monday. “Rents have doubled,” they wrote.';
    assert.deepEqual(speakers(text).at(-1), 'Aldham Institute');
  });
});

describe('"as X put it": the speaker\'s own wording', () => {
  test('before a colon or a comma', () => {
    assert.deepEqual(speakers('Ana Ruiz met the crews. As Ruiz put it: “We are out of time.”'), ['Ana Ruiz']);
    assert.deepEqual(speakers('Tom Lee toured the harbour. As the mayor puts it, “We are out of boats.”'), ['mayor']);
  });

  test('"put it" with an object of its own is no cue', () => {
    assert.deepEqual(speakers('Ana Ruiz put it on the table and left. Tom Lee arrived. “We are out of time,” he said.'), ['Tom Lee']);
  });
});

describe('a name that opens a subordinate clause later in the sentence is the subject of its cue', () => {
  test('"after", "because" and "when" before a name and its cue', () => {
    assert.deepEqual(speakers('Fans cheered after Zoe Marsh revealed her husband had taken her last name.'), ['Zoe Marsh']);
    assert.deepEqual(speakers('The crowd booed because Ruiz said the harbour would close in May.'), ['Ruiz']);
    assert.deepEqual(speakers('Shares fell when Acme Corp announced the plant would shut next year.'), ['Acme Corp']);
  });

  test('nothing reported, or no name opening the clause, makes no statement', () => {
    assert.deepEqual(speakers('He left before the mayor said anything.'), []);
    assert.deepEqual(speakers('The crowd cheered after the long speech ended and the band played.'), []);
  });
});
