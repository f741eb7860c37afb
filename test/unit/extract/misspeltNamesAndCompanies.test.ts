import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a first name misspelt once by a doubled letter is the person the article mostly names', () => {
  test('an archive summary\'s "Philip Marsh" yields to the story\'s "Phillip Marsh" on a tie', () => {
    const text =
      'Marsh opens the harbour.\n\nABSTRACT.\n\nThe port chief, Philip Marsh, reopened the harbour after the storm.\n\nFULL TEXT.\n\n' +
      'Phillip Marsh and the mayor reopened the harbour on Monday.\n\n“The pier held up better than anyone feared,” Mr. Marsh said.';
    assert.deepEqual(speakers(text), ['Phillip Marsh']);
  });

  test('the spelling printed more often wins wherever the other comes first', () => {
    const text =
      'Alan Reyes runs the ferry line. Allan Reyes took the post in May, and Allan Reyes has since cut fares twice.\n\n' +
      '“Nobody should pay more to cross a river than to ride a bus,” Mr. Reyes said.';
    assert.deepEqual(speakers(text), ['Allan Reyes']);
  });

  test('a letter added any other way names another person ("Erica" is not "Eric")', () => {
    const text =
      'Eric Dunn and Erica Dunn run the bakery together. Eric Dunn bakes the bread.\n\n' +
      '“We have never closed on a Sunday,” Erica Dunn said. “Not once,” she added.';
    assert.deepEqual(speakers(text), ['Erica Dunn', 'Erica Dunn']);
  });
});

describe('"the company" is an organisation, never a person tied to it', () => {
  test('a chief executive set off with no role noun is not what "the company" means', () => {
    const text =
      'Shoppers have long flocked to Acme Hardware for its anvils.\n\n' +
      "Mary Tolliver, recently named the company's chief executive, wants to prove the chain can grow again.\n\n" +
      'The hardware company said on Friday that it had closed 120 stores since March, the first time it has given a count.';
    assert.deepEqual(speakers(text), ['Acme Hardware']);
  });

  test('a label the text only quotes ("Planet Zentro") does not make the company a person', () => {
    const text =
      'Zentro said this week that it was clearing hate from its service.\n\n' +
      "Mary Tolliver, recently named the company's chief executive, is trying to win back advertisers.\n\n" +
      'Days before it reports its earnings, the messaging company said on Friday that it had closed 9,000 accounts.\n\n' +
      'Some users half-jokingly call the service ‘‘Planet Zentro,’’ for its many bots.';
    assert.deepEqual(speakers(text), ['Zentro', 'Zentro']);
  });
});

describe('"the group" after a named body, and no dateline as a body', () => {
  test('"the group says" is the council the sentence before cites, though a council is another kind of body', () => {
    const text =
      "PORT ELLIS, Maine -- Rust covers the hulls of what was once the town's fishing fleet.\n\n" +
      'There are about 400 fewer boats in the state than a decade ago, according to the Maine Fishing Council. ' +
      'Almost 90 boatyards have closed since 2006, the group says.';
    assert.deepEqual(speakers(text), ['Maine Fishing Council', 'Maine Fishing Council']);
  });

  test('a dateline in capitals is never what "the group" means', () => {
    const text =
      "PORT ELLIS, Maine -- Rust covers the hulls of what was once the town's fishing fleet.\n\n" +
      'There are about 400 fewer boats in the state than a decade ago. Almost 90 boatyards have closed since 2006, the group says.';
    assert.notEqual(speakers(text)[0], 'PORT ELLIS');
  });
});
