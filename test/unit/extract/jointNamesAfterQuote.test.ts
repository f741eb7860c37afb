import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// Joint speakers named after a quote, and a role in lower case before a name and the body it is of (issue 15 item 1).
// Every sentence is invented news wording.
const quotes = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'quote')
    .map((m) => [m.text, m.speaker]);

test('two names joined by "and" after a quote are its speakers, named by the first-named', () => {
  assert.deepEqual(quotes('The ferry stopped. “The quay will not survive another winter,” Mara Ostby and Ivo Brandt said.'), [
    ['The quay will not survive another winter', 'Mara Ostby'],
  ]);
  assert.deepEqual(quotes('The ferry stopped. “The quay will not survive another winter,” Ostby and Brandt wrote in March.'), [
    ['The quay will not survive another winter', 'Ostby'],
  ]);
  // A second clause after the cue keeps its own subject.
  assert.deepEqual(quotes('The ferry stopped. “The quay will not survive another winter,” Ostby said and Brandt agreed.'), [
    ['The quay will not survive another winter', 'Ostby'],
  ]);
});

test('a role in lower case before a name (or joint names) and the body they are of keeps the person as the speaker', () => {
  assert.deepEqual(quotes('The ferry stopped. “The quay will not survive another winter,” harbour engineer Mara Ostby of the Tidal Works Board said.'), [
    ['The quay will not survive another winter', 'Mara Ostby'],
  ]);
  assert.deepEqual(quotes('The ferry stopped. “The quay will not survive another winter,” harbour engineers Mara Ostby and Ivo Brandt of the Tidal Works Board wrote.'), [
    ['The quay will not survive another winter', 'Mara Ostby'],
  ]);
  // The body's name may run long before the cue.
  assert.deepEqual(quotes('The ferry stopped. “The quay will not survive another winter,” harbour engineers Mara Ostby and Ivo Brandt of Norland’s Institute for Tides and Coastal Defence Studies wrote in March.'), [
    ['The quay will not survive another winter', 'Mara Ostby'],
  ]);
  // A description with no name stays the description.
  const [described] = quotes('The ferry stopped. “The quay will not survive another winter,” a spokesman of the Tidal Works Board said.');
  assert.match(described?.[1] ?? '', /spokesman/);
});
