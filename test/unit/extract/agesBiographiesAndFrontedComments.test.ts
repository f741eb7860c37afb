import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const items = (text: string) => extractMentions(text).mentions.map((m) => ({ kind: m.kind, text: m.text }));
const figures = (text: string) => items(text).filter((m) => m.kind === 'number').map((m) => m.text);
const statements = (text: string) => items(text).filter((m) => m.kind === 'statement').map((m) => m.text);

describe('ages and years are no figures', () => {
  test('a bare number after "age" is an age, whatever word follows it', () => {
    const text = 'Doctors advise parents to keep feeding children peanuts at least twice a week until age 4 cut the risk of allergy, the study said.';
    assert.deepEqual(figures(text), []);
  });

  test('an age compound before a verb and its object stands for a person', () => {
    assert.deepEqual(figures('Party elders are pressing for the 88 year-old finishes his term, an aide said.'), []);
  });

  test('four digits between "a" and a singular noun date the thing', () => {
    assert.deepEqual(figures('The gallery paid $2 million for the painting, a 1742 landscape of the river.'), ['$2 million']);
    assert.deepEqual(figures('The gallery said it holds 1742 landscapes of the river.'), ['1742 landscapes']);
  });
});

describe('words that are not what a source said', () => {
  test('"reported for" an outlet is an author\'s biography', () => {
    const text = 'Mara Quill is the features editor of the Harbour Post. Before the Post, she reported for the Lakeside Courier, the Valley Star, and ran the books desk at Glint.';
    assert.deepEqual(statements(text), []);
  });

  test('"called for" names what is asked for, not a clause said', () => {
    assert.deepEqual(statements('After the verdict, the bishop called for "calm and patience from everyone in the town".'), []);
  });

  test('"reported the theft to police" reports an event to someone, no clause', () => {
    assert.deepEqual(statements('The clinic reported the theft to police on Saturday.'), []);
    assert.deepEqual(statements('The ministry reported the outbreak had spread to four farms.'), ['the outbreak had spread to four farms']);
  });

  test('a cue word in "-s" before "seen by" is a plural noun, not a verb of saying', () => {
    const found = statements('Army reports seen by the newspaper suggest that the ferry service will be cut in June.');
    assert.ok(!found.some((s) => s.startsWith('seen by')), JSON.stringify(found));
  });

  test('a participle phrase fronted before the reported clause is the writer\'s comment', () => {
    const text = 'Adding to speculation that the merger might be collapsing, chief executive Dana Pell, who had been abroad for talks, flew back to Oslo on Monday, her spokesman said.';
    assert.deepEqual(statements(text), ['chief executive Dana Pell, who had been abroad for talks, flew back to Oslo on Monday']);
  });

  test('a gerund subject and a list of gerunds stay whole', () => {
    assert.deepEqual(statements('Raising the levy would hurt small shops, the mayor said.'), ['Raising the levy would hurt small shops']);
  });
});

describe('a recipient before "how"', () => {
  test('"told the court how" opens the clause told', () => {
    const text = 'Speaking from the witness box, the baker told the court how his son had been a week away from starting an apprenticeship in Leeds.';
    assert.deepEqual(statements(text), ['his son had been a week away from starting an apprenticeship in Leeds']);
  });
});

describe('a caption ending on its credit', () => {
  test('what a caption reports is the picture\'s, not a claim', () => {
    const text = 'Photo\n\nFishermen mend nets at the harbour in Vik on Tuesday. The port authority has said it will dredge the channel by spring. Credit Ola Berg/Nordic Press — Getty Images\n\nThe port of Vik will close for a month, officials said on Wednesday.';
    assert.deepEqual(statements(text), ['The port of Vik will close for a month']);
  });
});

describe('a participle before the subject\'s noun', () => {
  test('"Striking dockers ... blocked" is the clause\'s subject, not a fronted phrase', () => {
    const text = 'Striking dockers in the northern port blocked the gates, the depots and the rail yard on Sunday, the company said.';
    assert.deepEqual(statements(text), ['Striking dockers in the northern port blocked the gates, the depots and the rail yard on Sunday']);
  });
});

describe('a fronted circumstance the source gives', () => {
  test('a participle phrase without a "that" clause stays in the statement', () => {
    const text = 'Answering a call from a stranded yacht, the lifeboat from Vik reached the two sailors before dawn, the coast guard said.';
    assert.deepEqual(statements(text), ['Answering a call from a stranded yacht, the lifeboat from Vik reached the two sailors before dawn']);
  });
});
