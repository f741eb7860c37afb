import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';
import type { ExtractedMention } from '../../../extract/types.ts';
import { assertSpeakerPositions } from './speakerPositionsHold.ts';

const mentionsOf = (text: string): ExtractedMention[] => {
  const { mentions } = extractMentions(text);
  assertSpeakerPositions(text, mentions);
  return mentions;
};

const printed = (text: string, m: ExtractedMention | undefined): string | null =>
  m?.speakerStart == null || m.speakerEnd == null ? null : text.slice(m.speakerStart, m.speakerEnd);

test('a quote with its speaker after it points at the speaker as printed', () => {
  const text = '“We have no information,” Mr Peskov said.';
  const [quote] = mentionsOf(text);
  assert.equal(quote?.speakerRaw, 'Mr Peskov');
  assert.equal(quote?.speakerStart, 26);
  assert.equal(quote?.speakerEnd, 35);
  assert.equal(printed(text, quote), 'Mr Peskov');
});

test('a speaker before the quote, a pronoun and an appositive are pointed at where printed', () => {
  const head = 'Dmitry Peskov said: “The decision is final.”';
  assert.equal(printed(head, mentionsOf(head)[0]), 'Dmitry Peskov');
  const pronoun = 'Dmitry Peskov spoke on Monday.\n\n“It is final,” he said.';
  const [said] = mentionsOf(pronoun);
  assert.equal(said?.speaker, 'Dmitry Peskov');
  assert.equal(printed(pronoun, said), 'he');
  assert.equal(said?.speakerStart, pronoun.lastIndexOf('he said'));
  const appositive = '“We are proud of the result,” Maria Lopez, the team captain, said.';
  assert.equal(printed(appositive, mentionsOf(appositive)[0]), 'Maria Lopez, the team captain');
  const according = 'According to the Kremlin’s spokesperson Dmitry Peskov, the ban will stay in place.';
  const [statement] = mentionsOf(according);
  assert.equal(statement?.kind, 'statement');
  assert.equal(printed(according, statement), 'the Kremlin’s spokesperson Dmitry Peskov');
});

test('a quote that continues the previous one has no speaker position of its own', () => {
  const text = '“We are proud of the result,” Maria Lopez, the team captain, said.\n\n“Next year we go further.”';
  const [first, next] = mentionsOf(text);
  assert.equal(next?.speaker, 'Maria Lopez');
  assert.equal(next?.speakerRaw, null);
  assert.equal(next?.speakerStart, null);
  assert.equal(next?.speakerEnd, null);
  assert.equal(printed(text, first), 'Maria Lopez, the team captain');
});

test('a speaker read in another order or without its aside covers the stretch it was read from', () => {
  // The rules read the role after the name and drop the bracketed party: speakerRaw keeps that reading.
  const reordered = 'The road will stay closed until Monday, the Troy police chief, Charles Craft, said.';
  const [statement] = mentionsOf(reordered);
  assert.equal(statement?.speakerRaw, 'Charles Craft, the Troy police chief');
  assert.equal(printed(reordered, statement), 'the Troy police chief, Charles Craft');
  const aside = '“We will win the state,” said Sen. Ted Cruz (R-Texas), a presidential hopeful.';
  const [quote] = mentionsOf(aside);
  assert.equal(quote?.speakerRaw, 'Sen. Ted Cruz, a presidential hopeful');
  assert.equal(printed(aside, quote), 'Sen. Ted Cruz (R-Texas), a presidential hopeful');
});

test('a figure inside a quote has the quote’s speaker position, a figure outside none', () => {
  const text = '“We have lost 100 million users,” Mr Peskov said. The app has 100 million users.';
  const [quote, inside, outside] = mentionsOf(text);
  assert.equal(inside?.kind, 'number');
  assert.deepEqual([inside?.speakerStart, inside?.speakerEnd], [quote?.speakerStart, quote?.speakerEnd]);
  assert.equal(printed(text, inside), 'Mr Peskov');
  assert.equal(outside?.kind, 'number');
  assert.deepEqual([outside?.speakerRaw, outside?.speakerStart, outside?.speakerEnd], [null, null, null]);
});
