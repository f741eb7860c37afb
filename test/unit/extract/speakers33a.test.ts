import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of the item whose words start with `opening`. */
const speakerOf = (text: string, opening: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .find((m) => text.slice(m.start, m.end).startsWith(opening))?.speaker;

describe('a placed office opening a sentence', () => {
  test('"The Oregon senator’s answer was that ..." after a sentence about X is X', () => {
    const text =
      'Sens. Tobias Wren (Ore.) and Mara Sollen (Ida.) sparred over farm credits at the forum on Tuesday.\n\n' +
      'Wren was asked by the moderator whether his credits would cost too much.\n\n' +
      'The Oregon senator’s answer was that the credits would pay for themselves within a decade.';
    assert.equal(speakerOf(text, 'the credits would pay'), 'Tobias Wren');
  });

  test('"The Oregon senator told ..." is not a senator of another state who spoke before', () => {
    const text =
      'Idaho senator Peter Dunmore said on Monday that the fares would fall.\n\n' +
      'Tobias Wren, who trails in the polls, toured a mill with Sen. Lara Quist, R-Ore.\n\n' +
      'The Oregon senator told reporters he feels good about the race.';
    assert.notEqual(speakerOf(text, 'he feels good'), 'Peter Dunmore');
  });
});

describe('an appointed office as the cue', () => {
  test('"..., the secretary emphasized" after a sentence reporting X is X', () => {
    const text =
      'The harbour rule will be published on Friday. “The rule protects the fisheries,” Osric Dunmore said.\n\n' +
      'But Dunmore noted that boats would still need permits in the narrows. ' +
      'Harbour boards would still be free to ask for a review, the secretary emphasized.';
    assert.equal(speakerOf(text, 'Harbour boards would'), 'Osric Dunmore');
  });
});

describe('a name set off after a description opening the sentence', () => {
  test('"The treasurer, X, has ... . He said ..." is X', () => {
    const text =
      'The harbour plan stalled again on Tuesday.\n\n' +
      'The treasurer, Tobias Wren, has opposed the plan for years. He said the fund would run dry by spring.';
    assert.equal(speakerOf(text, 'the fund would run dry'), 'Tobias Wren');
  });

  test('"The councillor, X, has ... . She repeated her claim that ..." is X', () => {
    const text =
      'The harbour plan stalled again on Tuesday.\n\n' +
      'The councillor, Mara Sollen, has opposed the plan for years. She repeated her claim that the harbour would lose money.';
    assert.equal(speakerOf(text, 'the harbour would lose'), 'Mara Sollen');
  });
});

describe('a name set off after "another" or "one" and a description', () => {
  test('"“...,” said another resident, X." is X', () => {
    const text =
      'The river rose overnight in the valley.\n\n' +
      '“We are anxious,” said another resident, Lara Quist. “The floods are getting closer.”';
    assert.equal(speakerOf(text, 'We are anxious'), 'Lara Quist');
    assert.equal(speakerOf(text, 'The floods are'), 'Lara Quist');
  });

  test('"“...,” said one farmer, X." is X', () => {
    const text =
      'The river rose overnight in the valley.\n\n“We had no warning,” said one farmer, Peter Dunmore.';
    assert.equal(speakerOf(text, 'We had no warning'), 'Peter Dunmore');
  });
});
