/**
 * Issue 15 item 1: words someone said ("his remarks", "the mayor's comments") are no speaker of what they "indicated"
 * or "suggested"; their owner is. Invented wording.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { ownerSpeaks } from '../../../extract/findStatements.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

test('"His remarks indicated that ..." is said by the man the pronoun names', () => {
  const text =
    'Harbour master Lena Voss said the quay was sound. Inspector Tomas Brandt spoke to the council on Monday. His remarks indicated that the ferries would stop running in March.';
  const found = speakers(text);
  assert.deepEqual(
    found.find(([t]) => t === 'the ferries would stop running in March'),
    ['the ferries would stop running in March', 'Tomas Brandt'],
  );
});

test('"The mayor\'s comments suggested that ..." is the mayor\'s; the owner keeps its own offsets', () => {
  const attribution = ownerSpeaks({
    subject: { text: 'The mayor’s comments', start: 10, end: 30 },
    cue: 'suggested',
    position: 'before',
  });
  assert.deepEqual(attribution.subject, { text: 'The mayor', start: 10, end: 19 });
});

test('other subjects stay as printed: a report, a lower-case owner, a name', () => {
  for (const text of ['The report’s findings', 'the agency’s report', 'Ana Silva', 'his lawyers']) {
    const attribution = {
      subject: { text, start: 0, end: text.length },
      cue: 'said',
      position: 'before' as const,
    };
    assert.deepEqual(ownerSpeaks(attribution), attribution, text);
  }
});
