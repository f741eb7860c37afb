import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statements = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

test('a long circumstance between a cue and its "that" is no part of what was said', () => {
  assert.deepEqual(
    statements(
      'The inmate Tom Vale complained in letters to a local newspaper in 2011 that the new cells were too cold.',
    ),
    [{ text: 'the new cells were too cold', speaker: 'Tom Vale' }],
  );
});

test('"confirmed to MailOnline that", "admitted to the court that": who was told is no part of what was said', () => {
  assert.deepEqual(
    statements('A city spokeswoman, Ana Cruz, confirmed to WKRC that the pool will stay closed until June.'),
    [{ text: 'the pool will stay closed until June', speaker: 'Ana Cruz' }],
  );
  assert.deepEqual(
    statements('Tom Vale admitted to the court that he had moved the money into a second account.'),
    [{ text: 'he had moved the money into a second account', speaker: 'Tom Vale' }],
  );
});

test('"responded to claims that", "is said to be": no one told, nothing reported', () => {
  assert.deepEqual(
    statements('Tom Vale responded to claims that he had moved the money by calling a press conference.'),
    [],
  );
  assert.deepEqual(statements('The senator is said to be furious that the farm bill failed again.'), []);
});

test('a far "that" after "and" opens a second clause: the first stays reported', () => {
  const [first] = statements(
    'Tom Vale said on Friday he met the governor earlier this week and that the two men discussed the port.',
  );
  assert.ok(first?.text.includes('he met the governor'), first?.text);
});
