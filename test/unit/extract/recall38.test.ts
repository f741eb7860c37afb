/**
 * Issue 15, item 4 (recall of reported speech), branch rec38: after "and" or "but", a verb of acting on someone
 * ("accused", "asked", "slammed", "criticizes") with no subject of its own, in the cue's tense, is the speaker's next act and
 * ends the report, when the reported clause's first verb is of another tense or a comma sets the act off. A class seen
 * on unfound tune-side attributions, in invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe("the speaker's next act ends the report", () => {
  test('"noted that ... lags ... and asked whether ...": a present clause, then the speaker\'s past act', () => {
    assert.deepEqual(
      statements(
        'The harbour board met on Friday. Edda Lund, a ferry engineer, noted that the new berth still lags the schedule by a month and asked whether the board would pay for the delay.',
      ),
      [['the new berth still lags the schedule by a month', 'Edda Lund']],
    );
  });

  test('"says ... have failed and accuses ...": a present cue and a present act', () => {
    assert.deepEqual(
      statements('The harbour board met on Friday. The ferry union says the wage talks have failed and accuses the board of stalling for months.'),
      [['the wage talks have failed', 'ferry union']],
    );
  });

  test('"said the mayor visited ... and asked ...": one simple past, which may be the mayor\'s act, stays whole', () => {
    assert.deepEqual(
      statements('The harbour board met on Friday. Edda Lund said the mayor visited the berth on Monday and asked the crews about their safety.'),
      [['the mayor visited the berth on Monday and asked the crews about their safety', 'Edda Lund']],
    );
  });
});
