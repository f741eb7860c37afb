import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of the item whose words start with `opening`. */
const speakerOf = (text: string, opening: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .find((m) => text.slice(m.start, m.end).startsWith(opening))?.speaker;

describe('a career the person has left, as the cue after their own attribution', () => {
  test('"..., Daniel Dunmore said. “...,” the retired shipwright told ..." and "The former harbour master continued" are Dunmore', () => {
    const text =
      'Dunmore on why the ferry must stay.\n\n' +
      'The council plans to sell the old ferry to a museum, Daniel Dunmore said on Monday.\n\n' +
      '“Well, first of all, the town needs its crossing,” the retired shipwright told Coast FM in a video.\n\n' +
      'The former harbour master continued, saying, “You need somebody who knows the tides.”';
    assert.equal(speakerOf(text, 'Well, first of all'), 'Daniel Dunmore');
    assert.equal(speakerOf(text, 'You need somebody'), 'Daniel Dunmore');
  });
});

describe('capitalised words that run into a role noun in lower case', () => {
  test('"said Sen. X, a chief Labour negotiator on the bill. ..., she said" is X, not "Labour"', () => {
    const text =
      'Teachers are tired of the rules.\n\n' +
      '“This will be a good step forward for our pupils,” said Sen. Mara Sollen, a chief Labour negotiator on the bill.\n\n' +
      'The waiver scheme has led to confusion in many counties, she said.';
    assert.equal(speakerOf(text, 'The waiver scheme'), 'Mara Sollen');
  });
});

describe('a name set off right after "another" or "one" and a role', () => {
  test('"said another dock worker, X." and "said one resident, X." are X', () => {
    const reader =
      "People were uneasy. ''We are worried,'' said another dock worker, Lara Quist. ''The storms keep getting closer.''";
    assert.equal(speakerOf(reader, 'We are worried'), 'Lara Quist');
    assert.equal(speakerOf(reader, 'The storms keep'), 'Lara Quist');
    const resident = "People were uneasy. ''We are worried,'' said one resident, Lara Quist.";
    assert.equal(speakerOf(resident, 'We are worried'), 'Lara Quist');
  });
});

describe('"the couple" after two people named as a pair with a tie between', () => {
  test('"On Tuesday, on the island of Brenna, X, 30, and his wife, Y, 28, ... the couple worried that" is X', () => {
    const text =
      'On Tuesday, at the camp on the island of Brenna, Tobias Wren, 30, and his wife, Mara Sollen, 28, asked for help. ' +
      'Having fled in March, the couple worried that the storms would close the harbour for good.';
    assert.equal(speakerOf(text, 'the storms would close'), 'Tobias Wren');
  });
});

describe('"they" after a sentence that opens on a plural description of people', () => {
  const statement = 'Harbour Lines said in a statement: "We look forward to a deal."\n\nThe strike is large.';
  test('"Workers objected to ... . They also said that ..." is the workers, not the company that spoke before', () => {
    const text = `${statement} Workers objected to the plan. They also said that Harbour Lines was trying to cut benefits.`;
    assert.equal(speakerOf(text, 'Harbour Lines was trying'), 'workers');
  });
  test('"But some dockers objected ..." is "some dockers"', () => {
    const text = `${statement} But some dockers objected to the plan. They also said that Harbour Lines was trying to cut benefits.`;
    assert.equal(speakerOf(text, 'Harbour Lines was trying'), 'some dockers');
  });
  test('a pronoun joined to the group ("She and her aides") is left to the rules for such groups', () => {
    const text = `${statement} Mara Sollen spoke first. She and her aides objected to the plan. They also said that Harbour Lines was trying to cut benefits.`;
    assert.notEqual(speakerOf(text, 'Harbour Lines was trying'), 'her aides');
  });
  test('only in the next sentence: "they" three sentences on is not that group', () => {
    const text = `${statement} Dockers got a taste of the fight on Monday. The talks stalled. The vote slipped. They also said that Harbour Lines was trying to cut benefits.`;
    assert.notEqual(speakerOf(text, 'Harbour Lines was trying'), 'dockers');
  });
});
