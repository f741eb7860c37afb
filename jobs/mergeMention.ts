import { figureKeys, normalizeUnit, quoteKeys } from '../dedupe/candidateKeys.ts';
import type { MergeOptions } from '../dedupe/decideMerge.ts';
import { decideMerge } from '../dedupe/decideMerge.ts';
import { tokenize } from '../dedupe/normalizeText.ts';
import { speakerKey, surnameOf } from '../dedupe/speakerKey.ts';
import type { Db, Queryable } from '../store/db.ts';
import * as store from '../store/index.ts';
import type { StoredMention } from '../store/mentions.ts';
import type { MergeOutcome } from '../store/claims.ts';

export type DedupeOptions = MergeOptions;

/** Where a mention merges: the scope lock it needs, and its speaker's comparable key. */
function planOf(mention: StoredMention) {
  const isFigure = mention.kind === 'number';
  const key = mention.speaker ? speakerKey(mention.speaker) : '';
  // Quotes merge within a speaker's surname (so "Peskov" meets "Dmitry Peskov"), figures by value and unit.
  const scope = isFigure ? `number|${mention.value}|${normalizeUnit(mention.unit)}` : `${mention.kind}|${surnameOf(key)}`;
  const locks = key ? [scope, `speaker|${surnameOf(key)}`] : [scope];
  return { mention, isFigure, key, locks };
}

/** Resolves the speaker, finds candidates through the key index, decides (pure) and applies; no refresh. */
async function place(
  tx: Queryable,
  plan: ReturnType<typeof planOf>,
  options: DedupeOptions,
  speakers: Map<string, Promise<store.speakers.ResolvedSpeaker | null>>,
): Promise<MergeOutcome | null> {
  const { mention, isFigure, key } = plan;
  const current = await store.mentions.getForUpdate(tx, mention.id);
  if (!current || current.claimId !== null) return null;
  let resolving = speakers.get(key);
  if (key && !resolving) {
    resolving = store.speakers.resolve(tx, { key, name: mention.speaker ?? key, type: mention.speakerType, role: mention.role });
    speakers.set(key, resolving);
  }
  const speaker = key ? await resolving! : null;
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
  return store.claims.applyMerge(
    tx,
    { mentionId: mention.id, ...subject, speakerId: speaker?.id ?? null, speakerKey: key === '' ? null : key, keys, decision },
    { refresh: false },
  );
}

/**
 * Places mentions (an article's) in their canonical claims in one transaction. Every scope lock the
 * mentions need (a speaker's surname per kind, a figure's value and unit, the speaker) is taken first, in
 * one sorted order, so concurrent merges queue up instead of deadlocking; the touched claims are refreshed
 * once at the end. A mention another worker placed first is skipped.
 * @returns the outcome of each mention placed here.
 */
export async function mergeMentions(
  db: Db,
  mentions: readonly StoredMention[],
  options: DedupeOptions,
  then?: (tx: Queryable) => Promise<void>,
): Promise<MergeOutcome[]> {
  const plans = mentions.map(planOf);
  return db.transaction(async (tx) => {
    for (const lock of [...new Set(plans.flatMap((p) => p.locks))].sort()) await store.claims.lockScope(tx, lock);
    const outcomes: MergeOutcome[] = [];
    // One resolution per speaker name and transaction: an article names its speakers many times.
    const speakers = new Map<string, Promise<store.speakers.ResolvedSpeaker | null>>();
    for (const plan of plans) {
      const outcome = await place(tx, plan, options, speakers);
      if (outcome) outcomes.push(outcome);
    }
    await store.claims.refresh(tx, [...new Set(outcomes.map((o) => o.claimId))]);
    await then?.(tx);
    return outcomes;
  });
}
