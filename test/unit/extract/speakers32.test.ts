import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of the item whose words start with `opening`. */
const speakerOf = (text: string, opening: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .find((m) => text.slice(m.start, m.end).startsWith(opening))?.speaker;

describe('a pronoun in a clause trailing its main clause', () => {
  test('"X was talking about ... when he told a host, “...”" is X, not the man who spoke before', () => {
    const text =
      'Councillor Tobias Wren took aim at the fares plan on Monday. Mayor Osric Dunmore said the fares would rise in May.\n\n' +
      'In a radio interview last week, Wren was talking about the harbour budget when he told Lara Quist of Coast FM, ' +
      '“The fares are too high already. The town cannot pay more.”';
    assert.equal(speakerOf(text, 'The fares are too high'), 'Tobias Wren');
  });
});

describe('"had written" before a quote', () => {
  test('"As the columnist X had written a few years earlier, “...”" is X', () => {
    const text =
      'The old ferry made its last crossing in 1963. Osric Dunmore steered it.\n\n' +
      'As the columnist Lara Quist had written just a few years earlier, “The town could not keep its ferry without Dunmore.”';
    assert.equal(speakerOf(text, 'The town could not'), 'Lara Quist');
  });
});

describe('a relative clause whose cue has a circumstance after it', () => {
  test('"..., from X, who declared in the spin room, “...”" is X', () => {
    const text =
      'Councillor Tobias Wren won the vote on Monday.\n\n' +
      'On Thursday, Wren scored his first endorsement from a colleague, from Mara Sollen, who declared in the council lobby, ' +
      '“I am sending the signal that it is time to unite.”';
    assert.equal(speakerOf(text, 'I am sending'), 'Mara Sollen');
  });
});

describe('a participle cue after "by"', () => {
  test('"On Twitter, she answered one of his posts by saying, “...”" is the main clause\'s subject', () => {
    const text =
      'Mara Sollen quit the council on Monday. Tobias Wren said she had lied.\n\n' +
      'On Twitter, she responded Tuesday to one of Wren’s messages by saying, “Seriously, just stop lying.”';
    assert.equal(speakerOf(text, 'Seriously'), 'Mara Sollen');
  });
});
