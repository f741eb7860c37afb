import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const mentionsOf = (text: string) =>
  extractQuotes(analyzeText(text)).map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));

test('"X didn\'t say ..., but said ...": the second verb reports a clause of the sentence\'s subject', () => {
  assert.deepEqual(
    mentionsOf(
      "Mayor Jane Roe didn't say how the new bridge would be paid for, but said the council had approved the plan.",
    ),
    [{ kind: 'statement', text: 'the council had approved the plan', speaker: 'Jane Roe' }],
  );
});

test('"X\'s lawyer, Name, hinted at ... and said ...": the name set off after the subject speaks', () => {
  assert.deepEqual(
    mentionsOf(
      'The miller\'s lawyer, Ana Pollard, hinted at "delays" and said the charges would never have been brought against a less famous client.',
    ),
    [
      {
        kind: 'statement',
        text: 'the charges would never have been brought against a less famous client',
        speaker: 'Ana Pollard',
      },
    ],
  );
});

test('"but reports surfaced that ...": a plural noun after "but" is no verb of the subject', () => {
  assert.deepEqual(
    mentionsOf(
      'He declined to say where the singer was staying, but reports soon surfaced that she was at a clinic near Lisbon.',
    ).filter(
      (m) => m.speaker !== null && m.kind === 'statement' && /clinic/.test(m.text) && m.speaker !== 'reports',
    ),
    [],
  );
});

test('"“...,” Name said, adding that ...": the clause after the participle is the quote\'s speaker\'s statement', () => {
  assert.deepEqual(
    mentionsOf(
      '"For now there are 14,000 people without homes," Governor Jane Roe said, adding that 17 camps had been set up in the capital.',
    ),
    [
      { kind: 'quote', text: 'For now there are 14,000 people without homes', speaker: 'Jane Roe' },
      { kind: 'statement', text: '17 camps had been set up in the capital', speaker: 'Jane Roe' },
    ],
  );
});

test('"When the mayor thanked the board and said ...": a fronted clause gives its verbs no main subject', () => {
  assert.deepEqual(
    mentionsOf('When the mayor thanked the harbour board and said it was good to be back, the crowd cheered.').filter(
      (m) => m.kind === 'statement',
    ),
    [],
  );
});
