/**
 * Issue 15, item 4 (recall of reported speech): beliefs reported with no "that", "agree"/"worry" with their "that",
 * nouns of announcing and vowing with modifiers or a "by" owner, and the subject whose own vow a possessive pronoun
 * names. Each case is a class seen on unfound tune-side attributions, in invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a belief reported with no "that"', () => {
  test('"Protesters believe the levy is ..." is the protesters\' statement', () => {
    assert.deepEqual(statements('Protesters believe the new levy is an attack on small farms.'), [
      ['the new levy is an attack on small farms', 'Protesters'],
    ]);
  });

  test('"The engineers think the crack was ..." is the engineers\' statement', () => {
    assert.deepEqual(
      statements('The engineers think the crack in the dam was caused by the spring floods.'),
      [['the crack in the dam was caused by the spring floods', 'engineers']],
    );
  });

  test('an object, not a clause, is no report ("believe the rumours", "think of the children")', () => {
    assert.deepEqual(statements('Many villagers believe the rumours about the mill.'), []);
    assert.deepEqual(statements('Parents think of the children first when the school budget comes up.'), []);
  });

  test('a belief the writer supposes ("may still believe", "will begin to think") is no report', () => {
    assert.deepEqual(statements('The council may still believe the bridge is a price worth paying.'), []);
    assert.deepEqual(statements('Voters will begin to think the mayor must be doing something right.'), []);
  });

  test('"I think" and "Do you think" outside quotes name nobody', () => {
    assert.deepEqual(statements('I think the harbour will be busier than ever next summer.'), []);
    assert.deepEqual(statements('Do you think a farmer can win the seat?'), []);
  });

  test('a share\'s belief with no "that" is a poll\'s figure, not a statement', () => {
    assert.deepEqual(statements('Sixty percent believe their rents will rise next year.'), []);
    assert.deepEqual(statements('Four in five believe their rents will rise next year.'), []);
    // A count of people named by a noun is no share: their belief is reported.
    assert.deepEqual(statements('Two harbour pilots believe the channel is too shallow for the new ferries.'), [
      ['the channel is too shallow for the new ferries', 'Two harbour pilots'],
    ]);
  });
});

describe('"agree that" and "worry that"', () => {
  test('"Most growers agree that ..." is the growers\' statement', () => {
    assert.deepEqual(statements('Several orchard growers agree that the frost damaged the early blossom.'), [
      ['the frost damaged the early blossom', 'several orchard growers'],
    ]);
  });

  test('"Residents worry that ..." is the residents\' statement', () => {
    assert.deepEqual(statements('Residents worry that the new road will cut the village in two.'), [
      ['the new road will cut the village in two', 'Residents'],
    ]);
  });
});

describe('nouns of announcing and vowing', () => {
  test('a date between the possessive and "announcement" ("Ms. Varga’s March 3 announcement that ...")', () => {
    assert.deepEqual(
      statements(
        'Shares rose despite Ms. Varga’s March 3 announcement that the two mills had agreed to merge.',
      ),
      [['the two mills had agreed to merge', 'Varga']],
    );
  });

  test('"an earlier declaration by the port authority that ..." is the authority\'s', () => {
    assert.deepEqual(
      statements(
        'The closure comes despite an earlier declaration by the port authority that the pier was safe.',
      ),
      [['the pier was safe', 'port authority']],
    );
  });

  test('"his often-repeated vow that ..." is the named subject\'s, not the last speaker\'s', () => {
    const text =
      'Carla Menzies said the debate had been unfair. Tomas Ruiz is under fire for failing to deliver on his often-repeated vow that the ferry would run by June.';
    assert.deepEqual(statements(text).at(-1), ['the ferry would run by June', 'Tomas Ruiz']);
  });

  test('"her firmest promise yet that ..." after "Name, who ..., offered" is that name\'s', () => {
    const text =
      'Peter Quill praised the deal. Nadia Okoro, who once backed the treaty, offered her firmest promise yet that she would vote against it.';
    assert.deepEqual(statements(text).at(-1), ['she would vote against it', 'Nadia Okoro']);
  });

  test('a plural subject is no "his" ("Senators ... from his suggestion")', () => {
    const text =
      'Governor Alan Pike said the vote was rigged. Senators on the committee have distanced themselves from his suggestion that the count was false.';
    assert.deepEqual(statements(text).at(-1), ['the count was false', 'Alan Pike']);
  });
});

describe('coordinated adjectives before a role are one speaker', () => {
  test('"Popular Christian and corporate speaker Lance Orvell says" is Orvell, not "Popular Christian"', () => {
    assert.deepEqual(
      statements(
        'Popular Christian and corporate speaker Lance Orvell says he has a message for the candidate.',
      ),
      [['he has a message for the candidate', 'Lance Orvell']],
    );
  });
});

describe('a further act of the one who spoke ends the report', () => {
  test('"... and called on the army to ..." is narration, not part of the report', () => {
    assert.deepEqual(
      statements(
        "The ombudsman's office said the deaths were caused by gunfire and called on the army to leave the town.",
      ),
      [['the deaths were caused by gunfire', "ombudsman's office"]],
    );
  });

  test('"... and slammed into a wall" is the reported motion, not a reaction of the one who spoke', () => {
    assert.deepEqual(
      statements('Firefighters said the van left the motorway and slammed into a wall.'),
      [['the van left the motorway and slammed into a wall', 'Firefighters']],
    );
  });

  test('"... and slammed the inquiry as ..." is narration, not part of the report', () => {
    assert.deepEqual(
      statements('Mayor Ann Lee said she had watched part of the hearing and slammed the inquiry as a sham.'),
      [['she had watched part of the hearing', 'Ann Lee']],
    );
  });

  test('", but he gave no details ..." and "but declined to ..." are narration', () => {
    assert.deepEqual(
      statements(
        'The minister said the ship would be delivered next year, but he gave no details on the price.',
      ),
      [['the ship would be delivered next year', 'minister']],
    );
    assert.deepEqual(
      statements(
        'The club acknowledged that the coach has been paid for speeches but declined to list the fees.',
      ),
      [['the coach has been paid for speeches', 'club']],
    );
  });

  test('a naming act after "and" stays as it was ("and called it unfair")', () => {
    assert.deepEqual(statements('The mayor said the plan would raise taxes and called it unfair.'), [
      ['the plan would raise taxes and called it unfair', 'mayor'],
    ]);
  });
});
