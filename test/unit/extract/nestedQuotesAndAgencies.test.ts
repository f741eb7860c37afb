import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The text and speaker of a text's quotes and statements, in order. */
const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.text, m.speaker]);

describe('a quotation set off by single marks inside a quote is its own speaker’s', () => {
  test('"Name looked at me and said, \'...\'" inside a quote: the named person', () => {
    const text =
      'Dana Whitlock covered the mayor for years. "Hector Alvarado glanced at me and said, \'You forgot your badge again,\'" Ms. Whitlock recalled.';
    assert.deepEqual(
      items(text).find(([words]) => words === 'You forgot your badge again'),
      ['You forgot your badge again', 'Hector Alvarado'],
    );
  });

  test('"my dad was always, like, \'...\'": the description as printed', () => {
    const text =
      '"Growing up, my dad was always, like, \'Oh, you will run this farm one day,\'" said the farmer, who asked not to be named.';
    assert.deepEqual(
      items(text).find(([words]) => words === 'Oh, you will run this farm one day'),
      ['Oh, you will run this farm one day', 'my dad'],
    );
  });

  test('"put her hand on my arm and said, \'...\'": a body part is no speaker', () => {
    const text =
      '"Then she put her hand on my arm and said, \'We should leave right now, dear,\'" Tom Vargas recalled.';
    assert.deepEqual(
      items(text).map(([, speaker]) => speaker),
      ['Tom Vargas'],
    );
  });

  test('the quote’s own words stay its speaker’s, and "I said, \'...\'" adds nothing', () => {
    const text = '"I said, \'We can still win this match,\' and I meant it," said coach Lena Marsh.';
    assert.deepEqual(items(text), [["I said, 'We can still win this match,' and I meant it", 'Lena Marsh']]);
  });
});

describe('"the agency" may stand for a public department the text named', () => {
  test('"The Harbour Department said ... “...,” said the agency": the department, not the bare noun', () => {
    const text =
      'The Harbour Department also said on Monday that it fell short of its goal of releasing the files. "We have worked hard to come as close to the goal as possible," said the agency, which missed the target.';
    assert.deepEqual(
      items(text).map(([, speaker]) => speaker),
      ['Harbour Department', 'Harbour Department'],
    );
  });
});

describe('"now" between a subject and its cue', () => {
  test('"Varga now says he ..." reports, as "Varga also says" does; "Right now says ..." does not', () => {
    assert.deepEqual(
      items('The coach backed the plan in March. Varga now says he regrets the whole decision.'),
      [['he regrets the whole decision', 'Varga']],
    );
    assert.deepEqual(items('Right now says a great deal about the plan.'), []);
  });
});

describe('a capitalised subordinator before the inner speaker’s name is no part of it', () => {
  test('"When Nora Pike says \'...\'" inside a quote gives Nora Pike', () => {
    const text =
      'Nora Pike opened the fair on Monday. "When Nora Pike says \'Let us build the bridge now\' she means it," Vance said.';
    assert.deepEqual(
      items(text).find(([words]) => words === 'Let us build the bridge now'),
      ['Let us build the bridge now', 'Nora Pike'],
    );
  });
});

describe('people around a named person are the speakers, not that person', () => {
  test('"Aides to Name", "two longtime allies of Name", "sources close to <role> Name": the description as printed', () => {
    const text =
      'Aides to Ann Belk said the merger was off for good. Two longtime allies of Tom Reyes said the race was lost already. Sources close to Apex Bank chief Lin Ho said the bid was over now.';
    assert.deepEqual(
      items(text).map(([, speaker]) => speaker),
      ['aides to Ann Belk', 'two longtime allies of Tom Reyes', 'sources close to Apex Bank chief Lin Ho'],
    );
  });

  test('a name with such a description set off after it stays the name: "Ann Lee, a friend of Tom Reyes, said"', () => {
    assert.deepEqual(
      items('Ann Lee, a friend of Tom Reyes, said the trip was cancelled in May.').map(
        ([, speaker]) => speaker,
      ),
      ['Ann Lee'],
    );
  });
});

test('a quotation inside a quote keeps the full stop that closes it, as an outer quote does, and no comma', () => {
  const text =
    'Ada Brandt ran the harbour board until 2019. “At our first meeting, his aides said, \'The ferry will never close.\' Then it closed,” Brandt recalled. “Later her aides said, \'We will wait,\' and they did,” she added.';
  const inner = extractMentions(text).mentions.filter((m) => m.kind === 'quote' && !text.slice(m.start - 1, m.start).includes('“'));
  assert.deepEqual(
    inner.map((m) => m.text),
    ['The ferry will never close.', 'We will wait'],
  );
});
