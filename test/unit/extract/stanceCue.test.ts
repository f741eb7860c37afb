/**
 * Issue 15 item 4 (recall of reported speech): a stance put as a verb and its noun ("expressed concern that", "voiced
 * doubts to reporters that", "made the point that", "has made clear that") reports its "that" clause as the subject's.
 * Invented wording; each case is a class seen on unfound tune-side attributions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statementsOf = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

const lede = 'Ferry fares go to a vote.\n\nThe harbour board meets on Thursday to vote on the new fares.\n\n';

test('"expressed concern that" and "voiced doubts ... that": the subject\'s stance, its clause reported', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor expressed concern that the night crossing would lose money.`),
    [{ text: 'the night crossing would lose money', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(
    statementsOf(
      `${lede}Several deckhands have voiced doubts to reporters on Monday that the new timetable can work.`,
    ),
    [{ text: 'the new timetable can work', speaker: 'several deckhands' }],
  );
  assert.deepEqual(
    statementsOf(
      `${lede}Pia Okafor did express some concern that the winter timetable would strand commuters.`,
    ),
    [{ text: 'the winter timetable would strand commuters', speaker: 'Pia Okafor' }],
  );
});

test('"made the point that" and "made it clear that" by someone report the clause', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor also made the point that the ferry had never once run late in August.`),
    [{ text: 'the ferry had never once run late in August', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(
    statementsOf(`${lede}The deckhands made it clear that they would strike on every crossing next week.`),
    [{ text: 'they would strike on every crossing next week', speaker: 'deckhands' }],
  );
});

test('what a thing "makes clear" is the writer\'s inference, no report', () => {
  assert.deepEqual(
    statementsOf(`${lede}Okafor's letter makes clear that she is angry about the new fares on the ferry.`),
    [],
  );
  assert.deepEqual(
    statementsOf(`${lede}The figures make clear that the ferry loses money on every night crossing.`),
    [],
  );
});

test("the clause stops before the writer's participle, side clause or dashed aside", () => {
  assert.deepEqual(
    statementsOf(
      `${lede}Pia Okafor expressed concern that the night crossing would lose money, echoing the deckhands on the quay.`,
    ),
    [{ text: 'the night crossing would lose money', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(
    statementsOf(
      `${lede}Tom Roe voiced confidence that the ferry would beat the bridge on price - with a remark not likely to please anyone.`,
    ),
    [{ text: 'the ferry would beat the bridge on price', speaker: 'Tom Roe' }],
  );
  // A quote that closes on the comma before the participle ends the clause with it.
  assert.deepEqual(
    statementsOf(
      `${lede}Pia Okafor expressed amusement that Tom Roe had at last described the fares as “not only high but absurd,” echoing the deckhands on the quay.`,
    ).filter((s) => s.speaker === 'Pia Okafor'),
    [
      {
        text: 'Tom Roe had at last described the fares as “not only high but absurd,”',
        speaker: 'Pia Okafor',
      },
    ],
  );
  // ", including ..." is a preposition's phrase inside the clause, no participle of the writer's.
  assert.deepEqual(
    statementsOf(
      `${lede}Pia Okafor did express concern that rich donors, including the harbour trust, would divert their money to the bridge.`,
    ),
    [
      {
        text: 'rich donors, including the harbour trust, would divert their money to the bridge',
        speaker: 'Pia Okafor',
      },
    ],
  );
});

test('a stance only supposed, another\'s claim, or a relative "that" reports nothing', () => {
  assert.deepEqual(
    statementsOf(`${lede}The mayor would express concern that the ferry is late again this winter.`),
    [],
  );
  assert.deepEqual(
    statementsOf(
      `${lede}Pia Okafor expressed concern over reports that the ferry would close in the winter.`,
    ),
    [],
  );
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor voiced the fear that drove the deckhands to strike last winter.`),
    [],
  );
});
