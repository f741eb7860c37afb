import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const mentionsOf = (text: string) =>
  extractQuotes(analyzeText(text)).map((m) => ({
    kind: m.kind,
    text: m.text,
    speaker: m.speaker,
    cue: m.cue,
  }));

test('"brags" and "caution that" report what their subject said', () => {
  assert.deepEqual(mentionsOf("Mayor Jane Roe brags that's good news for the city's budget."), [
    { kind: 'statement', text: "that's good news for the city's budget", speaker: 'Jane Roe', cue: 'brags' },
  ]);
  assert.deepEqual(
    mentionsOf(
      'Election scholars caution that high turnout in the spring does not always carry over to the fall.',
    ),
    [
      {
        kind: 'statement',
        text: 'high turnout in the spring does not always carry over to the fall',
        speaker: 'Election scholars',
        cue: 'caution',
      },
    ],
  );
});

test('"caution" as a noun reports nothing', () => {
  assert.deepEqual(mentionsOf('The caution that investors showed last year has faded.'), []);
});
