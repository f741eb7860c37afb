import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// Reported speech whose subject runs longer than a few words, or whose appositive closes on a quoted title.
const statements = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

test('a subject with a postmodifier that opens the sentence reports the clause after its cue', () => {
  assert.deepEqual(
    statements(
      'Dr. Mara Quist of the Lowland Institute of Soil and Water Studies says the drought will last into spring.',
    ),
    [['the drought will last into spring', 'Mara Quist']],
  );
  const study = statements(
    'A 2012 study by the independent Harbour Research Group found that river levels had fallen by a third.',
  );
  assert.equal(study.length, 1);
  assert.equal(study[0]?.[0], 'river levels had fallen by a third');
  // A participle before its preposition ("published in"), a determined head noun of a document.
  const report = statements(
    'A report published in March by the Coastal Trust noted that most dunes were shrinking.',
  );
  assert.equal(report.length, 1);
  assert.equal(report[0]?.[0], 'most dunes were shrinking');
});

test('a long opening phrase with a verb of its own, or no one speaking at its head, is no subject', () => {
  // A past verb with an object before "and said": the report's second verb, read as before.
  assert.deepEqual(
    statements('A review of the accident faulted the crew and said the runway was safe.').map(
      ([text]) => text,
    ),
    ['the runway was safe'],
  );
  // The head of the phrase is a count, not a speaker.
  assert.deepEqual(
    statements('The share of votes in the northern districts of the county says little about the result.'),
    [],
  );
});

test('a quoted title that closes the appositive of the subject leaves the cue after it a head cue', () => {
  assert.deepEqual(
    statements('Lena Ortiz, host of WKXR’s “Morning Table,” said the station would drop its evening news.'),
    [['the station would drop its evening news', 'Lena Ortiz']],
  );
  // Its closing comma printed outside the marks.
  assert.deepEqual(
    statements('Lena Ortiz, author of “The Salt Road”, argued the port had been sold too cheaply.'),
    [['the port had been sold too cheaply', 'Lena Ortiz']],
  );
});

test('after a fronted subordinate clause that reports, the main clause reports its own words too', () => {
  assert.deepEqual(
    statements(
      'Although Dana Pruitt conceded to reporters that the two firms had talked for months, she insisted no deal had been signed.',
    ),
    [
      ['the two firms had talked for months', 'Dana Pruitt'],
      ['no deal had been signed', 'Dana Pruitt'],
    ],
  );
  // A main clause with no cue adds nothing.
  assert.deepEqual(
    statements(
      'While Dana Pruitt said that the two firms had talked for months, she appears to have walked away.',
    ),
    [['the two firms had talked for months', 'Dana Pruitt']],
  );
});

test('a naming with no quote reports nothing, but a later cue of its sentence still does', () => {
  assert.deepEqual(
    statements(
      'Ada Brun later described the scene at the depot, saying that two trucks had been set alight overnight.',
    ),
    [['two trucks had been set alight overnight', 'Ada Brun']],
  );
  assert.deepEqual(statements('Ada Brun described the fire as a disaster for the town.'), []);
});

test('a cue set off mid-sentence with the name it inverts reports the whole sentence', () => {
  assert.deepEqual(statements('The secret of the bakery’s success, says Lotte Brand, is its night shift.'), [
    ['The secret of the bakery’s success, says Lotte Brand, is its night shift', 'Lotte Brand'],
  ]);
  // An appositive after the name leaves the cue a tail's: the words before it are the statement, the role none.
  assert.deepEqual(
    statements(
      'Rents will climb again next year, said Omar Feld, a housing economist at the Delta Institute.',
    ),
    [['Rents will climb again next year', 'Omar Feld']],
  );
});

test('an inverted name with an appositive after it, mid-sentence, leaves the clause before its cue the statement', () => {
  assert.deepEqual(
    statements(
      'The clinic has never been busier, but it cannot hire nurses, said Hanna Vort, a founder of the clinic, who has run it since 2004.',
    ),
    [['The clinic has never been busier, but it cannot hire nurses', 'Hanna Vort']],
  );
});
