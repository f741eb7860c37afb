import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The quotes and statements of a text: the words and who said them, in order. */
const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => ({ words: text.slice(m.start, m.end), speaker: m.speaker }));

/** The speaker of the item whose words start with `opening`. */
const speakerOf = (text: string, opening: string) =>
  items(text).find((f) => f.words.startsWith(opening))?.speaker;

describe('"they" after joint speakers', () => {
  test('"Lee and Roe, a ferry operator, argued that ... , they said" is Lee, the first-named', () => {
    const text =
      'The harbour board met the Marlow Ferry Company on Monday. Brenna Lee and Osric Roe, a ferry operator, argued that ' +
      'the board has no need to set the timetables. Local councils can do that, they said.';
    assert.equal(speakerOf(text, 'Local councils'), 'Brenna Lee');
  });

  test('a group that spoke stays "they" through sentences about one body', () => {
    const text =
      'Economists Brenna Lee and Osric Roe said on Monday that the port had lost its trade through its own choices. The ' +
      'Marlow Ferry Company might have kept its routes. Instead the Harbour Trust sold its berths. Even so, they write, ' +
      'the sale has brought the town nothing of value.';
    assert.equal(speakerOf(text, 'the sale'), 'Brenna Lee');
  });
});

describe('"they" after a name joined to people described after it, or after bodies given as examples', () => {
  test('"Gov. Ana Ruiz and leaders of the assembly have ...; they said" is Ana Ruiz', () => {
    const text =
      'The Harbour Trust said 400 boats were moored in the bay. Gov. Ana Ruiz and leaders of the coastal assembly have ' +
      'avoided blaming the pilots for the delays. However, they said they do not expect to fund new berths before 2030.';
    assert.equal(speakerOf(text, 'they do not'), 'Ana Ruiz');
  });

  test('"While groups like X and Y praised ..., they said ..." is X, the first body given', () => {
    const text =
      'The ferry plan was published on Monday. While boating groups like the Harbour Users Union and the Coastal Pilots ' +
      'League praised the plan and its new timetable, they said it did not go far enough on safety.';
    assert.equal(speakerOf(text, 'it did not'), 'Harbour Users Union');
  });
});

describe('"According to X, Y said ...": X only relays what Y said', () => {
  test("the clause after Y's cue is Y's", () => {
    const text =
      'Osric Roe had been a ferry pilot for years. According to the harbour newsletter, Roe said he was leaving because the ' +
      'port had cut his routes.';
    const found = items(text);
    assert.deepEqual(
      found.filter((f) => f.words.includes('leaving')),
      [{ words: 'he was leaving because the port had cut his routes', speaker: 'Osric Roe' }],
    );
  });

  test("a clause with no cue of its own after the source is still the source's", () => {
    const text =
      'According to the harbour newsletter, the port had cut three of its ferry routes by the spring.';
    assert.deepEqual(
      items(text).map((f) => f.speaker),
      ['harbour newsletter'],
    );
  });
});

describe('a quote with no cue after "X agreed."', () => {
  test('is the one who agreed, not the speaker of the quote before', () => {
    const text =
      '"The ferry will close within a year," said Osric Roe, editor of the Harbour News.\n\n' +
      'Tarnby College\'s Ana Ruiz agreed. "The harbour board is running out of time to find a buyer for the ferry."';
    assert.equal(speakerOf(text, 'The harbour board'), 'Ana Ruiz');
  });

  test('a quote after a sentence with more to it than agreeing goes on with the quote before', () => {
    const text =
      '"The ferry will close within a year," said Osric Roe, editor of the Harbour News.\n\n' +
      'Ana Ruiz agreed with him on the timetable. "The harbour board is running out of time to find a buyer."';
    assert.equal(speakerOf(text, 'The harbour board'), 'Osric Roe');
  });
});

describe('a quoted paragraph after "X continued his remarks."', () => {
  test('is the one who went on with their remarks, named by surname after their full name', () => {
    const text =
      'Dolores Vantongeren, the harbour master, spoke at the council on Monday.\n\n' +
      '"The ferry will close within a year, and nobody has a plan for the workers," Vantongeren said.\n\n' +
      'Vantongeren continued her blunt remarks.\n\n' +
      '"The harbour board is running out of time to find a buyer for the ferry."\n\n' +
      'The board did not reply.';
    assert.equal(speakerOf(text, 'The harbour board'), 'Dolores Vantongeren');
  });
});
