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
});
