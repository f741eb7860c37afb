/**
 * Issue 15 item 4 (recall of reported speech): a possessed noun of something said with its "that" clause, after a word
 * that picks it out of a list ("including her assertion that ...", "particularly his warning that ..."), is the
 * owner's statement, to the clause's comma or semicolon. Invented wording.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statementsOf = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

const lede = 'Ferry fares go to a vote.\n\nThe harbour board meets on Thursday to vote on the new fares.\n\n';

test('"including Name\'s assertion that ..." is the owner\'s statement, to the semicolon', () => {
  assert.deepEqual(
    statementsOf(
      `${lede}The board faced several rows this year - including Tom Roe's assertion that the ferry should be sold to a private firm; his attack on the deckhands; and a strike.`,
    ),
    [{ text: 'the ferry should be sold to a private firm', speaker: 'Tom Roe' }],
  );
});

test('"particularly his warning that ..." is the owner\'s statement', () => {
  assert.deepEqual(
    statementsOf(
      `${lede}Tom Roe leaves behind a backlash against the remarks made during his tour, particularly his warning that the ferry would close if the fares did not rise.`,
    ),
    [{ text: 'the ferry would close if the fares did not rise', speaker: 'Tom Roe' }],
  );
});
