/**
 * Whether two units of a figure name one kind of thing by WordNet (the shared `wordnet.ts` reader): "skiffs" are
 * boats, "rifles" weapons, "houses" and "homes" dwellings, "unions" organisations. Merging reads it only for two
 * figures of one value in one story, whose units were printed by two outlets in their own words.
 */
import { boundedMemo } from '../boundedMemo.ts';
import { nounSenses, nounSynset } from '../wordnet.ts';

/** How many of a noun's senses count, most frequent first: a rare sense ("count": a nobleman) does not. */
const SENSES = 3;
/** How many hypernym steps a unit may be above the other: "skiff" -> "small boat" -> "boat". */
const MAX_STEPS = 3;
/**
 * How far below WordNet's root the kind both name must be: "organization" (4) and "weapon" are kinds enough;
 * "person" (3), "group" and "object" are not, or "two candidates" and "two people" would be one count.
 */
const MIN_DEPTH = 4;

const depths = new Map<number, number>();

/**
 * Merging asks of the same units again and again (every pair of figures of one value in a story), so a noun's
 * senses and kinds are remembered: up to this many nouns, then the memos start again.
 */
const NOUN_MEMO_LIMIT = 5_000;

/** The fewest hypernym steps from a synset to WordNet's root ("entity" is 0). */
function depthOf(offset: number): number {
  const known = depths.get(offset);
  if (known !== undefined) return known;
  depths.set(offset, 0); // a guard against a loop in the data
  const { hypernyms } = nounSynset(offset);
  const depth = hypernyms.length === 0 ? 0 : 1 + Math.min(...hypernyms.map(depthOf));
  depths.set(offset, depth);
  return depth;
}

/** A noun's first senses and their hypernyms up to MAX_STEPS above, deep enough to be a kind of thing (MIN_DEPTH). */
const kindsOf = boundedMemo(NOUN_MEMO_LIMIT, (noun): ReadonlySet<number> => {
  const kinds = new Set<number>();
  let level = (nounSenses(noun) ?? []).slice(0, SENSES);
  for (let step = 0; step <= MAX_STEPS && level.length > 0; step += 1) {
    for (const offset of level) if (depthOf(offset) >= MIN_DEPTH) kinds.add(offset);
    level = level.flatMap((offset) => nounSynset(offset).hypernyms);
  }
  return kinds;
});

/** The senses of a noun itself (first SENSES), deep enough to be a kind of thing. */
const sensesOf = boundedMemo(NOUN_MEMO_LIMIT, (noun): readonly number[] =>
  (nounSenses(noun) ?? []).slice(0, SENSES).filter((offset) => depthOf(offset) >= MIN_DEPTH),
);

/**
 * Whether two singular nouns (candidateKeys' normalizeUnit) name one kind of thing: they share a sense, or a
 * sense of one is a kind of the other within MAX_STEPS ("skiff" and "boat"), never through a kind as general as
 * "person" or "object" (MIN_DEPTH). Words WordNet lacks ("km", "kos") agree with nothing but themselves.
 */
export function sameKindOfThing(a: string, b: string): boolean {
  if (a === b) return true;
  if (!/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b)) return false;
  const [kindsA, kindsB] = [kindsOf(a), kindsOf(b)];
  return sensesOf(a).some((s) => kindsB.has(s)) || sensesOf(b).some((s) => kindsA.has(s));
}

/** How many hypernym steps a noun of people may be below "person": "refugee" -> ... -> "person" is four. */
const PERSON_STEPS = 4;

/**
 * Whether a singular noun names a kind of person by WordNet within PERSON_STEPS of its first senses ("worker",
 * "refugee", "resident"), so that a count of "people" may be a count of them; "person" itself is not a kind of it.
 */
export function isKindOfPerson(noun: string): boolean {
  const [person] = nounSenses('person') ?? [];
  if (person === undefined || noun === 'person' || !/^\p{L}+$/u.test(noun)) return false;
  let level = (nounSenses(noun) ?? []).slice(0, SENSES);
  for (let step = 0; step <= PERSON_STEPS && level.length > 0; step += 1) {
    if (level.includes(person)) return true;
    level = level.flatMap((offset) => nounSynset(offset).hypernyms);
  }
  return false;
}

/** How many hypernym steps two kinds of one thing may each be below it: "son" -> "male offspring" -> "child". */
const SIBLING_STEPS = 2;

/**
 * Whether two singular nouns are two kinds of one thing ("rifle" and "shotgun", both a firearm; "son" and
 * "daughter"; "car" and "truck"): their first senses (the first `senses` of each: "morning" and "evening" are two
 * parts of a day by their first, "day" and "night" by a later one) are each at most SIBLING_STEPS below one kind
 * (never one as general as "person": MIN_DEPTH), and neither names one kind of thing with the other
 * (sameKindOfThing). A report that prints one where another printed the other says something else, however near its words.
 */
export function kindsOfOneThing(a: string, b: string, senses = 1): boolean {
  if (a === b || !/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b)) return false;
  const [firstA, firstB] = [(nounSenses(a) ?? []).slice(0, senses), (nounSenses(b) ?? []).slice(0, senses)];
  if (firstA.length === 0 || firstB.length === 0 || firstA.some((sense) => firstB.includes(sense))) return false;
  if (sameKindOfThing(a, b)) return false;
  const kindsAbove = (offsets: readonly number[]) => {
    const kinds: number[] = [];
    let level = offsets;
    for (let step = 0; step < SIBLING_STEPS; step += 1) {
      level = level.flatMap((kind) => nounSynset(kind).hypernyms);
      kinds.push(...level);
    }
    return kinds;
  };
  const [aboveA, aboveB] = [kindsAbove(firstA), kindsAbove(firstB)];
  // A kind of the other, however general ("suspect" and "person"), is the same one named with more detail.
  if (firstB.some((sense) => aboveA.includes(sense)) || firstA.some((sense) => aboveB.includes(sense))) return false;
  const above = new Set(aboveA);
  return aboveB.some((kind) => above.has(kind) && depthOf(kind) >= MIN_DEPTH);
}
