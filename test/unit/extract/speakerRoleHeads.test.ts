import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a description of the person just written about, headed by a role the text printed them with', () => {
  test('"the conference speaker" after "corporate speaker Lance Orvell" (a role noun no list holds) is that person', () => {
    const text =
      'Popular Christian and corporate speaker Lance Orvell believes he has a message for the candidate.\n\nOrvell recently posted a video from a conference in Ohio. In the video, he sends a message to the candidate’s lawyer.\n\n“My dear friend,” the conference speaker says into the camera. “We are praying for you.”';
    assert.deepEqual(speakers(text).slice(-2), ['Lance Orvell', 'Lance Orvell']);
  });

  test('"the senator" after a sentence about "Sen. Chris Marlow" is Marlow, though another senator spoke before', () => {
    const text = [
      'Sen. Chris Marlow has made gun laws his cause since the shooting.',
      '“We were slow,” New York Sen. Kirsten Dale said at the time.',
      'A few minutes later, Marlow spoke of the victims. “He dropped his son off at school that morning,” Marlow told me.',
      'The senator paused and said the town had never recovered.',
    ].join('\n\n');
    assert.equal(speakers(text).at(-1), 'Chris Marlow');
  });

  test('"the governor" after a sentence about "Indiana Gov. Mike Penn" is Penn, not a former governor', () => {
    const text = [
      'Indiana Gov. Mike Penn endorsed the senator on Friday, and former Florida Gov. Jeb Bash praised the choice.',
      'Penn, who is running for reelection, praised the senator for his convictions. But first, Penn sounded a positive note about the front-runner.',
      '“I want to commend the front-runner for his campaign,” the governor said.',
    ].join('\n\n');
    assert.equal(speakers(text).at(-1), 'Mike Penn');
  });

  test('"the governor" after a sentence about a former governor stays a description', () => {
    const text = 'Former Gov. Tom Reyan spoke at the rally on Friday. Reyan praised the crowd.\n\n“We will win this state,” the governor said.';
    assert.notEqual(speakers(text).at(-1), 'Tom Reyan');
  });

  test('"the radioman", a compound on "man" that WordNet does not list, is the radio host just written about', () => {
    const text =
      'Radio talk show host Glenn Bork minced no words on Tuesday night about the endorsement.\n\nThe radioman pointed out that the candidate was once an advocate for big government.';
    assert.deepEqual(speakers(text), ['Glenn Bork']);
  });
});

describe('a name after a quote, with an appositive that opens on a role noun', () => {
  test('a long appositive ("attorney for one of four groups to file suit over the law") before the cue', () => {
    const text =
      'The judge blocked the law on Thursday.\n\n“The decision recognizes that religious freedom can be preserved along with equal rights,” Robert Muldoon, attorney for one of four groups to file suit over the law, said in a statement.';
    assert.deepEqual(speakers(text), ['Robert Muldoon']);
  });
});

describe('words around a subject that say when are no part of its name', () => {
  test('a sentence adverb before the subject ("Yesterday a neighbour recalled")', () => {
    const text = 'The mayor spoke at the vigil.\n\nYesterday a neighbour recalled seeing the suspect in the street at 3am on Saturday.';
    assert.deepEqual(speakers(text), ['neighbour']);
  });

  test('the day after a name in a relative clause ("which President Obama on Friday declared")', () => {
    const text =
      'Crowds gathered in front of the Stonewall Inn, which President Obama on Friday declared the first national monument dedicated "to tell the story of the struggle for LGBT rights."';
    // The statement and its quoted stretch, a quote of its own (quotedFragments.test.ts).
    assert.deepEqual(speakers(text).filter((s) => s !== null), ['Obama', 'Obama']);
  });
});

describe('a dateline is no subject', () => {
  test('"WASHINGTON — Sen. Tom Hale ... defended ..., saying" is Hale\'s', () => {
    const text =
      'Hale Defends Wage Plan.\n\nWASHINGTON — Sen. Tom Hale (I-Vt.) defended his call to raise the federal minimum wage, saying the gains in economic stimulus would outweigh the losses.';
    assert.deepEqual(speakers(text), ['Tom Hale']);
  });
});

describe('"the author" after a person printed as having written a book', () => {
  test('is that person, an appositive between the name and "has written" allowed', () => {
    const text =
      'Ferry Strike Memoir Out Next Week.\n\nOskar Vennberg, a former harbour pilot for the port authority has written a book about the strike of 1998.\n\nThe Tarnby Gazette has printed an excerpt. In the excerpt, the author wrote, “The harbour was silent for forty days and nobody came to help us.”';
    assert.deepEqual(speakers(text).slice(-1), ['Oskar Vennberg']);
  });

  test('two people printed as authors: "the author" stays a description', () => {
    const text =
      'Oskar Vennberg wrote a book about the strike. Lena Aho wrote a memoir about the port.\n\nIn an excerpt, the author wrote, “The harbour was silent for forty days and nobody came to help us.”';
    assert.notDeepEqual(speakers(text).slice(-1), ['Oskar Vennberg']);
  });
});
