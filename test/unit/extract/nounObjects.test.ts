import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => m.text);

describe('a cue with a noun object and no clause reports nothing', () => {
  test('"noted" a topic, "denied" a role: no statement; with a clause they report', () => {
    assert.deepEqual(statements('Jay Inslee spoke on Monday. Inslee noted the administration’s recent two-step maneuver in the Chukchi Sea off the coast of Alaska.'), []);
    assert.deepEqual(statements('For almost 60 years, the Census Bureau denied any improper role in the internment of citizens.'), []);
    assert.deepEqual(statements('Ann Lee noted the plan had failed twice. The company denied that it had broken the law.'), ['the plan had failed twice', 'it had broken the law']);
  });

  test('a circumstance before the subject of a cue is no clause that the cue reports', () => {
    assert.deepEqual(statements('In Ohio on Monday, the vote was delayed, the governor said.'), ['In Ohio on Monday, the vote was delayed']);
    assert.deepEqual(statements('For almost 60 years, the bureau maintained the records in its own archive.'), []);
  });

  test('a writing named after "wrote", with its date, reports nothing', () => {
    assert.deepEqual(statements('James Baker said the probe is ongoing. Baker wrote the letter Feb. 2 to the State Department’s acting legal adviser.'), ['the probe is ongoing']);
  });

  test('an adverb before a topic ("bragged prematurely about ...") reports nothing', () => {
    assert.deepEqual(statements('In an interview in May, a confident Paul Manafort bragged prematurely about his success in the delegate fight.'), []);
    assert.deepEqual(statements('Ann Lee said repeatedly on Monday that the plan had failed twice.'), ['the plan had failed twice']);
  });

  test('a noun object before "and" and a second cue of the subject is no clause; the second cue reports past its time', () => {
    assert.deepEqual(statements('The harbour office maintains its own tide gauge and reported Friday that the water had risen by a metre.'), ['the water had risen by a metre']);
    // A clause before the "and" is reported, and a noun object with the second cue after it leaves the second clause.
    assert.deepEqual(statements('The mayor noted the ferry was late again and added that the timetable would change.'), ['the ferry was late again', 'the timetable would change']);
    assert.deepEqual(statements('Ann Lee claimed victory and argued that her rival had never led the count.'), ['her rival had never led the count']);
  });

  test('"It shows that ..." in the present is the writer drawing a point from a fact; a record that shows reports', () => {
    assert.deepEqual(statements('The Harbour Board cut the ferry budget on Monday. It shows that the town still puts roads before boats.'), []);
    assert.deepEqual(statements('The Harbour Board published a survey on Monday. The survey shows that most riders want later ferries.'), ['most riders want later ferries']);
  });
  test('"added" with a noun object adds a thing, not words; with a clause, or after a quote, it reports', () => {
    assert.deepEqual(statements('The harbour master has added another duty to her week: ferry inspector, an odd task for a sailor.'), []);
    assert.deepEqual(statements('The port index added more than 3% on Tuesday after the ferry merger was approved.'), []);
    assert.deepEqual(statements('Shipping stocks added 40 points as the strike ended.'), []);
    assert.deepEqual(statements('The new bridge adds a second route to the island, which the town wanted for years.'), []);
    assert.deepEqual(statements('The harbour master added that the ferry would run late. Ann Lee added the pier was closed.'), ['the ferry would run late', 'the pier was closed']);
    // The clause before an interrupting cue is reported whole, the noun object its own.
    assert.deepEqual(statements('Night buses have added a fresh strain to the budget, the treasurer noted.'), ['Night buses have added a fresh strain to the budget']);
  });
  test('"added" before an amount that opens a clause of its own reports the clause: no gain', () => {
    assert.deepEqual(statements('The ferry captain added 14 passengers had been treated for the cold.'), ['14 passengers had been treated for the cold']);
    assert.deepEqual(statements('A port spokeswoman adds more than 300 cars were stranded on the quay.'), ['more than 300 cars were stranded on the quay']);
    assert.deepEqual(statements('The harbour board added nearly 40 berths were empty in March.'), ['nearly 40 berths were empty in March']);
    // A gain still reports nothing, whatever verb a later clause holds.
    assert.deepEqual(statements('Ferry shares added 6 points after the strike was called off.'), []);
  });
});
