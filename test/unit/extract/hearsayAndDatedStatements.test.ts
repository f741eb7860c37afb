import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speaker of the quote or statement whose words start with `words` (undefined when no such mention). */
function speakerOf(text: string, words: string): string | null | undefined {
  return extractMentions(text).mentions.find((m) => m.kind !== 'number' && m.text.startsWith(words))?.speaker;
}

test('a quote followed by "it is said" names no one, not the last body that spoke', () => {
  for (const cue of ['it is said', 'it was reported on Monday', 'it has been claimed']) {
    const text = `Town News.\n\nThe Acme Corporation said on Monday that it would close the plant in the spring.\n\n“The old mill employed nine hundred people before the war,” ${cue}. The town still remembers it.\n`;
    assert.equal(speakerOf(text, 'The old mill'), undefined, cue);
    assert.equal(speakerOf(text, 'it would close'), 'Acme Corporation', cue);
  }
});

test('"said in a statement on Friday" with no "that" reports the clause after the day', () => {
  for (const medium of [
    'in a statement on Friday',
    'in an interview Tuesday morning',
    'in her weekly column on Sunday',
  ]) {
    const text = `Fair News.\n\nThe organisers said ${medium} the fair would close early this year because of the rain.\n`;
    assert.equal(speakerOf(text, 'the fair would close'), 'organisers', medium);
  }
});

test('a phrase fronted with no comma before "the president said" is no part of the speaker', () => {
  for (const opening of ['Yesterday at the summit', 'On Monday', 'At the harbour meeting']) {
    const text = `Summit News.\n\n${opening} the president said the talks had gone well and a deal was near.\n`;
    assert.equal(speakerOf(text, 'the talks had gone'), 'president', opening);
  }
});

test('"he said" or "she said" after a sentence opening on a two-word organisation takes the person before it', () => {
  const cases: Array<[string, string, string]> = [
    [
      'Tom Alder watched from the stands on Tuesday. Real Madrid signed the striker later that day.',
      'he',
      'Tom Alder',
    ],
    [
      'Ann Roe took over in May. Coastal Airways cancelled forty flights on Monday after the storm.',
      'she',
      'Ann Roe',
    ],
  ];
  for (const [sentences, pronoun, speaker] of cases) {
    const text = `Sport And Travel.\n\n${sentences} “We expect to be back to normal by Friday,” ${pronoun} said.\n`;
    assert.equal(speakerOf(text, 'We expect'), speaker, sentences);
  }
});
