import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakerOf = (text: string, words: string) =>
  extractMentions(text).mentions.find((m) => m.kind !== 'number' && text.slice(m.start, m.end).includes(words))?.speaker;

test('"they" after a sentence that opens on a quantified group named by its owner ("Several Lind associates") is that group', () => {
  const text =
    'Ada Lind runs the Kestrel Ferry Company. The Harbour Board said on Monday that the western route would close. Several Lind associates have named Bergen as one port where she could expand. The company could win the Bergen contract within a year, they’ve suggested.';
  assert.equal(speakerOf(text, 'could win the Bergen contract'), 'several Lind associates');
});

test('"they" after a sentence that opens on "People ..." is those people, not a body that spoke before', () => {
  const text =
    'The Harbour Board said on Monday that the western route would close. People briefed on the talks were adamant that the ferry would keep its crews. And they insisted that fares would not rise before June.';
  assert.equal(speakerOf(text, 'fares would not rise'), 'people');
});
