import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('titles and possessives that tell who the text is about', () => {
  test('"The president says" after a sentence about "President Lind" is Lind, not a speaker who heads a club', () => {
    // Only a possessive prints the title with the name ("President Lind’s advisers"): no name of the text holds it.
    const text =
      'When President Lind’s advisers proposed new docks, she wanted more. “Our exports will grow,” Ms. Lind said.\n\n' +
      '“Shipping costs are rising,” Carl Ibsen, the president of the Harbour Rotary Club, said last week.\n\n' +
      'Ms. Lind has promised new docks before. She repeated the promise on Tuesday.\n\n' +
      'The president says her approach has worked, and the numbers partly agree.';
    assert.deepEqual(speakers(text), ['Lind', 'Carl Ibsen', 'Lind']);
  });

  test('"“...,” Paul Hale, Mary Hale’s husband and the firm’s editor, said": an appositive may open on a possessive', () => {
    const text =
      '“It was a hard book to sell,” said Beth Orrin, one of his agents.\n\n' +
      '“He could have had a bigger career,” Paul Hale, Mary Hale’s husband and the firm’s editor in chief, said, “if he had kept to one genre.”';
    assert.deepEqual(speakers(text), ['Beth Orrin', 'Paul Hale', 'Paul Hale']);
  });

  test('"An agreeable, funny woman in her 80s, Jane Starner lives ...": a description with adjectives set apart opens on its subject', () => {
    const text =
      '“It was late,” said Ann Rolfe, his editor.\n\n' +
      'A cheerful, talkative woman in her 70s, Jane Starner lives in a small town in Ohio. She spoke with pride of her nephew. She gave me an address for his sister. “I cannot believe they would object,” she said.';
    assert.deepEqual(speakers(text), ['Ann Rolfe', 'Jane Starner']);
  });
});

describe('subjects of clauses a subordinator opens', () => {
  test('"..., after the novelist Jo Walton explained ... “...,” she said": the subordinate clause named who "she" is', () => {
    const text =
      '“It was late,” said Beth Orrin, his agent.\n\nThe talk ran long, after the novelist Jo Walton explained the rules to us. “You only see the tip,” she said.';
    assert.deepEqual(speakers(text), ['Beth Orrin', 'Jo Walton']);
  });
});

describe('a name a relative "who" describes when no person opens the sentence', () => {
  test('"The video featured an interview with Tom Grant, who praised ... “...,” he says": Grant, not the man written about before', () => {
    const text =
      'Ben Hollis has been named the new coach of the club. Hollis, a former winger, is best known for his years at Leeds. ' +
      'The club video also featured an interview with Tom Grant, who praised the choice. “If I had to pick someone, it would be him,” he says.';
    assert.deepEqual(speakers(text), ['Tom Grant']);
  });

  test('"Hollis met Tom Grant, who ...", "The former winger will replace Tom Grant, who ...": a person opening the sentence stays whom "he" means', () => {
    const named =
      'Ben Hollis has been named the new coach of the club. Hollis met Tom Grant, who praised the choice. “I am thrilled to start on Monday,” he says.';
    assert.deepEqual(speakers(named), ['Ben Hollis']);
    const described =
      'Ben Hollis has been named the new coach of the club. The former winger will replace Tom Grant, who retired in June. “I am thrilled to start on Monday,” he says.';
    assert.deepEqual(speakers(described), ['Ben Hollis']);
    const article =
      'Ben Hollis has been named the new coach of the club. It was a late call for the Leeds Veteran, who had turned it down twice. “I am thrilled to start on Monday,” he says.';
    assert.deepEqual(speakers(article), ['Ben Hollis']);
  });
});

describe('a quote whose cue follows "was how"', () => {
  test('"“...,” was how Tom Ferris described it to friends": the subject after "was how" said it', () => {
    const text =
      '“It was late,” said Ann Rolfe, his editor.\n\nThe two had married in a small ceremony. (“The council has decided that we should make it formal,” was how Tom Ferris described it to friends.)';
    assert.deepEqual(speakers(text), ['Ann Rolfe', 'Tom Ferris']);
  });

  test('"“...,” was how it was described by the council": a passive names its speaker after "by", not between "how" and its verb', () => {
    const text = 'Dale Freight Ltd said on Monday that its sales had fallen.\n\n“A slow ruin,” was how it was described by the town council on Tuesday.';
    assert.deepEqual(speakers(text), ['Dale Freight Ltd', 'town council']);
  });
});

describe('times that read like names', () => {
  test('"Late October, the coast guard ..." opens on a time, no person whom a later "he said" means', () => {
    const text =
      'Late October, the coast guard had seized two boats off the cape. “The crew is still on board,” said an officer. The cutter then turned for the harbour. A boarding team crossed in rubber boats. “The crew gave up without a fight,” he said.';
    assert.deepEqual(speakers(text), ['officer', 'officer']);
    // A month that is a name stays one after a given name ("Theresa May"), as a small word does ("Al From").
    assert.deepEqual(speakers('“We will leave on time,” said Theresa May. “It is a fair deal,” said Al From.'), ['Theresa May', 'Al From']);
  });
});
