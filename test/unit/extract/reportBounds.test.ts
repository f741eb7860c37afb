/**
 * Issue 15, items 3-4 (the thirteenth judged batch): where a report starts and ends around the manner of the saying,
 * a further naming act of the speaker, and a name set off after its role before a cue inside the sentence. Invented
 * wording; the classes were seen on tune items and PolNeAR train's tune side.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('the manner of the saying', () => {
  test('"replied curtly, with a frown: “...”" is no statement; the quote is', () => {
    const found = extractMentions(
      'Anna Berg met the mayor. The mayor replied curtly, with a frown: “We are not done yet.”',
    ).mentions;
    assert.deepEqual(
      found.map((m) => [m.kind, m.text]),
      [['quote', 'We are not done yet.']],
    );
  });

  test('"said firmly that ..." reports from after "that"', () => {
    assert.deepEqual(
      statements('The mayor, Anna Berg, said firmly that the talks were over.').map((s) => s.text),
      ['the talks were over'],
    );
  });
});

describe('a naming act after the reported clause', () => {
  test('", called her “...” and left" ends the clause before its comma', () => {
    const text =
      'Tom Reyes attacked her in May. He later suggested her manager was behind the leak, called her “second-rate” and skipped one of the forums at which she spoke.';
    assert.deepEqual(statements(text), [{ text: 'her manager was behind the leak', speaker: 'Tom Reyes' }]);
  });

  test('", describing X as ..." or ", calling X ..." after a reported clause ends it at the comma', () => {
    assert.deepEqual(statements('Coach Nora Vale said she had spoken with Diaz, describing the winger as a "true pro" and a "leader."'), [
      { text: 'she had spoken with Diaz', speaker: 'Nora Vale' },
    ]);
    assert.deepEqual(statements('Mayor Ivan Holt told reporters the budget was balanced, calling the new levy fair and overdue.'), [
      { text: 'the budget was balanced', speaker: 'Ivan Holt' },
    ]);
    assert.deepEqual(statements('The union said its members would strike on Friday, calling on the firm to reopen the talks.'), [
      { text: 'its members would strike on Friday', speaker: 'union' },
    ]);
  });

  test('"called for" is no naming: the clause goes on', () => {
    const text =
      'Some mayors said they feared a repeat of the 1990 strike, when the union, which had lost its vote, called for a “long fight” against “the owners.”';
    assert.ok(statements(text)[0]?.text.includes('called for a “long fight”'));
  });
});

describe('a name set off after its role before a cue inside the sentence', () => {
  test('"..., a spokeswoman, Mary Lund, said on Tuesday, and ..." reports both parts, hers', () => {
    const text =
      'The bank opened the fund to help small firms, a spokeswoman, Mary Lund, said on Tuesday, and it has used it four times in the last year after floods. But this was the first time it was used for something like this, she said.';
    assert.deepEqual(statements(text), [
      { text: 'The bank opened the fund to help small firms', speaker: 'Mary Lund' },
      { text: 'and it has used it four times in the last year after floods', speaker: 'Mary Lund' },
      { text: 'But this was the first time it was used for something like this', speaker: 'Mary Lund' },
    ]);
  });

  test('a name set off after no role is no speaker: "..., Rome, said ..." is not read so', () => {
    assert.deepEqual(
      statements('The trip ended early in the capital, Rome, said to be the hottest city that week.'),
      [],
    );
  });
});

describe('an opinion the sentence opens by naming its holder', () => {
  test('"In Ms. Cruz\'s view, ..." is her statement', () => {
    assert.deepEqual(
      statements("Ana Cruz leads the union. In Ms. Cruz's view, the offer is an insult to the workers."),
      [{ text: 'the offer is an insult to the workers', speaker: 'Ana Cruz' }],
    );
  });

  test('"In her opinion, ..." and "In the view of the council, ..."', () => {
    assert.deepEqual(
      statements('Ana Cruz leads the union. In her opinion, the offer is an insult to the workers.'),
      [{ text: 'the offer is an insult to the workers', speaker: 'Ana Cruz' }],
    );
    assert.deepEqual(
      statements('In the view of the city council, the new tower would block the harbour.').map(
        (s) => s.text,
      ),
      ['the new tower would block the harbour'],
    );
  });

  test('an assessment of something opens no clause of its holder\'s, and "In the past year" is no view', () => {
    assert.deepEqual(
      statements(
        'Ana Cruz spoke. In her assessment of the offer, the board found three errors in the count.',
      ),
      [],
    );
    assert.deepEqual(statements('In the past year, the offer has been raised twice by the company.'), []);
  });
});

describe('a cue word after a possessive is a noun', () => {
  test('"Cruz\'s claim that the plant will close drew a reply" reports nothing', () => {
    assert.deepEqual(
      statements(
        "Ana Cruz leads the union. Cruz's claim that the plant will close drew a sharp reply from the firm.",
      ),
      [],
    );
  });

  test('"She\'s said repeatedly that ..." is a report', () => {
    assert.deepEqual(
      statements("Ana Cruz leads the union. She's said repeatedly that the plant will close in May.").map(
        (s) => s.text,
      ),
      ['the plant will close in May'],
    );
  });
});

describe('a request reported', () => {
  test('"urged members to reject the offer" is what was asked', () => {
    assert.deepEqual(statements('The union leader, Ana Cruz, urged members to reject the offer.'), [
      { text: 'members to reject the offer', speaker: 'Ana Cruz' },
    ]);
  });

  test('a further verb of the one who asked ends the request, and a quote with its own cue stays a quote', () => {
    const text =
      'Ana Cruz stands by the van. She urges her brother to step out of the van and repeatedly says, “Don’t do it,” until the doors close.';
    const found = extractMentions(text).mentions.map((m) => [m.kind, m.text]);
    assert.deepEqual(found, [
      ['statement', 'her brother to step out of the van'],
      ['quote', 'Don’t do it'],
    ]);
  });

  test('a thing urged, with no one asked to do anything, is no request: "urged calm in several speeches"', () => {
    assert.deepEqual(statements('The mayor, Ana Cruz, has urged calm in several speeches this week.'), []);
  });

  test('a further act of the one who asked, after a comma, ends the request: ", proposed that ..."', () => {
    assert.deepEqual(
      statements('As treasurer, Ana Cruz urged the council to sell the old depot, proposed that the fees be cut, and pushed to hire more nurses.'),
      [{ text: 'the council to sell the old depot', speaker: 'Ana Cruz' }],
    );
  });

  test('a clause of another subject after a comma and a coordinator ends the request: ", but the mayor was ..."', () => {
    assert.deepEqual(statements('Union officials urged members to back the strike, but the mayor was slow to respond to it.'), [
      { text: 'members to back the strike', speaker: 'Union officials' },
    ]);
  });

  test('a circumstance after "and" goes on with the request: ", and in a calmer way, ..."', () => {
    assert.deepEqual(statements('Ana Cruz urged the board to act sooner, and in a calmer way, on the rents.'), [
      { text: 'the board to act sooner, and in a calmer way, on the rents', speaker: 'Ana Cruz' },
    ]);
  });

  test('a relative clause after "but" goes on with the request: ", but who are ..."', () => {
    assert.deepEqual(
      statements('Ana Cruz urged the board not to release the files until the tenants are told, but who are still waiting.'),
      [{ text: 'the board not to release the files until the tenants are told, but who are still waiting', speaker: 'Ana Cruz' }],
    );
  });
});
