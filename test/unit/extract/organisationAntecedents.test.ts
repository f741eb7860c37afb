import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order, with their types. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.speaker, m.speakerType]);

describe('a name "the company" resolved to is an organisation\'s wherever printed', () => {
  test('"it" after a two-word name that looks like a person\'s is that organisation', () => {
    const text =
      'Bright Anvil, which owns the catalogue, says the band may play. But the company says the band never needed its consent.\n\n' +
      'The singer accused Bright Anvil of blocking the show.\n\nBright Anvil has twice denied doing anything wrong.\n\n' +
      '“At no point did we block the show,” they said in a statement.\n\nNow they have put out another statement.\n\n' +
      '“We will license every recording to the broadcaster,” it says.';
    assert.deepEqual(speakers(text).at(-1), ['Bright Anvil', 'organisation']);
  });

  test('"the campaign" resolved to a candidate leaves the candidate a person', () => {
    const text =
      'Nora Vance toured the harbour on Monday. “We will rebuild the pier,” the campaign said.\n\n' +
      'Nora Vance has promised lower rents. “Nobody should pay half their wage for a flat,” Vance said.';
    assert.deepEqual(speakers(text).at(-1), ['Nora Vance', 'person']);
  });
});

describe('"the commission" is never a place', () => {
  test('a place named before is not the body that speaks', () => {
    const text =
      'Floods closed schools across Lower Saxony this week. The water commission said in a statement that the dams were holding.';
    assert.deepEqual(speakers(text), [['water commission', 'organisation']]);
  });

  test('"the state" may still be the place named before', () => {
    const text =
      'Governor Ann Lee has run New Mexico since 2019. The state reported that unemployment fell to 3 percent in June.';
    assert.deepEqual(speakers(text), [['New Mexico', 'organisation']]);
  });
});
