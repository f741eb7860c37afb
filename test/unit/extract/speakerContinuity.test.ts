import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a newspaper that writes: who "the newspaper" is, and what it goes on to print', () => {
  test('a description after "the newspaper" set off by commas describes it; it is the outlet the text named', () => {
    const text =
      'The Carrisford Herald ran an editorial on Sunday about the harbour plan.\n\nThe newspaper, long a critic of the port authority, writes that the plan will cost the town its fishing fleet.';
    assert.deepEqual(speakers(text), ['Carrisford Herald']);
  });

  test('"the newspaper" is the outlet that spoke last, though another body is named more often', () => {
    const text =
      'Aldham Fisheries and Aldham Fisheries alone would gain from the plan, the Carrisford Herald said on Sunday.\n\nThe newspaper wrote that the plan will cost the town its fishing fleet.';
    assert.deepEqual(speakers(text), ['Carrisford Herald', 'Carrisford Herald']);
  });

  test('"the newspaper" is the outlet the text named, when no organisation spoke', () => {
    const text =
      'An editorial in the Carrisford Herald on Sunday attacked the harbour plan.\n\nThe newspaper wrote that the plan will cost the town its fishing fleet.';
    assert.deepEqual(speakers(text), ['Carrisford Herald']);
  });

  test("a quote with no cue right after what an editorial board writes is the board's", () => {
    const text =
      'The harbour plan is a costly mistake, the editorial board writes. “Nobody in Carrisford asked for a second pier.”\n\nThe council meets again on Tuesday.';
    assert.deepEqual(speakers(text), ['editorial board', 'editorial board']);
  });

  test('what "they conclude" is the group that wrote last', () => {
    const text =
      'The harbour plan is a costly mistake, the editorial board writes.\n\nThe council meets again on Tuesday. Its members have not said how they will vote.\n\n“The council should start again,” they conclude.';
    assert.deepEqual(speakers(text), ['editorial board', 'editorial board']);
  });

  test('critics who wrote something are many people: the quote after them stays unattributed', () => {
    const text =
      'Local critics wrote that the pier is a costly mistake. “Nobody in Carrisford asked for a second pier.”\n\nThe council meets again on Tuesday.';
    assert.deepEqual(speakers(text), ['Local critics', null]);
  });
});

describe('"he" inside a description names the person who says', () => {
  test('"a move he says was overdue" is said by the person written about', () => {
    const text =
      '“We start building in May,” said Petra Lund, the mayor of Aldham.\n\nThe vote came after two years of hearings, a delay she says cost the town a grant.';
    assert.deepEqual(speakers(text), ['Petra Lund', 'Petra Lund']);
  });
});

describe('a recording quoted: "X can be heard saying"', () => {
  test('after the quote, in a long sentence of its own, the name before the phrase speaks', () => {
    const text =
      '“Nobody will ever find the money.” Dorran Pike can be heard saying on a tape recorded by investigators at the Aldham county jail in March.';
    assert.deepEqual(speakers(text), ['Dorran Pike']);
  });

  test('before the quote, after a colon', () => {
    const text = 'On the recording, Dorran Pike could be heard saying: “Nobody will ever find the money.”';
    assert.deepEqual(speakers(text), ['Dorran Pike']);
  });
});

describe('"he" or "she" and a single name the text gives no first name', () => {
  test('a single name that "he" once pointed at is a person, whom a later "he" means', () => {
    const text =
      '“The pier will open in May,” said Petra Lund, the harbour master.\n\n“It is a good plan,” Delacourt said. “We waited long enough,” he said.\n\nThe council backed Delacourt on Tuesday.\n\n“The money is there,” Delacourt said. The vote was close.\n\nTwo members were absent. The chair spoke last.\n\n“We start building in June,” he said.';
    assert.deepEqual(speakers(text), ['Petra Lund', 'Delacourt', 'Delacourt', 'Delacourt', 'Delacourt']);
  });

  test('"she" with no person to agree is the single name the text keeps naming', () => {
    const text =
      '“We will build the pier,” Varga said on Monday in Aldham.\n\nThe plan pleased Varga and annoyed the fishermen. Critics of Varga say the pier is too costly. Aldham voters backed Varga in May.\n\n“The cost is fair,” said Tom Reed, the treasurer.\n\nThe council meets on Friday.\n\n“Nobody will pay more tax,” she said.';
    assert.equal(speakers(text).at(-1), 'Varga');
  });

  test('a single name printed as an employer ("Corvane\'s Tom Reed") is no "she"', () => {
    const text =
      "“We will build the pier,” Corvane said on Monday in Aldham.\n\nThe plan pleased Corvane and annoyed the fishermen. Critics of Corvane say the pier is too costly. Aldham voters backed Corvane in May.\n\n“The cost is fair,” said Corvane's Tom Reed, the treasurer.\n\nThe council meets on Friday.\n\n“Nobody will pay more tax,” she said.";
    assert.equal(speakers(text).at(-1), null);
  });
});

describe('a quote with no cue after a reported clause that quotes a fragment', () => {
  test("goes on with the clause's speaker", () => {
    const text =
      'In 2010, Mr. Okafor said, he found the harbour master “rude and distant,” and also tiring. “At that time, nobody in Aldham listened to the fishermen.”\n\nThe council meets on Friday.';
    const quote = extractMentions(text).mentions.find((m) => m.kind === 'quote');
    assert.equal(quote?.speaker, 'Okafor');
  });
});

describe('an inverted speaker: a description, a comma and the name', () => {
  test('"said a Norwegian government spokesman, Ola J. Brenn" is the named person, not the adjective', () => {
    const text = '“The pier will open in May,” said a Norwegian government spokesman, Ola J. Brenn.';
    assert.deepEqual(speakers(text), ['Ola J. Brenn']);
  });

  test('"said one of the rebel leaders, Karim al - Fadl" keeps the name with its particle and hyphen', () => {
    const text =
      '“We will hold the bridge,” said one of the rebel leaders, Karim al - Fadl, in an interview.';
    assert.deepEqual(speakers(text), ['Karim al Fadl']);
  });
});

describe('a quote with no cue after what someone said: the paragraph or sentence before it gives its speaker', () => {
  test('quoted paragraphs after a one-line lead-in ("Remarks as delivered:") go on with the speaker of the quote before', () => {
    const text =
      'On Friday in Carrisford, Mayor Elspeth Tarrant said, “The harbour will stay open.”\n\nRemarks as delivered:\n\n"We met the fishermen this morning and they asked us to wait.\n\n"We will not wait. The pier is ours to build."';
    assert.deepEqual(speakers(text), ['Elspeth Tarrant', 'Elspeth Tarrant', 'Elspeth Tarrant']);
  });

  test('a lead-in paragraph that names someone passes on nobody', () => {
    const text =
      'On Friday in Carrisford, Mayor Elspeth Tarrant said, “The harbour will stay open.”\n\nFrom Owen Pryce at the Herald:\n\n"The pier is a folly and the town will pay for it."';
    assert.notEqual(speakers(text)[1], 'Elspeth Tarrant');
  });

  test("a quote right after what a spokesman said goes on with the spokesman", () => {
    const text =
      'The ferry will run again in March, a harbour spokesman said. "The repairs took longer than we planned. We thank passengers for their patience."';
    assert.deepEqual(speakers(text), ['harbour spokesman', 'harbour spokesman']);
  });

  test('a quote right after what a one-word name confirmed goes on with that speaker', () => {
    const text = 'Speaking to reporters, Tolland confirmed the ferry would run again in March. "The repairs took longer than we planned."';
    assert.deepEqual(speakers(text), ['Tolland', 'Tolland']);
  });
});
