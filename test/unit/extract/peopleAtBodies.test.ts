import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('people at a body whose name runs on through "of" are those people, never the place ending the name', () => {
  test('"Researchers at the University of Tarnby said" is the researchers, not "Tarnby"', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nResearchers at the University of Tarnby said the fees would keep rising.',
      ),
      ['researchers at the University of Tarnby'],
    );
  });

  test('"an economist at the Bank of Norland" is described as printed', () => {
    assert.equal(
      parseSpeakerPhrase('an economist at the Bank of Norland')?.name,
      'economist at the Bank of Norland',
    );
  });

  test('two named people "of the University of Tarnby" who "argue that" are named by the first-named', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nIn their new book, Mara Lindqvist and Olle Brandt of the University of Tarnby argue that the fees were never needed.',
      ),
      ['Mara Lindqvist'],
    );
  });

  test('a campus after the body\'s name ("of the University of Norland, Eastport") is no speaker', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nMara Lindqvist and Olle Brandt of the University of Norland, Eastport suggest that the fees were a mistake.',
      ),
      ['Mara Lindqvist'],
    );
  });

  test('the body itself and a role of it keep their readings', () => {
    assert.equal(parseSpeakerPhrase('the Bank of Norland')?.name, 'Bank of Norland');
    assert.equal(parseSpeakerPhrase('the head of the Bank of Norland')?.name, 'head of the Bank of Norland');
    assert.equal(parseSpeakerPhrase('Mara Lindqvist at the University of Tarnby')?.name, 'Mara Lindqvist');
    assert.equal(
      parseSpeakerPhrase('the Ministry of Fisheries and Forest Office')?.name,
      'Ministry of Fisheries',
    );
    // A title before the body is its holder's role, never the speaker's name.
    assert.match(
      parseSpeakerPhrase('Director of the Institute for Fiscal Studies Mara Lindqvist')?.name ?? '',
      /Mara Lindqvist$/,
    );
  });
});
