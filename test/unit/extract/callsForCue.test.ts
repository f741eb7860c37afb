import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statements = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

test('"is calling for" and "called for" report what the subject asked for', () => {
  assert.deepEqual(
    statements(
      'Former mayor Ana Cruz is calling for the county to build two more bridges across the harbor before winter.',
    ),
    [{ text: 'the county to build two more bridges across the harbor before winter', speaker: 'Ana Cruz' }],
  );
  assert.deepEqual(
    statements(
      'Tom Vale, speaking at a farm show in Ames, also called for seed companies to publish their prices every month.',
    ),
    [{ text: 'seed companies to publish their prices every month', speaker: 'Tom Vale' }],
  );
  assert.deepEqual(
    statements('The union called for an independent inquiry into the deaths of the two miners.'),
    [{ text: 'an independent inquiry into the deaths of the two miners', speaker: 'union' }],
  );
});

test('"called on" someone to act reports the request, up to the caller\'s next act', () => {
  assert.deepEqual(
    statements(
      'Ana Cruz has also called on the state to repave the road that leads to the port and proposed a toll for trucks.',
    ),
    [{ text: 'the state to repave the road that leads to the port', speaker: 'Ana Cruz' }],
  );
});

test('a thing that "calls for" something, a time, a passive or a call on a day report nothing', () => {
  assert.deepEqual(statements('The plan calls for a new bridge over the river by the end of 2030.'), []);
  assert.deepEqual(statements('It calls for three new stations on the northern line of the city.'), []);
  assert.deepEqual(statements('Officers were called for a disturbance at a bar on Main Street.'), []);
  assert.deepEqual(statements('Ana Cruz has called for years about the leaking roof of the old school.'), []);
  assert.deepEqual(statements('Ana Cruz called on Monday about the leaking roof of the old school.'), []);
  assert.deepEqual(
    statements('Ana Cruz would not call for the chief of police to resign over the raid.'),
    [],
  );
  assert.deepEqual(
    statements("Union leaders point to the mayor's call for a wage freeze at the depot as a broken promise."),
    [],
  );
  assert.deepEqual(
    statements('Amid calls for the chief of police to resign, the council met again on Monday night.'),
    [],
  );
});

test('what was called for ends at its comma: "called for a recount, and then ..."', () => {
  assert.deepEqual(
    statements('Ana Cruz called for a full recount of the ballots in the county, and then left the hall.'),
    [{ text: 'a full recount of the ballots in the county', speaker: 'Ana Cruz' }],
  );
});

test('a call for one bare word before a subordinate clause is an act, no claim: "called for help as ..."', () => {
  assert.deepEqual(statements('Residents called for help as the water rose around the houses on Mill Lane.'), []);
  assert.equal(statements('The union called for a ceasefire in the dispute over pay at the port.').length, 1);
});
