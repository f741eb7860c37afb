import assert from 'node:assert/strict';
import type { ExtractedMention } from '../../../extract/types.ts';

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The speaker-position invariant: positions are set exactly when `speakerRaw` is; the text between them is
 * `speakerRaw` as printed, or, where the rules built `speakerRaw` from its words (a bracketed aside left out,
 * a role moved after the name), the stretch that holds every one of its words and starts and ends with one.
 */
export function assertSpeakerPositions(text: string, mentions: readonly ExtractedMention[]): void {
  for (const m of mentions) {
    const where = `${m.kind} at ${m.start}: ${JSON.stringify(m.text.slice(0, 60))}`;
    if (m.speakerRaw === null || m.speakerStart === null || m.speakerEnd === null) {
      assert.deepEqual([m.speakerRaw, m.speakerStart, m.speakerEnd], [null, null, null], where);
      continue;
    }
    assert.ok(0 <= m.speakerStart && m.speakerStart < m.speakerEnd && m.speakerEnd <= text.length, where);
    const slice = text.slice(m.speakerStart, m.speakerEnd);
    if (slice === m.speakerRaw) continue;
    const printed = wordsOf(slice);
    const read = wordsOf(m.speakerRaw);
    const left = [...printed];
    for (const word of read) {
      const at = left.indexOf(word);
      assert.ok(at !== -1, `${where}: "${word}" of ${JSON.stringify(m.speakerRaw)} is not in ${JSON.stringify(slice)}`);
      left.splice(at, 1);
    }
    assert.ok(read.includes(printed[0] ?? '') && read.includes(printed[printed.length - 1] ?? ''), `${where}: ${JSON.stringify(slice)} is wider than ${JSON.stringify(m.speakerRaw)}`);
  }
}
