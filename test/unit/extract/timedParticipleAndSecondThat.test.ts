import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a second reported clause of the same speaker inside one statement', () => {
  test('a saying participle after "before", "after" or "while" is a second statement of the same subject', () => {
    assert.deepEqual(
      statements(
        'Mayor Ruth Okafor said the ferry subsidy had saved the harbour on Monday before claiming that the new tolls were driving traders away.',
      ),
      [
        ['the ferry subsidy had saved the harbour on Monday', 'Ruth Okafor'],
        ['the new tolls were driving traders away', 'Ruth Okafor'],
      ],
    );
    assert.deepEqual(
      statements(
        'Council officials said the night ferry would stop in June, while insisting that the board had full confidence in the harbour.',
      ),
      [
        ['the night ferry would stop in June', 'Council officials'],
        ['the board had full confidence in the harbour', 'Council officials'],
      ],
    );
  });

  test('a participle after a reported clause whose subject could speak is left to that subject', () => {
    assert.deepEqual(
      statements('His sister Mira Holt said their uncle ate a late lunch before saying he felt unwell.'),
      [['their uncle ate a late lunch before saying he felt unwell', 'Mira Holt']],
    );
  });

  test('a participle with a noun object after "after" is no second report', () => {
    assert.deepEqual(
      statements(
        'The league said it was reviewing the fine paid by Omar Reyes, who was suspended after acknowledging the payment.',
      ),
      [
        [
          'it was reviewing the fine paid by Omar Reyes, who was suspended after acknowledging the payment',
          'league',
        ],
      ],
    );
  });

  test('a clause after a plain "after" stays in the statement', () => {
    assert.deepEqual(
      statements(
        'Council officials said the bridge would reopen in May after the inspectors had finished their work.',
      ),
      [['the bridge would reopen in May after the inspectors had finished their work', 'Council officials']],
    );
  });

  test('"and that" opens a second clause of the same cue', () => {
    assert.deepEqual(
      statements(
        'Senator Mona Vey has criticised the board for the delay, declaring that the tender was rigged and that all the bidders knew it in advance.',
      ),
      [
        ['the tender was rigged', 'Mona Vey'],
        ['all the bidders knew it in advance', 'Mona Vey'],
      ],
    );
  });

  test('the last of a list of "that" clauses is no second report', () => {
    assert.deepEqual(
      statements(
        'Pollster Lena Marsh says the best argument is convincing voters that the mayor is vain, that he is careless with money and that he ignores the suburbs.',
      ),
      [
        [
          'the best argument is convincing voters that the mayor is vain, that he is careless with money and that he ignores the suburbs',
          'Lena Marsh',
        ],
      ],
    );
  });

  test('an "and that" after a "that" inside the first clause continues that clause', () => {
    assert.deepEqual(
      statements(
        'Council aides said the ferry deal would outweigh any cost that it brings and that rivals might exploit.',
      ),
      [
        [
          'the ferry deal would outweigh any cost that it brings and that rivals might exploit',
          'Council aides',
        ],
      ],
    );
  });

  test('a "that" with a verb of its own after "and" is no second clause', () => {
    assert.deepEqual(
      statements('Mayor Ruth Okafor said the ferry plan had failed and that was the end of the matter.'),
      [['the ferry plan had failed and that was the end of the matter', 'Ruth Okafor']],
    );
  });
});

describe('a split that would leave a clause too short to keep', () => {
  test('"said that A and that B" with short clauses stays one statement', () => {
    assert.deepEqual(statements('The audit found that fares rose and that trips fell.'), [['fares rose and that trips fell', 'audit']]);
  });

  test('a short clause before "after arguing" keeps the whole report', () => {
    assert.deepEqual(statements('The minister said fares would fall after arguing for months that they would rise.'), [
      ['fares would fall after arguing for months that they would rise', 'minister'],
    ]);
  });
});
