/**
 * `node --import tsx test/eval/polnearMisses.ts [LIMIT]`: the speaker misses on PolNeAR train, on the documents that
 * `splitOf` puts on the labelled set's tune side only (held-out documents are never read for rules), each with the
 * text before the matched item, so that they can be read and tallied by class.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeScore, scorePolnear } from './scorePolnear.ts';
import { splitOf } from './scoreLabels.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared');
const limit = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
const onTuneSide = (base: string): boolean => splitOf(`polnear/train/${base}.txt`) === 'tune';
const score = scorePolnear(join(shared, 'eval', 'polnear'), 'train', limit, onTuneSide);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
for (const m of score.misses) {
  console.log(`- ${m.doc} @${m.start}: gold ${JSON.stringify(m.gold)}, got ${JSON.stringify(m.speaker)} (printed ${JSON.stringify(m.raw)})`);
  console.log(`    ${oneLine(m.text.slice(Math.max(0, m.start - 300), m.start))} [[${oneLine(m.text.slice(m.start, m.start + 200))}]]`);
}
for (const line of describeScore(score)) console.log(line);
