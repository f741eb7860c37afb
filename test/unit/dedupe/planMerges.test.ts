import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { figureKeys, quoteKeys } from '../../../dedupe/candidateKeys.ts';
import { DEFAULT_MERGE_OPTIONS, figureNames } from '../../../dedupe/decideMerge.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';
import type { CandidateHit, MentionToPlace } from '../../../dedupe/planMerges.ts';
import { ownClaimId, planMerges, variantHash } from '../../../dedupe/planMerges.ts';

const QUOTE = 'We will not leave the harbour until the council agrees to the new budget';

function quote(mentionId: string, text: string, hits: CandidateHit[] = []): MentionToPlace {
  const speakerKey = 'ines calloway';
  return {
    mentionId,
    subject: { kind: 'quote', text, speakerKey, value: null, unit: null, entities: [] },
    speakerId: 's_calloway',
    speakerKey,
    keys: quoteKeys(tokenize(text)),
    hits,
  };
}

function storedClaim(id: string, text: string, shared: number[]): CandidateHit {
  const variant = { text, speakerKey: 'ines calloway', entities: [] };
  return { id, kind: 'quote', value: null, unit: null, shared, variants: [{ hash: variantHash(variant), ...variant }] };
}

/** Mention ids in the order of their own claim ids, so that tests can say which one is least. */
function idsByOwnClaim(...ids: string[]): string[] {
  return ids.sort((a, b) => (ownClaimId(a) < ownClaimId(b) ? -1 : 1));
}

describe('planning an article merge in memory', () => {
  test('the role printed with a speaker is kept with its variant and in its hash; a variant without one keeps its old hash', () => {
    const withRole = { ...quote('m_one', QUOTE), subject: { ...quote('m_one', QUOTE).subject, role: 'harbour master' } };
    const plan = planMerges([withRole], DEFAULT_MERGE_OPTIONS);
    const [variant] = plan.writes.variants;
    assert.equal(variant?.role, 'harbour master');
    const bare = { text: QUOTE, speakerKey: 'ines calloway', entities: [] };
    assert.notEqual(variant?.hash, variantHash(bare));
    assert.equal(variantHash({ ...bare, role: null }), variantHash(bare));
  });

  test("a figure's marks are kept with its variant and in its hash, written as units held them before migration 0030", () => {
    const subject = {
      kind: 'number' as const,
      text: 'four people',
      speakerKey: null,
      value: 4,
      unit: 'people (killed)',
      entities: ['Vellmar'],
      marks: { quake: 7.2, inSentence: '1/2' },
    };
    const plan = planMerges(
      [{ mentionId: 'm_toll', subject, speakerId: null, speakerKey: null, keys: [], hits: [] }],
      DEFAULT_MERGE_OPTIONS,
    );
    const [variant] = plan.writes.variants;
    assert.deepEqual(variant?.marks, { quake: 7.2, inSentence: '1/2' });
    assert.equal(variant?.unit, 'people (killed)');
    const printed = { text: 'four people', speakerKey: null, entities: ['Vellmar'] };
    assert.equal(
      variant?.hash,
      variantHash({ ...printed, unit: 'people (killed; quake of magnitude 7.2; figure 1 of 2 alike in its sentence)' }),
    );
    // A unit with no measure had the marks as its bracket; an unmarked figure's hash is its unit's, as before.
    assert.equal(
      variantHash({ ...printed, unit: 'people', marks: { quake: 6 } }),
      variantHash({ ...printed, unit: 'people (quake of magnitude 6)' }),
    );
    assert.equal(variantHash({ ...printed, unit: 'people', marks: {} }), variantHash({ ...printed, unit: 'people' }));
    assert.notEqual(variantHash({ ...printed, unit: 'people', marks: { quake: 6 } }), variantHash({ ...printed, unit: 'people' }));
  });

  test('a quote printed twice in one article is one claim, under the least own id, the other redirected', () => {
    const [least, other] = idsByOwnClaim('m_one', 'm_two') as [string, string];
    // The greater id comes first, so the second mention's claim absorbs the first one's.
    const plan = planMerges([quote(other, QUOTE), quote(least, QUOTE)], DEFAULT_MERGE_OPTIONS);
    const claimId = ownClaimId(least);
    assert.deepEqual(plan.writes.claims.map((c) => c.id), [claimId]);
    assert.deepEqual(plan.writes.redirects, [{ oldId: ownClaimId(other), newId: claimId }]);
    assert.deepEqual(
      plan.writes.placements.map((p) => p.claimId),
      [claimId, claimId],
    );
    assert.deepEqual(plan.outcomes.map((o) => o.created), [true, false]);
    assert.equal(plan.writes.variants.length, 1, 'one wording, one variant');
    assert.equal(new Set(plan.writes.keys.map((k) => k.key)).size, plan.writes.keys.length);
    assert.ok(plan.writes.keys.every((k) => k.claimId === claimId));
    assert.deepEqual(new Set(plan.writes.touched), new Set([claimId, ownClaimId(other)]));
  });

  test('a stored claim with a lesser id takes the mention; one with a greater id is absorbed into it', () => {
    const keys = quoteKeys(tokenize(QUOTE));
    const joined = planMerges([quote('m_x', QUOTE, [storedClaim('c_0000', QUOTE, keys)])], DEFAULT_MERGE_OPTIONS);
    assert.deepEqual(joined.writes.claims, []);
    assert.deepEqual(joined.writes.redirects, []);
    assert.deepEqual(joined.writes.placements.map((p) => p.claimId), ['c_0000']);

    const absorbed = planMerges([quote('m_x', QUOTE, [storedClaim('c_zzzz', QUOTE, keys)])], DEFAULT_MERGE_OPTIONS);
    const own = ownClaimId('m_x');
    assert.deepEqual(absorbed.writes.claims.map((c) => c.id), [own]);
    assert.deepEqual(absorbed.writes.redirects, [{ oldId: 'c_zzzz', newId: own }]);
    assert.deepEqual(absorbed.outcomes[0]?.absorbed, ['c_zzzz']);
  });

  test('a later mention sees a stored claim through the claim that absorbed it', () => {
    const keys = quoteKeys(tokenize(QUOTE));
    const [least, other] = idsByOwnClaim('m_a', 'm_b') as [string, string];
    const hit = storedClaim('c_zzzz', QUOTE, keys);
    const plan = planMerges([quote(least, QUOTE, [hit]), quote(other, QUOTE, [hit])], DEFAULT_MERGE_OPTIONS);
    const own = ownClaimId(least);
    assert.deepEqual(plan.writes.placements.map((p) => p.claimId), [own, own]);
    assert.deepEqual(plan.writes.redirects, [{ oldId: 'c_zzzz', newId: own }]);
    assert.deepEqual(plan.writes.claims.map((c) => c.id), [own]);
  });

  test("a stored variant whose wording kind is stored as it is now is not written again; one stored otherwise, or an absorbed claim's, is", () => {
    const keys = quoteKeys(tokenize(QUOTE));
    const edited = `${QUOTE}.`;
    const stored = (wording: 'verbatim' | 'reworded' | null, id = 'c_0000'): CandidateHit => {
      const hit = storedClaim(id, QUOTE, keys);
      return { ...hit, variants: hit.variants.map((v) => ({ ...v, wording })) };
    };
    const written = (hit: CandidateHit) =>
      planMerges([quote('m_x', edited, [hit])], DEFAULT_MERGE_OPTIONS).writes.variants.map((v) => [v.claimId, v.text, v.wording]);
    // The mention's own variant is new; the stored one is verbatim as before.
    assert.deepEqual(written(stored('verbatim')), [['c_0000', edited, 'verbatim']]);
    // Stored without a wording (before it was kept) or with another: written with the wording it has now.
    assert.deepEqual(written(stored(null)).map((v) => v[1]).sort(), [QUOTE, edited].sort());
    assert.deepEqual(
      written(stored('reworded')).find((v) => v[1] === QUOTE),
      ['c_0000', QUOTE, 'verbatim'],
    );
    // A claim absorbed into the mention's own (a greater id): its variants move, written under the claim that absorbs it.
    const own = ownClaimId('m_x');
    assert.deepEqual(written(stored('verbatim', 'c_zzzz')).map((v) => v[0]), [own, own]);
  });

  test('a claim sharing a key read whole is compared before claims sharing more keys of which only a sample was read', () => {
    const keys = quoteKeys(tokenize(QUOTE));
    const [rare, ...stock] = keys as [number, ...number[]];
    // Unrelated claims, more than the candidate limit, each sharing every stock key; the match shares the rare one.
    const crowd = Array.from({ length: 60 }, (_, i) => storedClaim(`c_${String(i).padStart(3, '0')}`, `Another statement number ${i}`, stock));
    const match = storedClaim('c_zzzz', QUOTE, [rare]);
    const mention = { ...quote('m_rare', QUOTE, [...crowd, match]), saturated: new Set(stock) };
    const plan = planMerges([mention], DEFAULT_MERGE_OPTIONS, 50);
    assert.deepEqual(plan.outcomes.map((o) => o.created), [false], 'joined the stored claim');
    // The mention's own id is the lesser, so the stored claim takes it.
    assert.deepEqual(plan.writes.redirects, [{ oldId: 'c_zzzz', newId: ownClaimId('m_rare') }]);
  });

  test('figures of one value, unit and subject in one article are one claim; another value is another', () => {
    const figure = (mentionId: string, value: number): MentionToPlace => ({
      mentionId,
      subject: { kind: 'number', text: `${value} passengers`, speakerKey: null, value, unit: 'passengers', entities: ['Corvane Air'] },
      speakerId: null,
      speakerKey: null,
      keys: figureKeys(value, 'passengers', figureNames(['Corvane Air'])),
      hits: [],
    });
    const plan = planMerges([figure('m_1', 12_000), figure('m_2', 12_000), figure('m_3', 10_000)], DEFAULT_MERGE_OPTIONS);
    const claims = new Set(plan.writes.placements.map((p) => p.claimId));
    assert.equal(claims.size, 2);
    assert.equal(plan.writes.placements[0]?.claimId, plan.writes.placements[1]?.claimId);
    assert.notEqual(plan.writes.placements[0]?.claimId, plan.writes.placements[2]?.claimId);
  });

  test("a figure of another article's story sees what the read found of its own story in a claim an earlier article grew", () => {
    // Two articles merged in one plan (a MergeBatcher's batch): the first, in story s1, joins a stored claim of 12
    // passengers carried in s1; the second, in s2, was read with that claim carried in s2 too. Merged one after the
    // other it joins it; in one plan it must as well, though the claim as grown by the first knows only s1.
    const keys = figureKeys(12, 'passengers', figureNames(['Corvane Air']));
    const variant = { text: '12 passengers', speakerKey: null, entities: ['Corvane Air'], unit: 'passengers' };
    const stored = (story: string): CandidateHit => ({
      id: 'c_0000', kind: 'number', value: 12, unit: 'passengers', shared: keys,
      variants: [{ hash: variantHash(variant), ...variant }], stories: [story],
    });
    const figure = (mentionId: string, storyId: string): MentionToPlace => ({
      mentionId,
      subject: { kind: 'number', text: '12 passengers', speakerKey: null, value: 12, unit: 'passengers', entities: ['Corvane Air'], storyId },
      speakerId: null,
      speakerKey: null,
      keys,
      hits: [stored(storyId)],
    });
    const plan = planMerges([figure('m_a', 's1'), figure('m_b', 's2')], DEFAULT_MERGE_OPTIONS);
    assert.deepEqual(plan.writes.placements.map((p) => p.claimId), ['c_0000', 'c_0000']);
    assert.deepEqual(plan.outcomes.map((o) => o.created), [false, false]);
  });
});
