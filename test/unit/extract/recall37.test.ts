/**
 * Issue 15, item 4 (recall of reported speech), branch rec37: a saying participle after "by", "while", "before",
 * "after" or "aside from" that reports its clause's subject's words (commas before it allowed), and a fronted "as"
 * clause after a discourse opener, with "points out", with an aside between dashes, or in the passive ("As reported by
 * ..."). Each case is a class seen on unfound tune-side attributions or on the items these rules changed, in invented
 * wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a saying participle after a preposition', () => {
  test('"..., while insisting that ...": the main subject\'s words, a comma before the participle', () => {
    assert.deepEqual(
      statements(
        'The ferry board met on Friday. Edda Lund had a dim view of the timetable, while insisting that the new berth would be ready by June.',
      ),
      [['the new berth would be ready by June', 'Edda Lund']],
    );
  });

  test('"Although ..., X mocked him by suggesting that ...": the main clause\'s subject, not the fronted one\'s', () => {
    assert.deepEqual(
      statements(
        'The race for mayor opened early. Although Piet Halvorsen is not yet running, Edda Lund teased him by suggesting that his bakery was worth less than he claims.',
      ),
      [['his bakery was worth less than he claims', 'Edda Lund']],
    );
  });

  test('"by pointing out that ...", with an adverb after the subject', () => {
    assert.deepEqual(
      statements(
        'The ferry board met on Friday. Edda Lund eventually waved off the complaint by pointing out that the old berth had flooded twice.',
      ),
      [['the old berth had flooded twice', 'Edda Lund']],
    );
  });

  test('"aside from stating that ..."', () => {
    assert.deepEqual(
      statements(
        'The ferry board met on Friday. Edda Lund has offered few ideas for the harbour aside from stating that the town should not pay for dredging.',
      ),
      [['the town should not pay for dredging', 'Edda Lund']],
    );
  });

  test('no clause after the participle ("after saying goodbye to ..."), a modal before it, or a subject alone before its comma', () => {
    assert.deepEqual(
      statements(
        'The ferry board met on Friday. Edda Lund left the hall after saying goodbye to the harbour staff.',
      ),
      [],
    );
    assert.deepEqual(
      statements(
        'The ferry board met on Friday. Edda Lund could fight the fine, perhaps by arguing that the berth was never marked.',
      ),
      [],
    );
    assert.deepEqual(
      statements(
        'The ferry board met on Friday. Edda Lund, after first saying she would not stand for the board again, put her name forward this week.',
      ),
      [],
    );
  });
});

describe('a fronted "as" clause', () => {
  test('"Of course, as X observed, ...": a discourse opener set off before "as"', () => {
    assert.deepEqual(
      statements(
        'The vote was close. Of course, as Piet Halvorsen of the Harbour Gazette observed, the real winner was the ferry itself.',
      ),
      [['the real winner was the ferry itself', 'Piet Halvorsen']],
    );
  });

  test('"But as X points out in a column, ..."', () => {
    assert.deepEqual(
      statements(
        'The vote was close. But as Piet Halvorsen points out in a column on the Gazette site, the smaller towns gain most from the new berth.',
      ),
      [['the smaller towns gain most from the new berth', 'Piet Halvorsen']],
    );
  });

  test('"As the Gazette — no friend of the board — observed, ...": an aside between dashes', () => {
    assert.deepEqual(
      statements(
        'The vote was close. As the Harbour Gazette — no friend of the ferry board — observed, the board now runs both piers in the bay.',
      ),
      [['the board now runs both piers in the bay', 'Harbour Gazette']],
    );
  });

  test('"As reported by X, ...": the passive\'s agent is the source', () => {
    assert.deepEqual(
      statements(
        'The vote was close. As reported by the Harbour Gazette, the ferry lost money in each of its last four seasons.',
      ),
      [['the ferry lost money in each of its last four seasons', 'Harbour Gazette']],
    );
  });

  test('"As expected, ..." and "As the crowd points to the sky, ..." report nothing', () => {
    assert.deepEqual(
      statements('The vote was close. As expected, the ferry lost money in each of its last four seasons.'),
      [],
    );
    assert.deepEqual(
      statements(
        'The vote was close. As the crowd points to the sky, the ferry sounds its horn for the last time.',
      ),
      [],
    );
  });
});

describe('a pronoun subject that no name resolves', () => {
  test('"She said ..." in a story that never names her reports nothing: no claim with no speaker', () => {
    assert.deepEqual(
      statements(
        'The ferry will stop running in May. The harbour board gave no reason. She said the berth had been unsafe for years.',
      ),
      [],
    );
  });
});

describe('a report ends before the speaker keeps something back', () => {
  test('"... but have not yet determined whether ...": the speaker\'s act after "but"', () => {
    assert.deepEqual(
      statements(
        'The ferry ran aground on Friday. Harbour police say the pilot was alone on the bridge but have not yet determined whether he was asleep.',
      ),
      [['the pilot was alone on the bridge', 'Harbour police']],
    );
  });

  test('"... and would not identify ...", "... and refuses to answer ..."', () => {
    assert.deepEqual(
      statements(
        'The ferry ran aground on Friday. Edda Lund said she has no plans to change her vote and would not identify any issue that could sway her.',
      ),
      [['she has no plans to change her vote', 'Edda Lund']],
    );
    assert.deepEqual(
      statements(
        'The ferry ran aground on Friday. Edda Lund insists she will stay on the board and refuses to answer questions about the pilot.',
      ),
      [['she will stay on the board', 'Edda Lund']],
    );
  });

  test('a verb of refusing with an object may be the clause\'s own ("refused the offer and declined the next")', () => {
    assert.deepEqual(
      statements(
        'The ferry ran aground on Friday. Edda Lund said the pilot refused the tow and declined the second one too.',
      ),
      [['the pilot refused the tow and declined the second one too', 'Edda Lund']],
    );
  });
});
