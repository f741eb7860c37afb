import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { gluedDeckEnd } from '../../../extract/findGluedDeck.ts';

const items = (text: string) =>
  extractMentions(text).mentions.map((m) => `${m.kind}: ${text.slice(m.start, m.end)}`);

describe('a deck run into the lede without its stop heads the story (issue 15)', () => {
  test('a figure of the deck before a capitalised opener is not extracted; the lede keeps its own', () => {
    const text =
      'Harbour board said to offer the ferry line a deal for nine years Though the board keeps its talks quiet, the ferry line said on Monday that it had received an offer worth 12 million pounds.';
    assert.deepEqual(items(text), [
      'statement: it had received an offer worth 12 million pounds',
      'number: 12 million pounds',
    ]);
  });

  test('a plural noun or an article opening the lede after the deck', () => {
    const storm =
      'Up to 40 % of the island lost power after a storm cut the lines Thousands of homes were dark on Sunday.';
    assert.equal(gluedDeckEnd(storm), storm.indexOf('Thousands'));
    const mill = 'Mill town mourns its last weaver A weaver who worked the looms for 60 years has died.';
    assert.equal(gluedDeckEnd(mill), mill.indexOf('A weaver'));
  });

  test('running prose, a short label and a letter after its label are no deck', () => {
    assert.equal(gluedDeckEnd('The mayor said the ferry would run until May. Though the board ...'), 0);
    assert.equal(gluedDeckEnd('Weather now The rain will stop by noon.'), 0);
    assert.equal(gluedDeckEnd('The council chose option one over plan A for the new pier.'), 0);
    assert.equal(gluedDeckEnd('Islanders back the ferry plan\nThe council voted on Monday.'), 0);
  });
});
