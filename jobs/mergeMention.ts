import { figureKeys, normalizeUnit, quoteKeys } from '../dedupe/candidateKeys.ts';
import type { MergeOptions } from '../dedupe/decideMerge.ts';
import { decideMerge } from '../dedupe/decideMerge.ts';
import { tokenize } from '../dedupe/normalizeText.ts';
import { speakerKey, surnameOf } from '../dedupe/speakerKey.ts';
import type { Db } from '../store/db.ts';
import * as store from '../store/index.ts';
import type { StoredMention } from '../store/mentions.ts';
import type { MergeOutcome } from '../store/claims.ts';

export type DedupeOptions = MergeOptions;

/**
 * Places one mention in its canonical claim, in one transaction: resolve the speaker, lock the scope of
 * claims it could join, find candidates through the key index, decide (pure), apply.
 * @returns null when another worker placed it first.
 */
export async function mergeMention(db: Db, mention: StoredMention, options: DedupeOptions): Promise<MergeOutcome | null> {
  return db.transaction(async (tx) => {
    const isFigure = mention.kind === 'number';
    const key = mention.speaker ? speakerKey(mention.speaker) : '';
    // Quotes merge within a speaker's surname (so "Peskov" meets "Dmitry Peskov"), figures by value and unit.
    const scope = isFigure
      ? `number|${mention.value}|${normalizeUnit(mention.unit)}`
      : `${mention.kind}|${surnameOf(key)}`;
    await store.claims.lockScope(tx, scope);
    const current = await store.mentions.getForUpdate(tx, mention.id);
    if (!current || current.claimId !== null) return null;
    const speaker = key
      ? await store.speakers.resolve(tx, { key, name: mention.speaker ?? key, type: mention.speakerType, role: mention.role })
      : null;
    const keys = isFigure ? figureKeys(mention.value, mention.unit) : quoteKeys(tokenize(mention.text));
    const subject = {
      kind: mention.kind,
      text: mention.text,
      // Figures are claims about a subject whoever states them; quotes belong to their speaker.
      speakerKey: isFigure || key === '' ? null : key,
      value: mention.value,
      unit: mention.unit,
      entities: mention.entities,
    };
    const candidates = await store.claims.findCandidates(tx, mention.kind, keys);
    const decision = decideMerge(subject, candidates, options);
    return store.claims.applyMerge(tx, {
      mentionId: mention.id,
      ...subject,
      speakerId: speaker?.id ?? null,
      speakerKey: key === '' ? null : key,
      keys,
      decision,
    });
  });
}
