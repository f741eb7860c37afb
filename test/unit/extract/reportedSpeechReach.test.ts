/**
 * Issue 15, items 3-4 (the twelfth judged batch): reported speech the cue rules did not reach, and items that are no
 * claims (a question put, a saying to come, a count naming the speakers). Each case is a class seen on tune items and
 * tune-side real text, in invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const items = (text: string) => extractMentions(text).mentions.map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));
const statements = (text: string) => items(text).filter((m) => m.kind === 'statement').map((m) => m.text);
const figures = (text: string) => items(text).filter((m) => m.kind === 'number').map((m) => m.text);

describe('a second report after ", though" with a time adverb before its cue', () => {
  test('"..., though a harbour watchdog later said ..." is a second statement, the watchdog\'s', () => {
    const found = items('The coast guard in May said it had seized the smugglers\' launch, though a harbour watchdog later said the launch was a ferry.');
    assert.deepEqual(
      found.filter((m) => m.kind === 'statement').map((m) => m.text),
      ["it had seized the smugglers' launch", 'the launch was a ferry'],
    );
    assert.match(found.find((m) => m.text === 'the launch was a ferry')?.speaker ?? '', /watchdog/);
  });

  test('a subject that names nobody still does not split ("..., though the rain later said")', () => {
    assert.deepEqual(statements('The mayor said the parade would go ahead, though the weather later turned cold.'), ['the parade would go ahead, though the weather later turned cold']);
  });
});

describe('"X\'s answer was that ..."', () => {
  test('the clause after "was that" is the owner\'s', () => {
    const found = items("The governor's answer was that the ferry would run again in April.");
    assert.deepEqual(found.map((m) => [m.kind, m.text]), [['statement', 'the ferry would run again in April']]);
  });

  test('a possessive pronoun owns the response', () => {
    assert.deepEqual(statements('Tenant leader Ruth Okafor met the board on Monday. Her response was that the fee is unfair to tenants.'), ['the fee is unfair to tenants']);
  });

  test('a noun that is no saying reports nothing ("The orchard\'s problem was that ...")', () => {
    assert.deepEqual(statements("The orchard's problem was that the frost came early."), []);
  });
});

describe('a second verb of one subject after "but"', () => {
  test('"..., but has said it will ..." reports the clause', () => {
    assert.deepEqual(statements('The label wants the album out by May, but has said it will not rush the mixing.'), ['it will not rush the mixing']);
  });

  test('"... but predicts that ..." reports the clause after "that"', () => {
    assert.deepEqual(statements('The utility is sending crews to the valley but predicts that outages will last all week.'), ['outages will last all week']);
  });

  test('a plural noun after "but" is no cue ("but reports surfaced")', () => {
    assert.deepEqual(statements('The club named no buyer, but reports surfaced in the local press.'), []);
  });
});

describe('a speaker inside a subordinate clause', () => {
  test('"after coach Name said ..." (a lower-case role before the name)', () => {
    assert.deepEqual(statements('The talk grew louder after coach Mira Tolland said she would not rule out a younger keeper.'), ['she would not rule out a younger keeper']);
  });

  test('"after the club\'s manager said ..." (a described speaker)', () => {
    assert.deepEqual(statements('Fans were relieved after the club\'s manager said the striker would stay.'), ['the striker would stay']);
  });

  test('the report ends at the comma before the main clause\'s pronoun', () => {
    assert.deepEqual(statements('In the 1990s, after the police said Mr. Varo had taken over the gang, he ran it in an odd way.'), ['Mr. Varo had taken over the gang']);
  });
});

describe('questions put and sayings to come are no claims', () => {
  test('"was asked by X whether ..." (with a quoted fragment) is a question put to the subject', () => {
    assert.deepEqual(
      statements('Ortiz was asked by radio host Lena Vale whether his plan for the docks would risk “adding a costly burden to the port.”'),
      [],
    );
  });

  test('"asked the mayor if ..." reports nothing', () => {
    assert.deepEqual(statements('A reporter asked the mayor if the tunnel would open on time.'), []);
  });

  test('"asked X to ..." is left to the request rules (not a question)', () => {
    assert.ok(statements('The coach asked the players to stay calm during the final weeks of the season.').length <= 1);
  });

  test('a cue after a modal ("will argue", "would say") reports nothing said yet', () => {
    assert.deepEqual(statements('The defence will argue that the witness was mistaken about the time.'), []);
    assert.deepEqual(statements('Any honest supporter would say that it was the worst “ghost” goal ever seen.'), []);
  });

  test('"May" as a name before the cue is no modal', () => {
    assert.deepEqual(statements('Prime Minister Ada May said this week that the country would leave the pact by spring.'), ['the country would leave the pact by spring']);
  });

  test('a short noun phrase ending the sentence after "claimed" is its object', () => {
    assert.deepEqual(statements('After a long race Harlow claimed the nomination.'), []);
  });
});

describe('a count that names the speakers', () => {
  test('"The two farmers say ..." claims no figure', () => {
    assert.deepEqual(figures('The two farmers say they are not trying to avoid the mayor at the fair.'), []);
  });

  test('"All four owners have said ..." claims no figure', () => {
    assert.deepEqual(figures('All four owners have said they would sell the land.'), []);
  });

  test('a count with no determiner still counts sources ("Two officials said")', () => {
    assert.deepEqual(figures('Two officials said the bridge had cracked.'), ['Two officials']);
  });

  test('"the two continents" is a pair already named', () => {
    assert.deepEqual(figures('Three cables between the two continents were cut on Friday.'), ['Three cables']);
  });
});

describe('a possessed noun of something said and its "that" clause', () => {
  test('"to back up Name\'s claim that ..." is the owner\'s statement', () => {
    const found = items('The aide cited a memo to back up Ortega\'s claim that the clerk was ignorant of the deal.');
    assert.deepEqual(found.filter((m) => m.kind === 'statement').map((m) => [m.text, m.speaker]), [['the clerk was ignorant of the deal', 'Ortega']]);
  });

  test('"amid X\'s accusations that ..." after a preposition', () => {
    assert.deepEqual(statements('The board has fought every change amid Ortega\'s accusations that the vote count is unfair.'), ['the vote count is unfair']);
  });

  test('the clause ends at a quote that closes on a comma, or at a dash before "while"', () => {
    assert.deepEqual(statements('Pence blamed the press for making an issue out of Vance\'s claim that Obama “founded the group,” saying they were nitpicking.'), ['Obama “founded the group,”']);
    assert.deepEqual(statements('Critics seized on Vance\'s claim that a judge cannot be fair because of his heritage — while others kept quiet.'), ['a judge cannot be fair because of his heritage']);
  });

  test('a possessed noun opening the sentence is left alone (its clause runs into the main verb)', () => {
    assert.deepEqual(statements('Ortega\'s insistence that the levy is vital failed to sway the unions.'), []);
  });
});
