import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const mentionsOf = (text: string) =>
  extractQuotes(analyzeText(text)).map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));

test('a role then a name set off by a comma after an inverted cue: the name speaks, not a word of the role', () => {
  const text =
    'The border talks stalled again on Friday. "We have no wish to fight, but the choice is theirs," said a Veldanian foreign ministry spokesman, Tomas K. Brell. "If they attack, they will regret it."';
  assert.deepEqual(mentionsOf(text), [
    { kind: 'quote', text: 'We have no wish to fight, but the choice is theirs', speaker: 'Tomas K. Brell' },
    { kind: 'quote', text: 'If they attack, they will regret it.', speaker: 'Tomas K. Brell' },
  ]);
});

test('"one of the leaders, Name" after a quote and an aside on its last word: the name speaks', () => {
  const text =
    '"We will march until we reach Ostrava," the regional capital, said one of the protest leaders, Milan al - Dorr, in an interview.';
  assert.deepEqual(mentionsOf(text), [
    { kind: 'quote', text: 'We will march until we reach Ostrava', speaker: 'Milan al Dorr' },
  ]);
});

test('a reported clause before ", said Name, role at Firm." is a statement of the name', () => {
  const text =
    'The merger was a bold but sensible step, said Jane Roe, principal analyst at Brightline Research. Demand for the new chips will keep rising next year, said Tom Hale, group vice president for device research at Kestrel, in an interview.';
  assert.deepEqual(mentionsOf(text), [
    { kind: 'statement', text: 'The merger was a bold but sensible step', speaker: 'Jane Roe' },
    { kind: 'statement', text: 'Demand for the new chips will keep rising next year', speaker: 'Tom Hale' },
  ]);
});

test('a time printed with a colon opens no reported clause of a tail cue', () => {
  const text =
    'Crews were called to the warehouse at about 9:40 p.m. Friday and found smoke pouring from the roof, said Jane Roe, chief of the county fire service.';
  assert.deepEqual(mentionsOf(text), [
    {
      kind: 'statement',
      text: 'Crews were called to the warehouse at about 9:40 p.m. Friday and found smoke pouring from the roof',
      speaker: 'Jane Roe',
    },
  ]);
});

test('an employer and a role joined before a name ("X News and former TV anchor Name"): the name speaks', () => {
  const text =
    'Kestrel Radio and former TV network anchor Jane Roe has urged humility in several speeches, telling one class in 2014, "If you are too big for a small job, you are too small for a big one."';
  assert.deepEqual(mentionsOf(text), [
    {
      kind: 'quote',
      text: 'If you are too big for a small job, you are too small for a big one.',
      speaker: 'Jane Roe',
    },
  ]);
});

test('a place after a described speaker and its comma is a dateline, no name: the description speaks', () => {
  const speakers = (text: string) => mentionsOf(text).map((m) => m.speaker);
  assert.deepEqual(speakers('"The deal is dead," said a company spokesman, New York.'), ['company spokesman']);
  assert.deepEqual(speakers('"The deal is dead," said a company spokesman, Los Angeles.'), ['company spokesman']);
  // A name the first-name lists know still speaks.
  assert.deepEqual(speakers('"The deal is dead," said a company spokesman, Jane Roe.'), ['Jane Roe']);
});
