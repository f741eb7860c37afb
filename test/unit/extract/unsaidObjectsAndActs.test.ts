import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => m.text);

describe('what a cue names without saying it reports nothing', () => {
  test('"reiterated" a stance named by a noun phrase: no statement; a plan, a clause or "that" reports', () => {
    assert.deepEqual(
      statements(
        'Mayor Tom Reed spoke on Monday. He has reiterated his ferry comments through speeches and debates.',
      ),
      [],
    );
    assert.deepEqual(
      statements(
        'Mayor Tom Reed spoke on Monday. He has reiterated his support for the ferry, the only link to the mainland.',
      ),
      [],
    );
    assert.deepEqual(statements('The council reiterated it still considers the ferry illegal.'), [
      'it still considers the ferry illegal',
    ]);
    assert.deepEqual(statements('The Reed campaign reiterated plans to try to get the ferry running.'), [
      'plans to try to get the ferry running',
    ]);
    assert.deepEqual(statements('Mayor Tom Reed reiterated that the ferry would run all winter.'), [
      'the ferry would run all winter',
    ]);
  });

  test('a saying only possible, after a noun of chance or a verb of trying, has not been made', () => {
    assert.deepEqual(
      statements(
        'At the harbour debate, Mayor Tom Reed has a rare chance to show that he can run a ferry without the state.',
      ),
      [],
    );
    assert.deepEqual(statements('Mayor Tom Reed went on to say that the ferry would run.'), [
      'the ferry would run',
    ]);
  });

  test('a quote after the cue, then "and" and a second verb of the subject: the act is narration', () => {
    assert.deepEqual(statements('The marchers chanted "liars out" and waved signs at the police.'), []);
    assert.deepEqual(
      statements('The marchers chanted "liars out of the harbour now" and waved signs at the police.'),
      ['"liars out of the harbour now"'],
    );
    // A clause after "and" with its own "that", or a noun after the quote, is still what was said.
    assert.deepEqual(statements('Ann Lee told the board “we tell the truth” and that she had support.'), [
      'she had support',
    ]);
  });

  test('a question of a word or two asks and asserts nothing; the quote after it keeps its speaker', () => {
    const quotes = (text: string) =>
      extractMentions(text)
        .mentions.filter((m) => m.kind === 'quote')
        .map((m) => [m.text, m.speaker]);
    assert.deepEqual(quotes('"Why not?" Ann Lee said. "The ferry is ours."'), [
      ['The ferry is ours.', 'Ann Lee'],
    ]);
    assert.deepEqual(quotes('"Who will pay for it?" Ann Lee said.'), [['Who will pay for it?', 'Ann Lee']]);
  });
});
