import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const textsOf = (text: string, kind: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === kind)
    .map((m) => m.text);

describe('lists of questions, comments and topics are not claims', () => {
  test('three or more quoted paragraphs in a row, each one question with no cue, are a checklist', () => {
    const text =
      'Harbour board\n\n“We must choose a new harbour master this spring,” Mayor Ann Holt wrote to the council.\n\n' +
      'She then listed them:\n\n“Has the applicant ever run a working port?\n\n“Will the applicant live in the town?\n\n' +
      '“Can the applicant keep the budget balanced?”\n\n“I trust the board to weigh these carefully,” Holt wrote.';
    assert.deepEqual(textsOf(text, 'quote'), [
      'We must choose a new harbour master this spring',
      'I trust the board to weigh these carefully',
    ]);
  });

  test("a speaker's own questions among answers, or two in a row, stay the speaker's", () => {
    const asked =
      'Harbour fees\n\n“Why do boat owners pay more than the ferry?” Holt asked. “Because the rules were written in 1950.”';
    assert.deepEqual(textsOf(asked, 'quote'), [
      'Why do boat owners pay more than the ferry?',
      'Because the rules were written in 1950.',
    ]);
    const two =
      'Harbour fees\n\nMayor Ann Holt spoke at the pier.\n\n“Who pays for the new wall?\n\n“Who pays for the dredging?”\n\nThe council meets in May.';
    assert.equal(textsOf(two, 'quote').length, 2);
  });

  test("questions going on in the paragraphs right after a speaker's cued question stay the speaker's", () => {
    const text =
      'Mill closure\n\nMs Brandt was asked about the closure.\n\n“Why should the town pay for their mistakes?” she asked.\n\n' +
      '“Who will answer for this?”\n\n“What happens to the workers?”\n\n“Where did the grant go?”';
    const said = extractMentions(text).mentions.filter((m) => m.kind === 'quote');
    assert.deepEqual(
      said.map((m) => [m.text, m.speaker]),
      [
        ['Why should the town pay for their mistakes?', 'Brandt'],
        ['Who will answer for this?', 'Brandt'],
        ['What happens to the workers?', 'Brandt'],
        ['Where did the grant go?', 'Brandt'],
      ],
    );
  });

  test('"the two Republicans" names the pair a story is about; "Two Republicans voted" counts', () => {
    const text =
      'Harbour vote\n\nThe rally was the first time the two Republicans had shared a stage. Two Republicans voted against the harbour bill, the clerk said.';
    assert.deepEqual(textsOf(text, 'number'), ['Two Republicans']);
  });

  test('", the first time ..." and ", a move that ..." after a reported clause are the writer\'s comment', () => {
    const text =
      'Harbour police\n\nThe port authority said on Friday that it had seized 40 tons of cocaine this year, the first time it has given such a figure. The mill said it would close in May, a move that will cost 300 jobs.';
    assert.deepEqual(textsOf(text, 'statement'), [
      'it had seized 40 tons of cocaine this year',
      'it would close in May',
    ]);
  });

  test('"wrote about the ..." names what the writing was about, not what it said; "said about 40" approximates', () => {
    const text =
      'Harbour news\n\nIn December, The Harbour Gazette wrote about the 300th boat seized by the port, which its owners repeatedly tried to reclaim but that was sold, often at a loss. The clerk said about 40 boats came in.';
    assert.deepEqual(textsOf(text, 'statement'), ['about 40 boats came in']);
  });

  test('"wrote about the risk that ..." reports the clause its noun holds, not a topic', () => {
    const text =
      'Rates\n\nThe economist wrote about the risk that the rate rise could tip the county into recession. In her column, Ms Varga wrote about the fact that the town has no flood plan.';
    assert.deepEqual(textsOf(text, 'statement'), ['the rate rise could tip the county into recession', 'the town has no flood plan']);
  });

  test('a relative clause after "according to X" goes on about the source, whose words are the clause around it', () => {
    const text =
      "Harbour\n\nIn a message posted in May, the account pointed to the storm as an example of neglect by the port, according to a report from the Harbour Watch Group, which tracks smugglers' boats. According to the Harbour Watch Group, which tracks boats, the port is failing.";
    assert.deepEqual(textsOf(text, 'statement'), [
      'the account pointed to the storm as an example of neglect by the port',
      'the port is failing',
    ]);
  });

  test('"..., Tom Holt said this week at an event in Dover — a reversal ..." reports nothing after the cue', () => {
    const text =
      'Harbour fee\n\nThe mayor thinks the harbour board charges too much for moorings, former Governor Tom Holt said this week at an event in Dover — an apparent reversal of her past support for the fee. The port chief said Tuesday the ships would sail.';
    const found = textsOf(text, 'statement');
    assert.ok(!found.some((s) => s.includes('Dover')), found.join(' | '));
    assert.ok(
      found.some((s) => s.endsWith('the ships would sail')),
      found.join(' | '),
    );
  });

  test("a report inside a subordinate clause ends before the main clause's noun subject and past verb", () => {
    const text =
      'Harbour\n\nA few weeks after Holt announced that the harbour would not close on her watch, the port board sold the pier to a developer. Weeks after Holt said Smith, the mayor, would quit, Smith stayed on.';
    assert.deepEqual(textsOf(text, 'statement'), [
      'the harbour would not close on her watch',
      'Smith, the mayor, would quit',
    ]);
  });
});
