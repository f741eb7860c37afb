import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statementOf = (text: string, words: string) =>
  extractMentions(text).mentions.find(
    (m) => m.kind === 'statement' && text.slice(m.start, m.end).includes(words),
  );

test('a report "from" or "by" a source speaks for the source, the first-named of two', () => {
  const cases: Array<[text: string, speaker: string]> = [
    [
      'The studio will shut its Leeds office next spring, according to reports from Filmtrade and Screenwire.',
      'Filmtrade',
    ],
    ['The studio will shut its Leeds office next spring, according to a report from Filmtrade.', 'Filmtrade'],
    ['The studio will shut its Leeds office next spring, said a report from Filmtrade.', 'Filmtrade'],
    [
      'The studio will shut its Leeds office next spring, said a report by the Harbour Gazette on Monday.',
      'Harbour Gazette',
    ],
  ];
  for (const [text, speaker] of cases)
    assert.equal(statementOf(text, 'shut its Leeds office')?.speaker, speaker, text);
});
