import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

test('two roles under one article ("the singer and guitarist told") are one person, the one just written about', () => {
  const text =
    'Dale Ferris hinted at a reunion during the band’s show at the Corn Exchange on Friday.\n\n' +
    'Before the last song, the singer and guitarist told the crowd, “perhaps we should all go back on the road.”';
  const quote = extractMentions(text).mentions.find((m) => m.kind === 'quote');
  assert.equal(quote?.speaker, 'Dale Ferris');
});
