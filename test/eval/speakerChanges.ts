/**
 * `node --import tsx test/eval/speakerChanges.ts OTHER_CHECKOUT`: the items whose speaker differs between another
 * checkout's `extractMentions` (main, as a rule) and this one's, over the tune side of PolNeAR train and the tune-side
 * labelled documents (ECB+, aeb, readability-dev and trafilatura-dev pages; held-out documents are never read for
 * rules), each with the words before it, so that every change can be read before and after. Items only one side
 * extracts are listed as new or gone.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedMention } from '../../extract/types.ts';
import { extractMentions } from '../../extract/extractMentions.ts';
import { documentTexts, readJsonl, splitOf } from './scoreLabels.ts';

type Extract = (text: string) => { mentions: ExtractedMention[] };

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared');
const other = process.argv[2];
if (other === undefined) throw new Error('usage: speakerChanges.ts OTHER_CHECKOUT');
const before = (
  (await import(join(resolve(other), 'extract', 'extractMentions.ts'))) as { extractMentions: Extract }
).extractMentions;

const polnear = readdirSync(join(shared, 'eval', 'polnear', 'data', 'train', 'text')).map(
  (f) => `polnear/train/${f}`,
);
const labelled = readJsonl<{ doc: string }>(join(root, 'test', 'eval', 'labels', 'attributions.jsonl')).map(
  (l) => l.doc,
);
const docs = [...new Set([...polnear, ...labelled])].filter((d) => splitOf(d) === 'tune');
const texts = documentTexts(shared, docs);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
const key = (m: ExtractedMention): string => `${m.kind} ${m.start}-${m.end}`;
const items = (extract: Extract, text: string) =>
  new Map(
    extract(text)
      .mentions.filter((m) => m.kind !== 'number')
      .map((m) => [key(m), m]),
  );

let changed = 0;
for (const doc of docs) {
  const text = texts.get(doc) ?? '';
  const old = items(before, text);
  const now = items(extractMentions, text);
  const show = (m: ExtractedMention, what: string) => {
    changed += 1;
    console.log(`- ${doc} @${m.start} ${m.kind}: ${what}`);
    console.log(
      `    ${oneLine(text.slice(Math.max(0, m.start - 240), m.start))} [[${oneLine(text.slice(m.start, Math.min(m.end, m.start + 200)))}]]`,
    );
  };
  for (const [k, m] of now) {
    const was = old.get(k);
    if (was === undefined) show(m, `new, ${JSON.stringify(m.speaker)}`);
    else if (was.speaker !== m.speaker)
      show(m, `${JSON.stringify(was.speaker)} -> ${JSON.stringify(m.speaker)}`);
  }
  for (const [k, m] of old) if (!now.has(k)) show(m, `gone, was ${JSON.stringify(m.speaker)}`);
}
console.log(`${changed} items changed on ${docs.length} tune-side documents`);
