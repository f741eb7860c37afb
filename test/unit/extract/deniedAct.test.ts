import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const mentionsOf = (text: string) =>
  extractQuotes(analyzeText(text)).map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));

test('"has denied striking ..." reports no clause: the act without its denial says the reverse', () => {
  assert.deepEqual(
    mentionsOf(
      'Veldania has denied striking the border town on Sunday. Veldania denied that its jets had crossed the border.',
    ),
    [{ kind: 'statement', text: 'its jets had crossed the border', speaker: 'Veldania' }],
  );
});
