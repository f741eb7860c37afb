import type { FigureMarks, MentionKind } from '../extract/types.ts';
import { makeId } from '../ids.ts';
import type { ClaimCandidate, ClaimVariant, MergeOptions, MergeSubject } from './decideMerge.ts';
import { unitWithoutMeasure } from './candidateKeys.ts';
import { comparableKinds, decideMerge } from './decideMerge.ts';
import type { WordingKind } from './wordingKinds.ts';
import { wordingKinds } from './wordingKinds.ts';

/** The id a claim has when this mention is its only one (or the least of its mentions' own ids). */
export const ownClaimId = (mentionId: string) => makeId('c', mentionId);

/**
 * The natural key of a variant within its claim: its words, speaker and names (and a figure's unit and marks, or the
 * role printed with a speaker).
 */
export const variantHash = (v: ClaimVariant) => {
  const names = [...v.entities].sort().join('|');
  if (v.unit) return makeId('v', v.text, v.speakerKey ?? '', names, unitKey(v.unit, v.marks));
  return v.role ? makeId('v', v.text, v.speakerKey ?? '', names, '', v.role) : makeId('v', v.text, v.speakerKey ?? '', names);
};

/**
 * A figure's unit and marks as one key: marked, in the words that units held them in before migration 0030 moved them
 * out ("people (killed; quake of magnitude 7.6; figure 1 of 2 alike in its sentence)"), so that a variant stored then
 * keeps its hash. A key only: never printed.
 */
function unitKey(unit: string, marks: FigureMarks | null | undefined): string {
  const words = [
    ...(marks?.quake === undefined ? [] : [`quake of magnitude ${marks.quake}`]),
    ...(marks?.inSentence === undefined ? [] : [`figure ${marks.inSentence.replace('/', ' of ')} alike in its sentence`]),
    ...(marks?.side === undefined ? [] : [`${marks.side} in a bargain`]),
  ];
  if (words.length === 0) return unit;
  const measure = /\s*\(([^)]*)\)\s*$/.exec(unit);
  const all = [...(measure === null ? [] : [measure[1] ?? '']), ...words].join('; ');
  return `${measure === null ? unit : unit.slice(0, measure.index)} (${all})`;
}

/** A variant as stored: its hash (the natural key within its claim) and what decideMerge compares. */
export interface StoredVariant extends ClaimVariant {
  hash: string;
  /** How a quote's or statement's wording joined its claim (wordingKinds.ts), as written and read; null for figures. */
  wording?: WordingKind | null;
}

/** A claim found through the key index for one mention: the keys they share, and its variants. */
export interface CandidateHit {
  id: string;
  kind: MentionKind;
  value: number | null;
  unit: string | null;
  /** The mention's keys this claim holds. */
  shared: number[];
  variants: StoredVariant[];
  /** For a figure, the stories of the articles that carry it. */
  stories?: string[];
}

/** One mention to place, with what the database held for it when the merge's locks were taken. */
export interface MentionToPlace {
  mentionId: string;
  subject: MergeSubject;
  /** The speaker the name resolved to, and the name's comparable key as printed (figures keep it too). */
  speakerId: string | null;
  speakerKey: string | null;
  keys: readonly number[];
  /** The stored claims sharing keys with the mention (store.claims.readForMerge). */
  hits: readonly CandidateHit[];
  /** The mention's keys that were read for only a sample of their claims: they rank a claim after the others. */
  saturated?: ReadonlySet<number>;
}

/** What became of one mention. */
export interface MergeOutcome {
  claimId: string;
  /** No claim matched: the mention starts a claim of its own. */
  created: boolean;
  /** Other claims folded into this one because the mention bridged them (or because its id is smaller). */
  absorbed: string[];
}

/** What merging one article's mentions writes to the claims, every id already the one its claim ends with. */
export interface ClaimWrites {
  /** Claims started here (a mention's own id), inserted unless they exist. */
  claims: Array<{ id: string; kind: MentionKind; text: string; value: number | null; unit: string | null; entities: readonly string[] }>;
  /** Each claim absorbed here, and the claim it now lives in: its mentions, keys, variants and conflicts move. */
  redirects: Array<{ oldId: string; newId: string }>;
  placements: Array<{ mentionId: string; claimId: string; speakerId: string | null; speakerKey: string | null; speakerWeak: boolean }>;
  keys: Array<{ claimId: string; key: number }>;
  /**
   * The variants added here; of a quote or statement claim, also every other variant whose wording kind now is not the
   * one stored with the claim (or that moves from a claim absorbed here), each with its wording kind now.
   */
  variants: Array<{ claimId: string } & StoredVariant>;
  /** Near matches kept apart by a guard; recorded in both directions. */
  conflicts: Array<{ claimId: string; otherId: string; reason: string }>;
  /** The claims whose mentions change here (the absorbed ones included): they are recomputed. */
  touched: string[];
}

/** The planned merge of one article's mentions: what to write (store.claims.applyMerges), and each mention's outcome. */
export interface MergePlan {
  writes: ClaimWrites;
  outcomes: MergeOutcome[];
}

/** A claim to compare a mention with, its variants with their stored keys. */
type Candidate = Omit<ClaimCandidate, 'variants'> & { variants: readonly StoredVariant[] };

/** A claim as this merge sees it: what the database held, plus what the mentions placed so far added. */
interface LiveClaim {
  id: string;
  kind: MentionKind;
  value: number | null;
  unit: string | null;
  /** Keys added by this merge (the stored ones are known through the hits). */
  keys: Set<number>;
  variants: Map<string, StoredVariant>;
  /** The variants stored with this claim's own id, as read: one still in `variants` with its wording unchanged is not written again. */
  own: ReadonlyMap<string, StoredVariant>;
  /** Variants added by this merge, to be written. */
  added: Map<string, StoredVariant>;
  /** For a figure, the stories of its articles (stored and placed here); undefined when not known. */
  stories: Set<string> | undefined;
}

/**
 * Places an article's mentions one after the other as if each were merged and written before the next is
 * looked up, but in memory: a mention sees the stored claims found for it (through the claims that absorbed
 * them here) and the claims the earlier mentions started or grew. Deciding stays decideMerge's (pure).
 * @returns what to write (every id final), and each mention's outcome.
 */
export function planMerges(mentions: readonly MentionToPlace[], options: MergeOptions, limit = 50): MergePlan {
  const live = new Map<string, LiveClaim>();
  const index: LiveIndex = { byKey: new Map(), byValue: new Map() };
  const addKey = (claim: LiveClaim, key: number) => {
    claim.keys.add(key);
    let ids = index.byKey.get(key);
    if (!ids) index.byKey.set(key, (ids = new Set()));
    ids.add(claim.id);
  };
  const absorbedInto = new Map<string, string>();
  const find = (id: string): string => {
    let current = id;
    for (let next = absorbedInto.get(current); next !== undefined; next = absorbedInto.get(current)) current = next;
    return current;
  };
  const started: ClaimWrites['claims'] = [];
  const placed: Array<ClaimWrites['placements'][number]> = [];
  const conflicts: ClaimWrites['conflicts'] = [];
  const outcomes: MergeOutcome[] = [];

  for (const mention of mentions) {
    const candidates = candidatesOf(mention, live, index, find, limit);
    const decision = decideMerge(mention.subject, candidates, options);
    const ownId = ownClaimId(mention.mentionId);
    const [claimId = ownId, ...absorbed] = [...new Set([ownId, ...decision.matches])].sort();
    const known = new Map(candidates.map((c) => [c.id, c]));
    const claimOf = (id: string): LiveClaim => {
      let claim = live.get(id);
      if (!claim) {
        const stored = known.get(id);
        claim = {
          id,
          kind: stored?.kind ?? mention.subject.kind,
          value: stored ? stored.value : mention.subject.value,
          unit: stored ? stored.unit : unitWithoutMeasure(mention.subject.unit),
          keys: new Set(),
          variants: new Map((stored?.variants ?? []).map((v) => [v.hash, v])),
          own: new Map((stored?.variants ?? []).map((v) => [v.hash, v])),
          added: new Map(),
          stories: stored?.stories === undefined ? undefined : new Set(stored.stories),
        };
        live.set(id, claim);
        let ids = index.byValue.get(claim.value);
        if (!ids) index.byValue.set(claim.value, (ids = new Set()));
        ids.add(id);
      }
      return claim;
    };
    if (claimId === ownId && !live.has(ownId)) {
      const { kind, text, value, unit, entities } = mention.subject;
      // What each figure counts stays with its variant: the claim keeps the unit they all share.
      started.push({ id: ownId, kind, text, value, unit: unitWithoutMeasure(unit), entities });
    }
    const target = claimOf(claimId);
    const others = absorbed.filter((id) => id !== ownId);
    for (const id of others) {
      const other = claimOf(id);
      absorbedInto.set(id, claimId);
      live.delete(id);
      for (const key of other.keys) addKey(target, key);
      for (const [hash, v] of other.variants) target.variants.set(hash, v);
      for (const [hash, v] of other.added) target.added.set(hash, v);
      if (other.stories) for (const story of other.stories) (target.stories ??= new Set()).add(story);
    }
    if (mention.subject.storyId) (target.stories ??= new Set()).add(mention.subject.storyId);
    for (const key of mention.keys) addKey(target, key);
    const variant: ClaimVariant = { text: mention.subject.text, speakerKey: mention.speakerKey, entities: mention.subject.entities };
    if (mention.subject.kind === 'number') {
      variant.unit = mention.subject.unit;
      if (mention.subject.marks) variant.marks = mention.subject.marks;
    } else {
      if (mention.subject.weakSpeaker === true) variant.weakSpeaker = true;
      if (mention.subject.role) variant.role = mention.subject.role;
    }
    const stored = { hash: variantHash(variant), ...variant };
    target.variants.set(stored.hash, stored);
    target.added.set(stored.hash, stored);
    placed.push({
      mentionId: mention.mentionId,
      claimId,
      speakerId: mention.speakerId,
      speakerKey: mention.speakerKey,
      speakerWeak: mention.subject.weakSpeaker === true,
    });
    for (const conflict of decision.conflicts) {
      conflicts.push({ claimId, otherId: find(conflict.claimId), reason: conflict.reason });
    }
    outcomes.push({ claimId, created: decision.matches.length === 0, absorbed: others });
  }

  const finals = [...live.values()];
  const pairs = new Map<string, ClaimWrites['conflicts'][number]>();
  for (const c of conflicts) {
    const [claimId, otherId] = [find(c.claimId), find(c.otherId)];
    // Both directions are written with the reason first found for the pair.
    const key = claimId < otherId ? `${claimId}|${otherId}` : `${otherId}|${claimId}`;
    if (claimId !== otherId && !pairs.has(key)) pairs.set(key, { claimId, otherId, reason: c.reason });
  }
  const touched = [...new Set([...outcomes.map((o) => find(o.claimId)), ...absorbedInto.keys()])];
  const writes: ClaimWrites = {
    claims: started.filter((c) => !absorbedInto.has(c.id)),
    redirects: [...absorbedInto.keys()].map((oldId) => ({ oldId, newId: find(oldId) })),
    placements: placed.map((p) => ({ ...p, claimId: find(p.claimId) })),
    keys: finals.flatMap((c) => [...c.keys].map((key) => ({ claimId: c.id, key }))),
    variants: finals.flatMap((c) => variantWrites(c, options)),
    conflicts: [...pairs.values()],
    touched,
  };
  return { writes, outcomes };
}

/**
 * The live claims' ids by each key they were given and by their value: a superset (an absorbed claim's id stays), so that
 * a mention looks up the claims sharing its keys instead of scanning every claim of the merge (issue 19).
 */
interface LiveIndex {
  byKey: Map<number, Set<string>>;
  byValue: Map<number | null, Set<string>>;
}

/**
 * The claims a mention is compared with: its stored hits (an absorbed claim seen as the claim that absorbed
 * it) and the claims of a comparable kind (comparableKinds) this merge grew with one of its keys, the `limit` sharing the most keys.
 */
function candidatesOf(
  mention: MentionToPlace,
  live: ReadonlyMap<string, LiveClaim>,
  index: LiveIndex,
  find: (id: string) => string,
  limit: number,
): Candidate[] {
  const found = new Map<string, { shared: Set<number>; hit: CandidateHit | null; stories?: Set<string> }>();
  const entry = (id: string, hit: CandidateHit | null) => {
    let e = found.get(id);
    if (!e) found.set(id, (e = { shared: new Set(), hit }));
    return e;
  };
  for (const hit of mention.hits) {
    const e = entry(find(hit.id), hit);
    for (const key of hit.shared) e.shared.add(key);
    // What the read found of the mention's own story, which may not be the story of earlier mentions (another article's).
    for (const story of hit.stories ?? []) (e.stories ??= new Set()).add(story);
  }
  const { kind, value, storyId } = mention.subject;
  // The order in which they are found does not matter: they are ranked below by a total order.
  for (const key of mention.keys) {
    for (const id of index.byKey.get(key) ?? []) {
      const claim = live.get(id);
      if (claim && comparableKinds(claim.kind, kind) && claim.keys.has(key)) entry(claim.id, null).shared.add(key);
    }
  }
  // As readForMerge finds a figure's stored claims of the same value in its story.
  if (kind === 'number' && storyId) {
    for (const id of index.byValue.get(value) ?? []) {
      const claim = live.get(id);
      if (claim && comparableKinds(claim.kind, kind) && claim.value === value && claim.stories?.has(storyId)) entry(claim.id, null);
    }
  }
  // As readForMerge ranks: the keys read whole first, then all shared keys, then the id.
  const rare = (shared: ReadonlySet<number>) => [...shared].filter((key) => !mention.saturated?.has(key)).length;
  return [...found.entries()]
    .map(([id, e]) => ({ id, e, rare: rare(e.shared) }))
    .sort((x, y) => y.rare - x.rare || y.e.shared.size - x.e.shared.size || byCodePoint(x.id, y.id))
    .slice(0, limit)
    .map(({ id, e }) => {
      const claim = live.get(id);
      if (claim) {
        const known = e.stories ? new Set([...(claim.stories ?? []), ...e.stories]) : claim.stories;
        const stories = known && [...known].sort(byCodePoint);
        return { id, kind: claim.kind, value: claim.value, unit: claim.unit, variants: sortedVariants(claim.variants), stories };
      }
      const hit = e.hit as CandidateHit;
      return { id, kind: hit.kind, value: hit.value, unit: hit.unit, variants: hit.variants, stories: hit.stories };
    })
    .sort((a, b) => byCodePoint(a.id, b.id));
}

/**
 * What a claim's variants write: those added here, and for quotes and statements every variant whose wording kind
 * (wordingKinds) is not stored as it is now: one stored with this claim's id (read with it, not replaced by an
 * absorbed claim's of the same hash) whose stored wording is the same is left as it is (issue 19: the merge's write
 * rewrote every variant of a touched claim, most of them unchanged, under the merge's locks). An absorbed claim's
 * variants are written too: they move to this claim.
 */
function variantWrites(claim: LiveClaim, options: MergeOptions): ClaimWrites['variants'] {
  if (claim.added.size === 0) return [];
  if (claim.kind === 'number') return [...claim.added.values()].map((v) => ({ claimId: claim.id, ...v }));
  const variants = sortedVariants(claim.variants);
  const kinds = wordingKinds(variants.map((v) => v.text), options);
  return variants.flatMap((v, i) => {
    const wording = kinds[i] ?? 'verbatim';
    return claim.own.get(v.hash) === v && v.wording === wording ? [] : [{ claimId: claim.id, ...v, wording }];
  });
}

/** Code-point order of ids and hashes, as the database's "C" collation sorts them. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sortedVariants = (variants: ReadonlyMap<string, StoredVariant>) =>
  [...variants.values()].sort((a, b) => byCodePoint(a.hash, b.hash));
