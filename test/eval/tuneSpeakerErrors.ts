/**
 * `node --import tsx test/eval/tuneSpeakerErrors.ts [CORPUS] [--unfound]`: every tune-side labelled attribution whose
 * speaker is wrong or missing (or, with `--unfound`, that no extracted item covers), optionally of one corpus
 * (`aeb`, `ecbplus`, `polnear`, `readability`, `trafilatura`), each with the words before it, so that error classes
 * can be tallied. Held-out documents are never read.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttributionLabel } from './scoreLabels.ts';
import { documentTexts, readJsonl, scoreAttributions, splitOf, storedMentions } from './scoreLabels.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared');
const corpus = process.argv.slice(2).find((a) => !a.startsWith('--'));
const unfound = process.argv.includes('--unfound');
const labels = readJsonl<AttributionLabel>(join(root, 'test', 'eval', 'labels', 'attributions.jsonl')).filter(
  (l) => splitOf(l.doc) === 'tune' && (corpus === undefined || l.doc.startsWith(`${corpus}/`)),
);
const texts = documentTexts(shared, new Set(labels.map((l) => l.doc)));
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
// Each document is extracted once, not once per label.
const extracted = new Map<string, ReturnType<typeof storedMentions>>();
const mentionsOf = (text: string): ReturnType<typeof storedMentions> => {
  let mentions = extracted.get(text);
  if (mentions === undefined) extracted.set(text, (mentions = storedMentions(text)));
  return mentions;
};
let shown = 0;
for (const label of labels) {
  const text = texts.get(label.doc) ?? '';
  const score = scoreAttributions([label], texts, mentionsOf);
  const error = score.errors[0];
  if (unfound ? score.found > 0 : error === undefined) continue;
  shown += 1;
  const what = unfound
    ? 'unfound'
    : `gold ${JSON.stringify(error?.gold)}, got ${JSON.stringify(error?.predicted)}`;
  console.log(`- ${label.doc} @${label.start}: ${what}`);
  console.log(
    `    ${oneLine(text.slice(Math.max(0, label.start - 300), label.start))} [[${oneLine(text.slice(label.start, Math.min(label.end, label.start + 160)))}]] ${oneLine(text.slice(label.end, label.end + 100))}`,
  );
}
console.log(`${shown} tune-side attributions listed`);
