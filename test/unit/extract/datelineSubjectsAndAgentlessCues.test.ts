import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of the quote or statement whose words start with `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return extractMentions(text).mentions.find((m) => m.kind !== 'number' && m.text.startsWith(words))?.speaker;
}

test('the name right after a dateline is its sentence’s subject, whom a description in the next sentence redescribes', () => {
  const text =
    'Harbour Plan Faces Vote.\n\nCARRISFORD — Marta Quell doesn’t think the harbour plan will survive the council vote next week.\n\nIn a radio interview with two local presenters, the independent candidate said that the plan “would leave the fishing fleet with nowhere to go.”\n';
  assert.equal(speakerOf(text, 'the plan'), 'Marta Quell');
});

test('a cousin set off after "The other man," is the subject a later "he said" points back at', () => {
  const text =
    'Two Views From The Valley.\n\nTwo brothers were fixing a fence near the river. One of the men, Tom Alder, 61, said he would vote for Ms. Rayne because she had fixed the bridge.\n\nThe other man, his cousin Ned Furrow, 44, cited Ms. Rayne’s plan for the mill as a reason to stay home. “She has never worked a day in her life,” he said.\n';
  assert.equal(speakerOf(text, 'She has never'), 'Ned Furrow');
});

test('"it is said" and "it was reported" set off in a sentence name no one, not the last body that spoke', () => {
  const text =
    'A headline.\n\nThe Acme Corporation said on Monday that it would close the plant in the spring.\n\nThe road into the town follows a narrow, winding canyon where, it is said, bandits once robbed the stagecoaches carrying silver to the coast. The old mill, it was reported, employed nine hundred people before the war.\n';
  const mentions = extractMentions(text).mentions.filter((m) => m.kind === 'statement');
  assert.deepEqual(
    mentions.map((m) => m.speaker),
    ['Acme Corporation'],
  );
  assert.ok(!mentions.some((m) => m.text.startsWith('bandits') || m.text.includes('nine hundred')));
});

test('a quote after "Adding," goes on with the reported statement just before it, not an earlier speaker’s quote', () => {
  const text =
    'Radio Notes.\n\nThe mayor was asked about the ferry. Jon Pell responded, “It is late. But the boats will run by June, and the fares will not rise this year.”\n\nLater in the program, after the mayor had left, host Dana Grieve said of the ferry contract that the city’s audit “was not kind.” Adding, “Every contract in this town is late, and every one of them costs twice what it should.”\n';
  assert.equal(speakerOf(text, 'Every contract'), 'Dana Grieve');
});

test('a quote and its cue set off by dashes are the quote alone, not the narration before the dash', () => {
  for (const [open, close, dash] of [
    ['“', '”', '-'],
    ["''", "''", '—'],
  ]) {
    const text = `Two Voters.\n\nNeither woman was impressed by the governor ${dash} ${open}She has never run anything bigger than a bake sale,${close} Ms. Hart said ${dash} but they would not vote for her rival either.\n`;
    const said = extractMentions(text).mentions.filter((m) => m.kind !== 'number');
    assert.deepEqual(
      said.map((m) => [m.kind, m.text, m.speaker]),
      [['quote', 'She has never run anything bigger than a bake sale', 'Hart']],
    );
  }
});
