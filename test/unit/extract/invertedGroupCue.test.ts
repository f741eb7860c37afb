import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statementOf = (text: string, words: string) =>
  extractMentions(text).mentions.find(
    (m) => m.kind === 'statement' && text.slice(m.start, m.end).includes(words),
  );

test('an inverted cue before a bare group in lower case (", say officials.") reports the clause before it', () => {
  const cases: Array<[tail: string, speaker: string]> = [
    ['say officials', 'officials'],
    ['said police on Friday', 'police'],
    ['say transport officials', 'transport officials'],
  ];
  for (const [tail, speaker] of cases) {
    const text = `The old harbour bridge will stay closed for repairs until the spring, ${tail}.`;
    assert.equal(statementOf(text, 'will stay closed')?.speaker, speaker, text);
  }
});

test('"says WHO": the initialism in capitals is the speaker, not the word "who"', () => {
  const text = 'Most cases of the fever clear up within a week, says WHO.';
  assert.equal(statementOf(text, 'clear up within a week')?.speaker, 'WHO');
});
