import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const spoken = (text: string) => extractMentions(text).mentions.filter((m) => m.kind !== 'number');
type Mentions = ReturnType<typeof spoken>;
const shown = (mentions: Mentions) => JSON.stringify(mentions.map((m) => [m.kind, m.text, m.speaker]));
/** The text gives no quote of its own: the quoted stretch stays its clause's. */
const assertNoQuote = (mentions: Mentions) =>
  assert.equal(mentions.filter((m) => m.kind === 'quote').length, 0, shown(mentions));
const assertStatement = (mentions: Mentions) =>
  assert.ok(
    mentions.some((m) => m.kind === 'statement'),
    shown(mentions),
  );

test('a quoted stretch of five words or more inside reported speech is also a quote of its own, with the statement’s speaker and relation', () => {
  const text =
    'Ferry fares rise again.\n\nMaren Holt, a councillor, said the new timetable was “a gift to the few who own the harbour” and would be fought.';
  const mentions = spoken(text);
  const statement = mentions.find((m) => m.kind === 'statement');
  const quote = mentions.find((m) => m.kind === 'quote');
  assert.ok(statement && quote, JSON.stringify(mentions.map((m) => [m.kind, m.text])));
  assert.equal(quote.text, 'a gift to the few who own the harbour');
  assert.equal(text.slice(quote.start, quote.end), quote.text);
  assert.ok(statement.start <= quote.start && quote.end <= statement.end);
  assert.equal(quote.speaker, 'Maren Holt');
  assert.equal(quote.speaker, statement.speaker);
  // One attribution: the PolNeAR score counts the quote as part of its clause, not as a second prediction.
  assert.equal(quote.relation, statement.relation);
});

test('a quoted clause after "the answer was that" is a quote of its own too', () => {
  const text =
    'Budget talks stall.\n\nPiet Varga’s answer was that “the harbour is the heart of this town,” so the council should keep it open.';
  const quote = spoken(text).find((m) => m.kind === 'quote');
  assert.equal(quote?.text, 'the harbour is the heart of this town');
});

test('short quoted terms and titles inside reported speech stay part of the clause only', () => {
  for (const text of [
    'Ferry fares rise again.\n\nCouncillor Maren Holt said the new timetable was “dead on arrival” at the meeting.',
    'Ferry fares rise again.\n\nCouncillor Maren Holt said she had read “The Wind in the Willows” twice as a girl.',
  ]) {
    const mentions = spoken(text);
    assert.deepEqual(
      mentions.map((m) => m.kind),
      ['statement'],
      JSON.stringify(mentions.map((m) => [m.kind, m.text])),
    );
  }
});

test('a title with small words such as "over" and "after" in lower case stays part of the clause (the title-case rule of isMostlyQuoted)', () => {
  const text =
    'Ferry fares rise again.\n\nCouncillor Maren Holt said she had watched “Lights over Harbour Town after Midnight” twice that winter.';
  assertNoQuote(spoken(text));
  assertStatement(spoken(text));
});

test('a quoted stretch after a second cue inside the clause is another voice’s, and is not given the statement’s speaker', () => {
  const text =
    'Ferry fares rise again.\n\nMaren Holt, a councillor, said the skipper told her the crossing was “too rough for the older boats to make” that day.';
  const mentions = spoken(text);
  assertNoQuote(mentions);
});

test('a statement whose speaker is an unresolved description gives its quoted stretch no quote of its own', () => {
  const text =
    'Ferry fares rise again.\n\nThe harbour master said the new timetable was “a gift to the few who own the harbour” and would be fought.';
  const mentions = spoken(text);
  assertStatement(mentions);
  assertNoQuote(mentions);
});

test('a statement whose speaker is a pronoun resolved from before gives its quoted stretch no quote of its own', () => {
  const text =
    'Ferry fares rise again.\n\nMaren Holt, a councillor, spoke on Monday. She said the new timetable was “a gift to the few who own the harbour” and would be fought.';
  const mentions = spoken(text);
  const statement = mentions.find((m) => m.kind === 'statement');
  assert.equal(
    statement?.speaker,
    'Maren Holt',
    JSON.stringify(mentions.map((m) => [m.kind, m.text, m.speaker])),
  );
  assertNoQuote(mentions);
});

test('a quoted question inside reported speech asks and asserts nothing: no quote of its own', () => {
  const text =
    'Ferry fares rise again.\n\nMaren Holt, a councillor, said the question on every deck was “why are the older boats still running at all?” that morning.';
  const mentions = spoken(text);
  assertStatement(mentions);
  assertNoQuote(mentions);
});
