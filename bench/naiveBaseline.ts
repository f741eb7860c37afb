/**
 * The naive all-pairs baseline: the same merge decisions, in memory, with every claim so far as a candidate
 * (no index, no database). Its speed is what the index buys; its quality is what the index may lose.
 */
import type { ClaimVariant, MergeOptions } from '../dedupe/decideMerge.ts';
import { decideMerge, DEFAULT_MERGE_OPTIONS } from '../dedupe/decideMerge.ts';
import { ownClaimId } from '../dedupe/planMerges.ts';
import { speakerKey } from '../dedupe/speakerKey.ts';
import type { MentionKind } from '../extract/types.ts';
import { articleId } from '../store/articles.ts';
import { mentionId } from '../store/mentions.ts';
import type { BenchArticle } from './generateCorpus.ts';

interface NaiveClaim {
  id: string;
  kind: MentionKind;
  value: number | null;
  unit: string | null;
  variants: ClaimVariant[];
  /** Variant identities (words, speaker, names), as the store keeps them distinct. */
  variantKeys: Set<string>;
  members: number[];
}

export interface NaiveResult {
  mentions: number;
  seconds: number;
  /** Per mention, in corpus order: the claim it ended in, and its truth. */
  labels: Array<[claim: string, truth: number]>;
}

const variantKey = (v: ClaimVariant) => `${v.text}\u0000${v.speakerKey ?? ''}\u0000${[...v.entities].sort().join('|')}`;

/**
 * Merges every mention of the corpus against all claims so far, in the order the bench merges them; a
 * claim keeps the least id of its mentions and absorbs the claims a mention bridges, as the store does.
 */
export function runNaiveBaseline(corpus: Iterable<BenchArticle>, options: MergeOptions = DEFAULT_MERGE_OPTIONS): NaiveResult {
  const claims = new Map<string, NaiveClaim>();
  const claimOf: string[] = [];
  const truths: number[] = [];
  const started = performance.now();
  for (const article of corpus) {
    const aid = articleId(article.url);
    const ordered = [...article.mentions].sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
    for (const mention of ordered) {
      const index = truths.length;
      truths.push(mention.truth);
      const isFigure = mention.kind === 'number';
      const subject = {
        kind: mention.kind,
        text: mention.text,
        speakerKey: isFigure || !mention.speaker ? null : speakerKey(mention.speaker),
        value: mention.value,
        unit: mention.unit,
        entities: mention.entities,
      };
      const decision = decideMerge(subject, [...claims.values()], options);
      const ownId = ownClaimId(mentionId(aid, mention));
      const [targetId = ownId, ...others] = [...new Set([ownId, ...decision.matches])].sort();
      let claim = claims.get(targetId);
      if (!claim) {
        claim = { id: targetId, kind: subject.kind, value: subject.value, unit: subject.unit, variants: [],
          variantKeys: new Set(), members: [] };
        claims.set(targetId, claim);
      }
      for (const otherId of others) {
        const other = claims.get(otherId);
        if (!other) continue;
        for (const m of other.members) claimOf[m] = claim.id;
        claim.members.push(...other.members);
        for (const v of other.variants) addVariant(claim, v);
        claims.delete(otherId);
      }
      claimOf[index] = claim.id;
      claim.members.push(index);
      addVariant(claim, { text: subject.text, speakerKey: subject.speakerKey, entities: subject.entities });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    mentions: truths.length,
    seconds,
    labels: truths.map((t, i) => [claimOf[i] as string, t]),
  };
}

function addVariant(claim: NaiveClaim, variant: ClaimVariant): void {
  const key = variantKey(variant);
  if (claim.variantKeys.has(key)) return;
  claim.variantKeys.add(key);
  claim.variants.push(variant);
}
