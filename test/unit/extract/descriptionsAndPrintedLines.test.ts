import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const textsOf = (text: string, kind: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === kind)
    .map((m) => m.text);

describe('counts in a description, printed lines, survey questions and the writer around a report are not claims', () => {
  test('a hedged number joined by a hyphen to its unit before a noun describes the noun; "for about 40 minutes" counts', () => {
    const text =
      'Harbour board\n\nMayor Ann Holt gave a roughly 30-minute speech on Tuesday, then a nearly two-hour briefing. She spoke for about 40 minutes.';
    assert.deepEqual(textsOf(text, 'number'), ['about 40 minutes']);
  });

  test('a hedged number with thousands before a noun still counts ("a nearly 2,000-page bill")', () => {
    const text = 'Harbour board\n\nThe council passed a nearly 2,000-page bill on Friday.';
    assert.deepEqual(textsOf(text, 'number'), ['nearly 2,000-page']);
  });

  test('a count after a preposition with as many names after a colon counts the printed list; an arrest count stays', () => {
    const text =
      'Harbour race\n\nLast week we mocked the plans of three council hopefuls: Ann Lee, Bob Hart, and Carl Roe. Police arrested three men: Dan Fry, Eli Moss and Fred Lamb.';
    assert.deepEqual(textsOf(text, 'number'), ['three men']);
  });

  test('a quote after a colon whose lead-in names a headline is the headline, printed; "as its headline:" and "explained the headline by saying:" quote a speaker', () => {
    const text =
      'Harbour crime\n\nAnd how about this new headline from the Daily Courier, which hits the mayor where she lives: “Surge in burglaries on Elm Street alters residents’ habits.” ' +
      'The Courier used her words as its headline: “We will not back down.” ' +
      'Holt explained the Courier headline by saying: “It was because the police left Elm Street last spring.”';
    assert.deepEqual(textsOf(text, 'quote'), [
      'We will not back down.',
      'It was because the police left Elm Street last spring.',
    ]);
  });

  test("a quoted question after a lead-in naming a survey is the survey's wording; a speaker's question stays", () => {
    const text =
      'Census form\n\nThe new form is long. Respondents are obliged to disclose: “Where was this person born? If this person moved here more than once, when did they last arrive?” ' +
      'The poll asked voters, “Do you approve of the way the mayor is handling the harbour?” ' +
      'Mayor Ann Holt asked, “Why should a family fill in twelve pages?”';
    assert.deepEqual(textsOf(text, 'quote'), ['Why should a family fill in twelve pages?']);
  });

  test('a line said by the generic "you" of a case put is an example, not a claim', () => {
    const text =
      'Harbour jobs\n\nQ: What do the speeches do?\n\nA: They scare people, and then, if you tell people, ‘We have to throw them all out!’ it only gets worse.\n\n' +
      '“We have to keep the port open,” Mayor Ann Holt said.';
    assert.deepEqual(textsOf(text, 'quote'), ['We have to keep the port open']);
  });

  test('a clause after a semicolon opened by "that’s" or "this is" is the writer judging the report, which ends before it', () => {
    const text =
      'Harbour budget\n\nCouncillor Lund thinks that cutting the ferry matters more than paying the pilots; that’s a sure way to lose the island vote. ' +
      'Moe said the pier is unsafe; this is why the board closed it.';
    assert.deepEqual(textsOf(text, 'statement'), [
      'cutting the ferry matters more than paying the pilots',
      'the pier is unsafe',
    ]);
  });

  test('", even though" and the view of people other than the speaker ends the report; "though she believes" stays', () => {
    const text =
      'Harbour bonds\n\nThe Danes have warned they could sell their harbour bonds if the law passes, even though many analysts doubt they would take such a step. ' +
      'Mayor Ann Holt said the fee was high, though she believes it will fall.';
    assert.deepEqual(textsOf(text, 'statement'), [
      'they could sell their harbour bonds if the law passes',
      'the fee was high, though she believes it will fall',
    ]);
  });

  test('a round thousand or million of times something is said is a figure of speech; a count of visits stays', () => {
    const text =
      'Harbour vote\n\nAll the council has to do is repeat, 10,000 times, “Safe Streets.” The rumour was being stated as fact 1 million times a day. ' +
      'The harbour site was visited 10,000 times last week.';
    assert.deepEqual(textsOf(text, 'number'), ['10,000 times']);
  });

  test('a reflexive pronoun after an imperative cue ("Ask yourself: Which ...?") is whom the question is put to, no speaker', () => {
    const text =
      'Harbour vote\n\nThe Greens are acting as though they want to lose. Ask yourself: Which port town is Mary Lind going to win with her message of ferry cuts, farmers as the “enemy,” #SaveTheDocks, etc.? ' +
      'Mayor Ann Holt said the ferry will run all winter.';
    assert.deepEqual(textsOf(text, 'statement'), ['the ferry will run all winter']);
  });
});
