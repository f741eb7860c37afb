import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const mentionsOf = (text: string) =>
  extractQuotes(analyzeText(text)).map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));

test('a party and state tag between a name and its cue ("Name, R-Ky., said") leaves the name the speaker', () => {
  const text =
    '"Let me be perfectly clear about this," Senate Majority Leader Tom Brell, R-Ky., said. "That is not the view of our party."';
  assert.deepEqual(mentionsOf(text), [
    { kind: 'quote', text: 'Let me be perfectly clear about this', speaker: 'Tom Brell' },
    { kind: 'quote', text: 'That is not the view of our party.', speaker: 'Tom Brell' },
  ]);
});

test('a party tag before an appositive keeps the appositive set off', () => {
  assert.deepEqual(mentionsOf("Jane Roe, D-N.Y., the bill's sponsor, said the vote would come next week."), [
    { kind: 'statement', text: 'the vote would come next week', speaker: 'Jane Roe' },
  ]);
});
