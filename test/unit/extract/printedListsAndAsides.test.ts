import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const items = (text: string) =>
  extractMentions(text).mentions.map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));
const figures = (text: string) =>
  items(text)
    .filter((m) => m.kind === 'number')
    .map((m) => m.text);
const statements = (text: string) =>
  items(text)
    .filter((m) => m.kind === 'statement')
    .map((m) => m.text);

describe('counts of a list the text prints', () => {
  test('a count right after the names it restates counts nothing new', () => {
    assert.deepEqual(
      figures(
        'Other senators, like Ann Roe, Bill Poe and Carl Doe ― three former cabinet members ― also backed the plan.',
      ),
      [],
    );
  });

  test('built another way: a count after a comma that restates the names heard', () => {
    assert.deepEqual(
      figures(
        'The inquiry heard from Mara Olsen, Ivo Brandt and Ken Saito, three retired judges, before it adjourned.',
      ),
      [],
    );
  });

  test('a count opening its sentence before a colon and as many sentences as it counts is the speaker\'s own list', () => {
    const transcript = (line: string) =>
      [
        'Governor Anna Kowalski spoke to CNN’s Mark Reyes on Sunday.',
        '',
        `MARK REYES: The talks broke down last night. ${line}`,
        '',
        'KOWALSKI: I believe the ports will reopen by Thursday, and the talks are going well.',
        '',
        'REYES: And the workers’ demands?',
        '',
        'KOWALSKI: We have met most of them already.',
      ].join('\n');
    assert.deepEqual(figures(transcript('Two questions: Why did they fail? And will the ports reopen this week?')), []);
    assert.deepEqual(figures(transcript('Two ports: Lagos and Tema.')), ['Two ports']);
    assert.deepEqual(figures(transcript('Two ports closed: Why did they close? And who pays?')), ['Two ports']);
  });

  test('a share of a group is a figure even after the names', () => {
    assert.deepEqual(figures('Ann Roe and Bill Poe, two of the five nurses on duty, were hurt.'), [
      'two of the five nurses',
    ]);
  });

  test('the points something has, then taken one by one, count the speaker’s own list', () => {
    assert.deepEqual(
      figures('The rumours had two aims, the mayor said. First, they were meant to scare voters.'),
      [],
    );
    assert.deepEqual(figures('That is really two questions. First, will the ferry run?'), []);
    assert.deepEqual(
      figures('The proposal has three flaws, the auditor said. First, it ignores the cost of repairs.'),
      [],
    );
  });

  test('a count of what was found stays a figure, whatever "First," follows', () => {
    assert.deepEqual(
      figures('Police found three bodies in the flat. First, officers searched the stairwell.'),
      ['three bodies'],
    );
  });

  test('a list after a dash, as many items as the count, is laid out by the text', () => {
    const text =
      '"Prices usually lead wages. There are three signs of recovery – cheaper loans, new roads and a calmer market," said Tom Vale, an analyst.';
    assert.deepEqual(figures(text), []);
  });

  test('what happened, a family and a list of another length still count', () => {
    assert.deepEqual(figures('She passed four separate safety checks. First, the police ran her name.'), [
      'four separate safety checks',
    ]);
    assert.deepEqual(figures('They had three children — Ann, Bob and Cy.'), ['three children']);
    assert.deepEqual(figures('The firm has three plants: one in Ohio, one in Texas.'), ['three plants']);
  });
});

describe('a quoted title followed by its author', () => {
  test('is a title, not a quote of whoever the sentence names', () => {
    const text =
      "The coach often talks about patience. One of his recent reads, ''Slow Water Rising,'' by Ann Marsh, about a flood, drove that point home. ''She says the town was not ready,'' the coach said.";
    assert.deepEqual(
      items(text)
        .filter((m) => m.kind === 'quote')
        .map((m) => m.text),
      ['She says the town was not ready'],
    );
  });
});

describe("the writer's aside after a report", () => {
  test('a contrast clause in the first person ends the report', () => {
    const text =
      'The newsletter claims the new tablet will weigh under a pound, although given its patchy record, we would not bet on it.';
    assert.deepEqual(statements(text), ['the new tablet will weigh under a pound']);
  });

  test('built another way: "though" and a first-person writer after a report', () => {
    const text =
      'The bulletin says the phone will ship in May, though given how often it has erred, I would wait for the maker to confirm.';
    assert.deepEqual(statements(text), ['the phone will ship in May']);
  });

  test('a first person deeper in the clause is the reported speaker’s words', () => {
    const text =
      'Gold said he had come to believe that I was being singled out, not for what I did, but because of who I am.';
    assert.deepEqual(statements(text), [
      'he had come to believe that I was being singled out, not for what I did, but because of who I am',
    ]);
  });
});

describe('a clause cut by its cue before the infinitive its "it" stands for', () => {
  test('is one statement over the cue', () => {
    const text =
      'Admiral Ruiz makes no apologies. It is his duty, he said, to warn lawmakers about the danger.';
    assert.deepEqual(statements(text), ['It is his duty, he said, to warn lawmakers about the danger']);
    const contracted = 'Mayor Ann Roe backs the pact. It’s to the advantage of the town, she says, to help write the rules.';
    assert.deepEqual(statements(contracted), ['It’s to the advantage of the town, she says, to help write the rules']);
  });
});

describe('a whole percent before a nationality', () => {
  test('says who someone is, no share of anything', () => {
    assert.deepEqual(figures('His aunt insisted that the boy was 100 percent Irish.'), []);
    assert.deepEqual(figures('Sales were up 100 percent in January.'), ['100 percent']);
    // A capitalised word that is no adjective is no nationality: a stake in a company stays a figure.
    assert.deepEqual(figures('After the buyout the mill is 100 percent Okabashi.'), ['100 percent']);
  });
});
