import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'quote' || m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('an inverted name set off mid-sentence before a subordinate clause (", says Ruiz, as long as ...")', () => {
  test('the clause around the cue is the named speaker’s, and a later "she" is hers, not the woman quoted before', () => {
    assert.deepEqual(
      speakers(
        'Walking every day helps the heart, says fitness coach Mara Quist. “Ten minutes a day is enough,” she told the paper.\n\nRunning is fine too, says nurse Dana Colby, as long as you stretch first. “Most injuries come from cold muscles,” she told the paper.',
      ),
      [
        ['Walking every day helps the heart', 'Mara Quist'],
        ['Ten minutes a day is enough', 'Mara Quist'],
        ['Running is fine too, says nurse Dana Colby, as long as you stretch first', 'Dana Colby'],
        ['Most injuries come from cold muscles', 'Dana Colby'],
      ],
    );
  });

  test('with no role before the name, and a contrast after it: the first part is reported, as with ", Ruiz says, but"', () => {
    assert.deepEqual(speakers('The bridge is safe, said Omar Teller, but the road needs new lights.'), [
      ['The bridge is safe', 'Omar Teller'],
      ['but the road needs new lights', 'Omar Teller'],
    ]);
  });

  test('a circumstance of the saying after the name (", said X, as she left the room") is not reported', () => {
    assert.deepEqual(speakers('The vote was fair, said Dana Colby, as she left the hall.'), [['The vote was fair', 'Dana Colby']]);
  });
});

describe('a condition after a cue set off mid-sentence', () => {
  test('"..., X said, if ..." and "..., says X, so long as ...": one statement over the cue', () => {
    assert.deepEqual(speakers('The levy will pass, Omar Teller said, if the farmers turn out to vote.'), [
      ['The levy will pass, Omar Teller said, if the farmers turn out to vote', 'Omar Teller'],
    ]);
    assert.deepEqual(speakers('The mill can stay open, says Omar Teller, so long as the river stays high.'), [
      ['The mill can stay open, says Omar Teller, so long as the river stays high', 'Omar Teller'],
    ]);
  });
});

describe('"penned" as a cue of a quote', () => {
  test('"“...,” she penned in a column" is the writer just named, and so is the next paragraph of the quote', () => {
    assert.deepEqual(
      speakers('The evidence for the pills is unclear, as noted by science writer Dana Colby. “Some trials find a benefit, but others find none,” she penned in a column for the Ledger. “More work is needed.”'),
      [
        ['The evidence for the pills is unclear', 'Dana Colby'],
        ['Some trials find a benefit, but others find none', 'Dana Colby'],
        ['More work is needed.', 'Dana Colby'],
      ],
    );
  });
});

describe('a pronoun with a contracted auxiliary, and a habitual answer after "would"', () => {
  test('"he’d say" is the man named before, not the woman quoted last', () => {
    assert.deepEqual(speakers('Karl Osten wrote six novels. Rita Vane edited them. “He hated to explain,” she said. “Read it again,” he’d say.'), [
      ['He hated to explain', 'Rita Vane'],
      ['Read it again', 'Karl Osten'],
    ]);
  });

  test('"he’d respond, “...”" and "“...,” he would reply" report the answer', () => {
    assert.deepEqual(speakers('Karl Osten wrote six novels. Rita Vane edited them. “He hated to explain,” she said. When she asked for more, he’d respond, “The reader will see it.”'), [
      ['He hated to explain', 'Rita Vane'],
      ['The reader will see it.', 'Karl Osten'],
    ]);
    assert.deepEqual(speakers('Karl Osten wrote six novels. “The reader will see it,” he would reply.'), [['The reader will see it', 'Karl Osten']]);
  });
});

describe('a sentence closing on ", as noted by X"', () => {
  test('the clause before is the agent’s, a role before the name kept apart, and a later "she" is hers', () => {
    assert.deepEqual(speakers('Oat bran may lower the risk of some cancers, as noted by registered dietitian Dr. Mara Quist. “The fibre does most of the work,” she told the paper.'), [
      ['Oat bran may lower the risk of some cancers', 'Mara Quist'],
      ['The fibre does most of the work', 'Mara Quist'],
    ]);
    assert.deepEqual(speakers('The tannery closed its doors in 1987, as first reported by the Ridgeton Ledger.'), [['The tannery closed its doors in 1987', 'Ridgeton Ledger']]);
  });

  test('a fragment before it ("Not much, as noted by X") and a long tail after "by" report nothing', () => {
    assert.deepEqual(speakers('Not much, as noted by Mara Quist.'), []);
    assert.deepEqual(speakers('The tannery closed its doors in 1987, as noted by the old men who sit on the benches by the river every single day.'), []);
  });
});
