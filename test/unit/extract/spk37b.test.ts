import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The statements of a text: the words reported and who reported them. */
const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [text.slice(m.start, m.end), m.speaker]);

describe('an inverted subject after the clause it reports', () => {
  test('"said one union official" opens on "one"', () => {
    const text =
      'Harbour talks stalled on Monday. The lease talks broke down after an hour, said one union official at the table.';
    assert.deepEqual(statements(text), [['The lease talks broke down after an hour', 'one union official']]);
  });

  test('"sources who read the draft told the paper": a relative clause on people is part of the subject', () => {
    const text =
      'Harbour talks stalled on Monday. The dockers were angry that the lease left out pensions, sources who read the draft told the Gazette.';
    assert.deepEqual(statements(text), [
      ['The dockers were angry that the lease left out pensions', 'sources who read the draft'],
    ]);
  });

  test('a relative clause that reports speech of its own is no subject', () => {
    const text =
      'Harbour talks stalled on Monday. The lease left out pensions, officials who said so on Friday told the Gazette.';
    assert.deepEqual(statements(text), []);
  });
});

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"his lawyer" is no lawyer printed as a woman\'s', () => {
  test('the owner of the printed role is a woman: "his lawyer" stays a description', () => {
    const text =
      'Kate Reed resigned in May. Reed’s lawyer Anna Cole was granted immunity. The panel held Tom Paget in contempt on ' +
      'Thursday. His lawyer said he would not testify.';
    assert.deepEqual(speakers(text), ['lawyer']);
  });

  test('the owner is a man: "his lawyer" is the lawyer printed as his', () => {
    const text =
      'Tom Reed resigned in May. Reed’s lawyer Anna Cole was granted immunity. The panel held him in contempt on ' +
      'Thursday. His lawyer said he would not testify.';
    assert.deepEqual(speakers(text), ['Anna Cole']);
  });
});

describe('a surname misspelt with two letters swapped is the one person printed with it', () => {
  test('"Bryne" after "Gary Byrne"', () => {
    const text =
      'Former agent Gary Byrne has written a book about the mayor. Bryne went on to say, “I know this to be true.”';
    assert.deepEqual(speakers(text), ['Gary Byrne']);
  });

  test('two people it could be: neither', () => {
    const text =
      'Former agents Gary Byrne and Tom Bryen have written a book about the mayor. Bryne went on to say, “I know this to be true.”';
    assert.notDeepEqual(speakers(text), ['Gary Byrne']);
    assert.notDeepEqual(speakers(text), ['Tom Bryen']);
  });
});
