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

test('a speaker before the quote, a pronoun, an appositive and "according to" are pointed at where printed', () => {
  const cases: Array<[text: string, kind: string, printed: string]> = [
    ['Dmitry Peskov said: “The decision is final.”', 'quote', 'Dmitry Peskov'],
    ['Dmitry Peskov spoke on Monday.\n\n“It is final,” he said.', 'quote', 'he'],
    ['“We are proud of the result,” Maria Lopez, the team captain, said.', 'quote', 'Maria Lopez, the team captain'],
    ['According to the Kremlin’s spokesperson Dmitry Peskov, the ban will stay in place.', 'statement', 'the Kremlin’s spokesperson Dmitry Peskov'],
  ];
  for (const [text, kind, phrase] of cases) {
    const [mention] = mentionsOf(text);
    assert.equal(mention?.kind, kind, text);
    assert.equal(mention?.speakerRaw, phrase, text);
    assert.equal(printed(text, mention), phrase, text);
    assert.equal(mention?.speakerStart, text.lastIndexOf(phrase), text);
  }
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
  const cases: Array<[text: string, raw: string, printed: string]> = [
    ['The road will stay closed until Monday, the Troy police chief, Charles Craft, said.', 'Charles Craft, the Troy police chief', 'the Troy police chief, Charles Craft'],
    ['“We will win the state,” said Sen. Ted Cruz (R-Texas), a presidential hopeful.', 'Sen. Ted Cruz, a presidential hopeful', 'Sen. Ted Cruz (R-Texas), a presidential hopeful'],
  ];
  for (const [text, raw, phrase] of cases) {
    const [mention] = mentionsOf(text);
    assert.equal(mention?.speakerRaw, raw);
    assert.equal(printed(text, mention), phrase);
  }
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
