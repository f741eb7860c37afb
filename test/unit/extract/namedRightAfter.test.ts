import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a description printed as the speaker, named right after', () => {
  test('"Even the organiser of a vigil said ... . “...,” said Nora Vance, organiser of ...": the appositive names her', () => {
    const text =
      'The council moved the market to the quay. Even the organiser of a harbour vigil said the new site would block the ferry queue.\n\n' +
      '“Nobody asked the traders,” said Nora Vance, organiser of a residents’ group called Quay Watch, which expects 300 people.';
    assert.deepEqual(speakers(text), ['Nora Vance', 'Nora Vance']);
  });

  test('"a retired colonel who suggested that ... . Paul Reyes, a retired colonel ...": the appositive names him', () => {
    // The appositive prints the description's words again: the window starts after the description before the clause.
    const text =
      'Eleven groups are asking Dale Crane to repudiate the support of a retired colonel who suggested over the summer that the navy should “close” the harbour.\n\n' +
      'Paul Reyes, a retired colonel and former head of the coast guard, is a surrogate for Crane.';
    assert.deepEqual(speakers(text), ['Paul Reyes']);
  });

  test('"a retired colonel who suggested that ... . Col. Paul Reyes is ...": a title before the name names him', () => {
    const text =
      'Eleven groups are asking Dale Crane to repudiate the support of a retired colonel who suggested over the summer that the navy should “close” the harbour.\n\n' +
      'Col. Paul Reyes is a surrogate for Crane and has led the campaign since June.';
    assert.deepEqual(speakers(text), ['Paul Reyes']);
  });

  test('"his daughter said ... . Lena Ross, daughter of the senator, ...": a possessive description too', () => {
    const text =
      'As Senator Ross began his tour of the valley, his daughter said the campaign had only started.\n\n' +
      'Lena Ross, daughter of the senator, spoke on Monday at a farm near Elmwood.';
    assert.deepEqual(speakers(text)[0], 'Lena Ross');
  });

  test('"another analyst" is one more of several, not the one named next', () => {
    const text =
      'Another analyst said the shares would fall by the spring.\n\nKaren Ode, an analyst at Tull Bank, said they would rise.';
    assert.notEqual(speakers(text)[0], 'Karen Ode');
  });

  test('"a union official said" is not the official of a ministry named next: the noun before the head says whose', () => {
    const text =
      'Pay talks stalled on Friday. “We are still far apart,” a union official said. Mark Dunn, a senior official at the labour ministry, said a deal was close.';
    assert.notEqual(speakers(text)[0], 'Mark Dunn');
    // The role named next that prints the noun is the one: "a union official" and "an official of the union".
    const same =
      'Pay talks stalled on Friday. “We are still far apart,” a union official said. Mark Dunn, an official of the union, said the strike would go on.';
    assert.equal(speakers(same)[0], 'Mark Dunn');
  });

  test('"an aide to Senator Joan Park said": a title after the head in its clause names the senator, not the aide', () => {
    const text =
      'The bill stalled on Monday. An aide said the vote would be delayed again, a week after an aide to Senator Joan Park objected.';
    assert.notEqual(speakers(text)[0], 'Joan Park');
  });
  test('"The mayor of Dunmore ... said ... . “...,”Mayor Ann Pellow said": a quote printed against the title is no part of her role', () => {
    const text =
      'The mayor of Dunmore, which became a city only four years ago, said she fears the council intends to raise taxes soon. ' +
      '"These claims against the town are baseless and meant to cover the real losses of the year, "Mayor Ann Pellow said.';
    const statement = extractMentions(text).mentions.find((m) => m.kind === 'statement');
    assert.equal(statement?.speaker, 'Ann Pellow');
    assert.equal(statement?.role, 'Mayor');
  });
});
