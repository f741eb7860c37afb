/**
 * `node --import tsx test/eval/tuneNotClaims.ts`: the tune-side items extraction gives now that claims.jsonl judges not
 * claims (the "not claims" count of the labels section), one JSON line each with its span, kind, reason, speaker and
 * text, so that they can be read and classed when fitting rules. Held-out documents are never printed: rules are not
 * fitted to them (labels README).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentTexts, readJsonl, splitOf, storedMentions, type ClaimLabel } from './scoreLabels.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared');
const labels = readJsonl<ClaimLabel>(join(root, 'test', 'eval', 'labels', 'claims.jsonl')).filter(
  (l) => splitOf(l.doc) === 'tune',
);
const notClaims = new Map(
  labels.filter((l) => !l.claim).map((l) => [`${l.doc}|${l.kind}|${l.start}|${l.end}`, l]),
);
const texts = documentTexts(
  shared,
  [...notClaims.values()].map((l) => l.doc),
);
for (const [doc, text] of texts) {
  for (const m of storedMentions(text)) {
    const label = notClaims.get(`${doc}|${m.kind}|${m.start}|${m.end}`);
    if (!label) continue;
    const before = text.slice(Math.max(0, m.start - 80), m.start).replace(/\s+/g, ' ');
    console.log(
      JSON.stringify({
        doc,
        start: m.start,
        end: m.end,
        kind: m.kind,
        why: label.why,
        speaker: m.speaker,
        before,
        text: text.slice(m.start, m.end),
      }),
    );
  }
}
