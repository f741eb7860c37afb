import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakerOf = (text: string, words: string): string | null | undefined =>
  extractMentions(text).mentions.find((m) => text.slice(m.start, m.end).includes(words))?.speaker;

test('"Orrin, a retired banker Hale picked as her deputy, ...": the name inside the appositive is a relative clause\'s subject', () => {
  const text =
    'Governor Ruth Hale met the board on Monday with her deputy, Lena Orrin.\n\n' +
    'Orrin, a retired banker Hale picked as her deputy in the spring, is closer to the budget than anyone in the office. ' +
    'Yet Orrin has already changed her account once — “I misread the figures,” she said, speaking to the committee.';
  assert.equal(speakerOf(text, 'I misread the figures'), 'Lena Orrin');
});

test('"Orrin, a banker Hale hired for the post, ...": a preposition after the verb leaves it without an object as well', () => {
  const text =
    'Lena Orrin met the board on Monday with Governor Ruth Hale.\n\n' +
    'Orrin, a banker Hale hired for the post last year, has run the office since. “We are behind,” she said.';
  assert.equal(speakerOf(text, 'We are behind'), 'Lena Orrin');
});

test('"..., after the novelist Jo Walton explained the rules": a role and a name opening a clause with its object stay a subject', () => {
  const text =
    'The talk ran long, after the novelist Jo Walton explained the rules to us. “You only see the tip,” she said.';
  assert.equal(speakerOf(text, 'You only see the tip'), 'Jo Walton');
});

test('"Later, the writer Jo Walton moved to Paris": after a fronted word, no appositive, a role and a name stay a subject', () => {
  const text =
    '“It was late,” said Beth Orrin, his agent.\n\nLater, the writer Jo Walton moved to Paris with her family. “You only see the tip,” she said.';
  assert.equal(speakerOf(text, 'You only see the tip'), 'Jo Walton');
});
