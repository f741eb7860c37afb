import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const mentionOf = (text: string, words: string) =>
  extractMentions(text).mentions.find((m) => m.kind !== 'number' && m.text.startsWith(words));

test('"he" right after the one person named is that person, though the first-name lists call the name a woman\'s', () => {
  const text =
    'The harbour board met the fishing unions on Friday. Kelly Brandt, the head of the board, said that the quotas ' +
    'would have to change before the spring. “We are losing the small boats,” he said. “Nobody wants that,” he added.';
  assert.equal(mentionOf(text, 'We are losing')?.speaker, 'Kelly Brandt', text);
  assert.equal(mentionOf(text, 'Nobody wants')?.speaker, 'Kelly Brandt', text);
});

test('a pronoun that took a name up tells its gender before the lists do, for later pronouns too', () => {
  const text =
    'Dana Whitlow runs the ferry line. Whitlow said the timetable would be cut in May. “It is the fuel,” he said.\n\n' +
    'Ann Roe, who chairs the council, said the cuts were a shame. “We were not asked,” she said.\n\n' +
    'Ferries to the islands will run twice a day. “We will keep the morning boat,” he said.';
  assert.equal(mentionOf(text, 'It is the fuel')?.speaker, 'Dana Whitlow', text);
  assert.equal(mentionOf(text, 'We were not asked')?.speaker, 'Ann Roe', text);
  assert.equal(mentionOf(text, 'We will keep the morning boat')?.speaker, 'Dana Whitlow', text);
});

test('the lists still rule when the text names another person near the pronoun', () => {
  const text =
    'Kelly Brandt met Tom Hale at the harbour on Friday, and Brandt said that the quotas would have to change ' +
    'before the spring. “We are losing the small boats,” he said.';
  assert.equal(mentionOf(text, 'We are losing')?.speaker, 'Tom Hale', text);
});

test('"Name himself said" is that person, the reflexive no part of the speaker', () => {
  const text =
    'Senator Ivo Marsh toured the valley on Monday. Marsh himself said on Tuesday that the dam would be finished ' +
    'within the year. Ann Roe herself told reporters that the town would pay its share.';
  assert.equal(mentionOf(text, 'the dam would be finished')?.speaker, 'Ivo Marsh', text);
  assert.equal(mentionOf(text, 'the dam would be finished')?.speakerRaw, 'Marsh himself', text);
  assert.equal(mentionOf(text, 'the town would pay')?.speaker, 'Ann Roe', text);
});

test('a noun modified by "who ..." right before the cue speaks, not the relative clause\'s predicate', () => {
  const text =
    'Tom Hale met the ferry crews on Monday. A port official who spoke anonymously to discuss the talks said ' +
    'Wednesday, “There is no deal yet.” A dock worker who was not allowed to talk to reporters said, “We wait.”';
  assert.equal(mentionOf(text, 'There is no deal')?.speaker, 'port official', text);
  assert.equal(mentionOf(text, 'We wait')?.speaker, 'dock worker', text);
});

test('a participle phrase fronted before a name and its relative clause is no part of the subject', () => {
  const text =
    'Tom Hale spoke at the harbour on Monday. Recalling that night, Ann Roe, who ran the port for a decade, said of ' +
    'Hale: “He was never there.”';
  assert.equal(mentionOf(text, 'He was never there')?.speaker, 'Ann Roe', text);
});
