import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of the item whose words start with `opening`. */
const speakerOf = (text: string, opening: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .find((m) => text.slice(m.start, m.end).startsWith(opening))?.speaker;

describe('a proper plural a sentence opens on keeps its capital', () => {
  test('"Liberals say ... They say ..." is "Liberals" when the text prints "Liberal" inside a sentence', () => {
    const text =
      'The vote split the council. Liberals say Conservatives are only trying to delay the budget. ' +
      'They say the Conservatives already delayed the previous one by a month. ' +
      'A veteran Liberal organiser expects a close vote.';
    assert.equal(speakerOf(text, 'the Conservatives already delayed'), 'Liberals');
  });

  test('a common plural capitalised only by the sentence opening stays in lower case', () => {
    const text =
      'The vote split the council, and the Residents Association of Alder Park called a meeting. ' +
      'Residents objected to the plan to close the library. They also said the council had not consulted anyone.';
    assert.equal(speakerOf(text, 'the council had not consulted'), 'residents');
  });
});

describe('a role before a name set off by dashes', () => {
  test('"A former Liberal leadership candidate -- Ann Lowell, who lost ... -- said" is Ann Lowell', () => {
    const text =
      'Senators criticised the plan on Monday. A former Liberal leadership candidate -- Ann Lowell, who lost the ' +
      '2004 race to Smith -- said the budget "would not cut the deficit."';
    assert.equal(speakerOf(text, 'the budget'), 'Ann Lowell');
  });

  test('the same with spaced em dashes', () => {
    const text =
      'Senators criticised the plan on Monday. A former Liberal leadership candidate — Ann Lowell, who lost the ' +
      '2004 race to Smith — said the budget "would not cut the deficit."';
    assert.equal(speakerOf(text, 'the budget'), 'Ann Lowell');
  });
});

describe('"Another said" after "one reader wrote" is another person', () => {
  test('the statement and the quote after its colon are "another reader", not "one reader"', () => {
    const text =
      'Readers reacted online. "It is far too late," one reader wrote. "I hope they fix it." ' +
      'Another said she hoped the council would act: "Then we can finally cross the bridge."';
    assert.equal(speakerOf(text, 'It is far too late'), 'one reader');
    assert.equal(speakerOf(text, 'she hoped the council'), 'another reader');
    assert.equal(speakerOf(text, 'Then we can finally'), 'another reader');
  });

  test('"Another said: “...”" with no one described before names nobody', () => {
    const text =
      'The ferry will stop in winter. Pia Okafor runs the kiosk. Another said: "It should run all year."';
    assert.notEqual(speakerOf(text, 'It should run all year'), 'Pia Okafor');
  });
});
