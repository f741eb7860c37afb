import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';

test('an organisation named with "of" or "for" is the whole name up to its place, not its last capitalised words', () => {
  const name = (phrase: string) => parseSpeakerPhrase(phrase)?.name;
  assert.equal(
    name('the Halvard Center for Public Opinion Research at Kestrel University in Ohio'),
    'Halvard Center for Public Opinion Research',
  );
  assert.equal(name('the Institute for Rural Studies'), 'Institute for Rural Studies');
  assert.equal(name('the Ministry of Transport'), 'Ministry of Transport');
  // A group at an organisation is not the organisation.
  assert.notEqual(name('researchers at the University of Kestrel'), 'University of Kestrel');
});

test('"according to the Center for ... at University": the centre speaks', () => {
  const text =
    'Both candidates are more disliked than any nominee in decades, according to the Halvard Center for Public Opinion Research at Kestrel University in Ohio.';
  const statements = extractMentions(text).mentions.filter((m) => m.kind === 'statement');
  assert.deepEqual(
    statements.map((m) => m.speaker),
    ['Halvard Center for Public Opinion Research'],
  );
});

test('"the world\'s top chip maker" is the company the story is about, not a description that speaks as printed', () => {
  const text =
    "Kestrel Systems lost its biggest partner this week to a rival. But the world's top phone maker said it was building the same technology on its own.";
  const statements = extractMentions(text).mentions.filter((m) => m.kind === 'statement');
  assert.deepEqual(
    statements.map((m) => m.speaker),
    ['Kestrel Systems'],
  );
  assert.equal(parseSpeakerPhrase('the policy maker')?.type, 'person');
});

test('"and" inside an agency\'s name joins no two speakers: the agency, and a person "from" it, speak', () => {
  const mentionsOf = (text: string) =>
    extractMentions(text)
      .mentions.filter((m) => m.kind === 'statement')
      .map((m) => m.speaker);
  assert.deepEqual(
    mentionsOf(
      "Kestonia's Meteorology and Geophysics Agency (KMG) said the island had been hit by 800 aftershocks.",
    ),
    ['Meteorology and Geophysics Agency'],
  );
  assert.deepEqual(
    mentionsOf(
      'Jane Roe from the UN Relief and Works Agency said an initial inquiry left her sure there were no fighters at the school.',
    ),
    ['Jane Roe'],
  );
  assert.equal(parseSpeakerPhrase('Clinton and Trump')?.name, 'Clinton');
});

test('"and" with common words goes on an organisation\'s name; a second name after "and" does not', () => {
  const name = (phrase: string) => parseSpeakerPhrase(phrase)?.name;
  assert.equal(name('the Office of Rivers and Coastal Defences'), 'Office of Rivers and Coastal Defences');
  assert.equal(name('the Centers for Soil Science and Prevention'), 'Centers for Soil Science and Prevention');
  // Joint bodies are named by the first-named (labels README), the first body's name whole.
  assert.equal(name('the Ministry of Fisheries and Forest Office'), 'Ministry of Fisheries');
  assert.notEqual(name('the Bank of Kestrel and Halvard Fargo'), 'Bank of Kestrel and Halvard Fargo');
  assert.notEqual(name('the Department of Ports and HMRC'), 'Department of Ports and HMRC');
  assert.notEqual(name('the Bank of Portugal and Treasury'), 'Bank of Portugal and Treasury');
  const statements = extractMentions('The Department of Harbours and Inland Waters said the ferry would resume on Friday.').mentions;
  assert.deepEqual(
    statements.map((m) => m.speaker),
    ['Department of Harbours and Inland Waters'],
  );
});
