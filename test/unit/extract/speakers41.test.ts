import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'quote' || m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('"Mr. X’s ..." opening a sentence, for a person the text never prints in full', () => {
  test('"Mr. Dunmore’s theatrical style is ... He ... suggesting" is Dunmore, and so is "The president" after it', () => {
    assert.deepEqual(
      speakers(
        'When President Dunmore’s aides asked for a deal, Mr. Dunmore was not pleased. He said the trade plan would bring jobs back to the farms.\n\n“Growth is slowing all over the world,” Tom Lee, the president of the Central Bank of Ohio, said in a speech.\n\nMr. Dunmore’s theatrical style is not limited to trade. He has brought similar drama into other talks, publicly threatening partners with fees and suggesting he might leave some partners behind.\n\nThe president says his approach has created leverage in the talks.',
      ).slice(2),
      [
        ['he might leave some partners behind', 'Dunmore'],
        ['his approach has created leverage in the talks', 'Dunmore'],
      ],
    );
  });
});

describe('"comments" and "remarks" as inverted cues', () => {
  test('"“...,” comments Dunmore in a statement, “...”" is Karl Dunmore’s', () => {
    assert.deepEqual(
      speakers('Karl Dunmore runs the farm. “We will not sell the farm,” comments Dunmore in a statement, “as it is our home.”'),
      [
        ['We will not sell the farm', 'Karl Dunmore'],
        ['as it is our home.', 'Karl Dunmore'],
      ],
    );
    assert.deepEqual(speakers('“Salt is found everywhere,” remarks Karl Dunmore.'), [['Salt is found everywhere', 'Karl Dunmore']]);
  });
});

describe('a name with a long description set off after it, then a comma and the cue', () => {
  test('roles before the name and commas of places in the description: the name speaks, not the last place', () => {
    assert.deepEqual(
      speakers(
        '“Salt is found everywhere on the moon,” study lead author Karl Dunmore, a geologist at the Harvest Institute in Dover, Delaware, and Tarn University in Leeds, England, said in a statement.',
      ),
      [['Salt is found everywhere on the moon', 'Karl Dunmore']],
    );
  });

  test('a title in capitals and a body after the name ("Captain Karl Dunmore, Chief Press Officer, Navy, said")', () => {
    assert.deepEqual(
      speakers('"The boats turned back and fled the area," Captain Karl Dunmore, Chief Press Officer, Navy, said. Two of them escaped.'),
      [['The boats turned back and fled the area', 'Karl Dunmore']],
    );
  });

  test('a surname that reads as a pronoun ("He Jianxiong, the former director ..., said")', () => {
    assert.deepEqual(
      speakers('“What is the incentive for the deal?” He Jianxiong, the former director for China at the Fund, said at an event.'),
      [['What is the incentive for the deal?', 'He Jianxiong']],
    );
  });
});

describe('a participle of saying after a description of the object set off by commas', () => {
  test('"The board cited a law ..., the Housing Fairness Act of 2001, noting that “...”" is the board’s, not the act’s', () => {
    assert.deepEqual(
      speakers(
        'The board also cited a state law in favor of the tenants, the Housing Fairness Act of 2001, noting that “It does not apply here because the landlord owns the building outright.”',
      ),
      [['It does not apply here because the landlord owns the building outright.', 'board']],
    );
  });
});

describe('a role, "to" and a place printed before the holder’s name', () => {
  test('"Norland’s ambassador to Britain Olek Brand" is Olek Brand, whom "Norland’s ambassador" before means', () => {
    assert.deepEqual(
      speakers(
        'Norland’s ambassador to Britain accused the two states of meddling and warned that the government would not sit on its hands.\n\nThe police chief said the rioters would face the law for what they did.\n\nNorland’s ambassador to Britain Olek Brand has said that Norland has the power to end the unrest in the city.\n\nBrand said the army could be sent in.',
      ),
      [
        ['the government would not sit on its hands', 'Olek Brand'],
        ['the rioters would face the law for what they did', 'police chief'],
        ['Norland has the power to end the unrest in the city', 'Olek Brand'],
        ['the army could be sent in', 'Olek Brand'],
      ],
    );
  });

  test('"spokeswoman for the House Armed Services Committee" names no "Services Committee"', () => {
    assert.deepEqual(
      speakers('A spokeswoman for the House Armed Services Committee emailed reporters, arguing, “The law says nothing of the kind.”'),
      [['The law says nothing of the kind.', 'spokeswoman for the House Armed Services Committee']],
    );
  });

  test('"an adviser to Mayor Ann Lee" is not Ann Lee', () => {
    assert.notEqual(speakers('An adviser to Mayor Ann Lee said the budget would be cut in the spring.')[0]?.[1], 'Ann Lee');
  });
});
