/**
 * `node --import tsx test/eval/unjudgedClaims.ts`: the items extraction gives now from judged documents that no line
 * of claims.jsonl covers (the "extracted now but not judged" count of the labels section), one JSON line each with
 * its split, span, kind, check, speaker and text, so that they can be judged from the article and appended.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkOf,
  documentTexts,
  readJsonl,
  splitOf,
  storedMentions,
  type ClaimLabel,
} from './scoreLabels.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared');
const labels = readJsonl<ClaimLabel>(join(root, 'test', 'eval', 'labels', 'claims.jsonl'));
const judged = new Set(labels.map((l) => `${l.doc}|${l.kind}|${l.start}|${l.end}`));
const texts = documentTexts(
  shared,
  labels.map((l) => l.doc),
);
for (const [doc, text] of texts) {
  for (const m of storedMentions(text)) {
    if (judged.has(`${doc}|${m.kind}|${m.start}|${m.end}`)) continue;
    const words = text.slice(m.start, m.end);
    const item = {
      split: splitOf(doc),
      doc,
      start: m.start,
      end: m.end,
      kind: m.kind,
      check: checkOf(words),
    };
    console.log(JSON.stringify({ ...item, speaker: m.speaker, text: words }));
  }
}
