import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('an adverb opening the sentence before a comma', () => {
  test('"Regardless, the Port Authority said": the adverb is no name the description sets off', () => {
    assert.deepEqual(
      speakers(
        'The inquiry took months.\n\nRegardless, the Port Authority said it had found no fault in the cranes.',
      ),
      ['Port Authority'],
    );
    assert.deepEqual(
      speakers(
        'The inquiry took months.\n\nNonetheless, Mayor Ada Quill said the harbour would reopen in May.',
      ),
      ['Ada Quill'],
    );
  });

  test('a surname that is an adjective first ("Long") still names the person its appositive describes', () => {
    assert.deepEqual(
      speakers(
        'The bill came up on Monday.\n\nLong, the senator from Ohio, said the bill would pass easily.',
      ),
      ['Long'],
    );
  });
});

describe('a party member printed alone', () => {
  test('"the Republican said" right after a sentence about a named candidate is that candidate', () => {
    assert.deepEqual(
      speakers(
        'Presidential candidate Dora Pembleton toured a steel mill on Monday.\n\n"We can bring these jobs back," the Republican said.',
      ),
      ['Dora Pembleton'],
    );
  });

  test('not when the person written about is printed with the other party', () => {
    assert.deepEqual(
      speakers(
        'Democratic Senator Dora Pembleton toured a steel mill on Monday.\n\n"We can bring these jobs back," the Republican said.',
      ),
      ['Republican'],
    );
  });
});

describe('a surname misspelt in its cue', () => {
  test('"Sweeny said" after "Tom Sweeney" is printed in full: one letter dropped', () => {
    assert.deepEqual(
      speakers(
        'Council leader Tom Sweeney opened the depot on Friday.\n\n"The buses will run all night," Sweeny said.',
      ),
      ['Tom Sweeney'],
    );
  });

  test('a plural\'s "s" is no misspelling, and two surnames as near leave the one printed', () => {
    assert.deepEqual(
      speakers(
        'Council leader Tom Sweeney opened the depot on Friday. Ann Sweny watched.\n\n"The buses will run all night," Sweeny said.',
      ),
      ['Sweeny'],
    );
  });
});

describe('sentence ends read around a pronoun', () => {
  test('"at 9:15 p.m. on Monday ... she said": the time of day ends no sentence, so the place after it is no woman', () => {
    assert.deepEqual(
      speakers(
        'His sister Ruth Calder said he was calm, she told the Daily Herald. He died at 9:15 p.m. on Monday at his home in Santa Clara, the Herald stated. "He went quietly," she said.',
      ),
      ['Ruth Calder', 'Herald', 'Ruth Calder'],
    );
  });
});
