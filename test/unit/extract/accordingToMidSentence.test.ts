import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// ", according to X, ..." in mid-sentence (issue 15 items 3-4): which side of the source is what it says. Every
// sentence is invented news wording.
const statements = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

test('a whole clause before ", according to X," is what X says, not the words that go on after the source', () => {
  assert.deepEqual(statements('Ferry fares would rise by as much as 12 percent, according to the Harbour Trust, more than twice the rate of inflation.'), [
    ['Ferry fares would rise by as much as 12 percent', 'Harbour Trust'],
  ]);
  assert.deepEqual(statements('The port has lost 40 berths since 2010, according to Ivo Marsh, a former harbour master at Dunmore.'), [['The port has lost 40 berths since 2010', 'Ivo Marsh']]);
  assert.deepEqual(statements('Ode has won 300 delegates so far, according to a party tally, but her path to the nomination is narrow.'), [['Ode has won 300 delegates so far', 'party tally']]);
});

test('a subject before the source and its verb after it are one clause over the source', () => {
  assert.deepEqual(statements('The ferry company, according to its filings, will close three routes next year.'), [
    ['The ferry company, according to its filings, will close three routes next year', 'filings'],
  ]);
  const [inverted] = statements('Among the routes at risk, according to Ms. Ode, are two that serve the islands.');
  assert.equal(inverted?.[0], 'Among the routes at risk, according to Ms. Ode, are two that serve the islands');
});

test('an introduction, a fronted clause or a clause that introduces the rest leaves the statement after the source', () => {
  assert.deepEqual(statements('In 2014, according to the coastguard, the harbour had 115 groundings.'), [['the harbour had 115 groundings', 'coastguard']]);
  assert.deepEqual(statements('While most routes were cut back, according to a harbour official, two island routes were doubled.'), [
    ['two island routes were doubled', 'harbour official'],
  ]);
  assert.deepEqual(statements('The Gazette reported that, according to an audit of the accounts, 85 of the 154 contracts went to donors.'), [
    ['85 of the 154 contracts went to donors', 'audit of the accounts'],
  ]);
});
