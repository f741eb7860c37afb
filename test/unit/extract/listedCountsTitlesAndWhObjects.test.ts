import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const mentions = (text: string, kind: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === kind)
    .map((m) => (kind === 'number' ? m.text : `${m.speaker ?? '-'}: ${m.text}`));

describe('counts of a list, show titles and a cue’s question-word object are no claims (issue 15 item 3)', () => {
  test('a small count with an appositive that lists as many names or descriptions counts the list, no figure', () => {
    const named =
      'Two donors, the shipping heir Ada Brennan and the brewer Colm P. Dorsey, lead the list of givers, with $3 million and $2 million.';
    assert.ok(!mentions(named, 'number').includes('Two donors'));
    const described =
      'The harbour master answers to only three bosses, the mayor, the port board and the coast guard.';
    assert.ok(!mentions(described, 'number').includes('three bosses'));
    // As many items as the count, each a name or a short description: a longer list or a clause counts something else.
    const more = 'Police detained three men, Ada Brennan and Colm Dorsey, after the brawl at the pier.';
    assert.ok(mentions(more, 'number').includes('three men'));
    const clause = 'Police detained two men, one who fled and one who stayed, after the brawl at the pier.';
    assert.ok(mentions(clause, 'number').includes('two men'));
    // Places or times after the count name no one counted.
    const places = 'The ferry now makes two stops, at Harlow and at Penfield, on its way north.';
    assert.ok(mentions(places, 'number').includes('two stops'));
    // Indefinite descriptions add people (a family, a list going on): the count stays.
    const family =
      'The pilot leaves behind a wife and two children, a 9-year-old son and a 12-year-old daughter.';
    assert.ok(mentions(family, 'number').includes('two children'));
    const kin = 'The pilot is survived by two sons, Ada Brennan and Colm Dorsey, and four grandchildren.';
    assert.ok(mentions(kin, 'number').includes('two sons'));
    // What happened to those listed is counted: a toll stays a figure.
    const toll = 'The ferry capsized at dawn, and two deckhands, Ada Brennan and Colm Dorsey, were hurt.';
    assert.ok(mentions(toll, 'number').includes('two deckhands'));
  });

  test('quoted words in title case with as many small words as capitalised ones, last word capitalised, name a show', () => {
    const show =
      '"We will fund the new pier before the winter storms," Ada Brennan said on Channel Nine\'s "Voice of the Harbour."';
    assert.deepEqual(mentions(show, 'quote'), [
      'Ada Brennan: We will fund the new pier before the winter storms',
    ]);
    // A quote whose last word is small is no title.
    const spoken = 'Ada Brennan told the board, "Go to the harbour."';
    assert.deepEqual(mentions(spoken, 'quote'), ['Ada Brennan: Go to the harbour.']);
  });

  test('a question word after a cue opens its own object: the fronted words before the comma are no statement', () => {
    const fronted =
      'Looking ahead to the next season of the ferry service, Ada Brennan explained why she backs the new pier.';
    assert.deepEqual(mentions(fronted, 'statement'), []);
    // A cue that ends its sentence still reports the clause before its comma.
    const tail = 'The new pier will pay for itself within a decade, Ada Brennan explained.';
    assert.deepEqual(mentions(tail, 'statement'), [
      'Ada Brennan: The new pier will pay for itself within a decade',
    ]);
  });
});
