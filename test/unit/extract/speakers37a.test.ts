import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.text, m.speaker]);

describe('speakers37a: a second report after ", and", a lawyer named as an attorney, a group named by whose it is', () => {
  test('people described after ", and", with a cue and "that" of their own, report a second statement', () => {
    assert.deepEqual(
      items(
        'The mayor said the harbour bridge would open in May, and tenant groups warned that the budget was far too small.',
      ),
      [
        ['the harbour bridge would open in May', 'mayor'],
        ['the budget was far too small', 'tenant groups'],
      ],
    );
  });

  test('a clause after ", and" with no cue of people stays in the statement', () => {
    assert.deepEqual(
      items(
        'The mayor said the harbour bridge would open in May, and the costs suggested that the budget was far too small.',
      ),
      [
        [
          'the harbour bridge would open in May, and the costs suggested that the budget was far too small',
          'mayor',
        ],
      ],
    );
  });

  test('"Vance\'s lawyer" is the person the story opened a sentence on as "An attorney for Vance"', () => {
    assert.deepEqual(
      items(
        "Tom Vance, a consultant, was charged on Friday. An attorney for Vance, Ruth Ostrow, appeared with him in court. The judge set a trial date in March. Vance's lawyer has said he will appeal any ruling against the firm.",
      ),
      [['he will appeal any ruling against the firm', 'Ruth Ostrow']],
    );
  });

  test('"they" after a sentence opening on a name\'s people ("Lee aides acknowledged") is that group', () => {
    assert.deepEqual(
      items(
        'Port officials said the harbour would reopen in June. Mayor Ann Lee met the governor on Monday.\n\nLee aides acknowledged a close working relationship with the governor. But they emphasized that the budget for the harbour had not changed.',
      ),
      [
        ['the harbour would reopen in June', 'Port officials'],
        ['the budget for the harbour had not changed', 'Lee aides'],
      ],
    );
  });

  test('a name\'s verb that is also a plural of people ("Lee touts") opens no group', () => {
    assert.deepEqual(
      items(
        'Port officials said the harbour would reopen in June. Mayor Ann Lee met the governor on Monday.\n\nLee touts her record on the harbour. The state reported that the budget for the harbour had not changed.',
      ),
      [
        ['the harbour would reopen in June', 'Port officials'],
        ['the budget for the harbour had not changed', 'Port officials'],
      ],
    );
  });

  test('"It also points out that" right after a document spoke is that document, not the last group', () => {
    assert.deepEqual(
      items(
        'Dock workers complain bitterly that the shifts are too long. The report says the cranes have not been inspected since 2009. It also points out that the repairs would cost far less than a new crane.',
      ),
      [
        ['the shifts are too long', 'Dock workers'],
        ['the cranes have not been inspected since 2009', 'report'],
        ['the repairs would cost far less than a new crane', 'report'],
      ],
    );
  });

  test("a quote with no cue after a sentence in which a named person characterises something is that person's", () => {
    assert.deepEqual(
      items(
        '“We will not raise the fares,” Mayor Tom Reeve said on Monday.\n\nOn the radio, Sen. Ann Lindqvist (Ore.), who chairs the transport committee, identified the rail delays as one of the reasons that riders were leaving. “The riders are tired ... of waiting for trains that never come.”',
      ),
      [
        ['We will not raise the fares', 'Tom Reeve'],
        ['The riders are tired ... of waiting for trains that never come.', 'Ann Lindqvist'],
      ],
    );
  });

  test("a participle of saying after a quote's own cue reports a second clause of the quote's speaker", () => {
    assert.deepEqual(
      items(
        '“Trade means jobs, because ports need workers,” Ann Lindqvist said at the harbour, emphasizing it was time to end the tariffs.',
      ),
      [
        ['Trade means jobs, because ports need workers', 'Ann Lindqvist'],
        ['it was time to end the tariffs', 'Ann Lindqvist'],
      ],
    );
    assert.deepEqual(
      items('“It is not a toy, it is a tool,” Ann Lindqvist said, emphasizing those last three words.'),
      [['It is not a toy, it is a tool', 'Ann Lindqvist']],
    );
  });
});
