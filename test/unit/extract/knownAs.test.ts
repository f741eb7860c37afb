/**
 * Issue 15, branch speakers35b: a person described and then named by a single word the story gives in place of a full
 * name ("the base chief known as Bob") is that person, after an inverted cue and wherever the word is printed again, so
 * that "he said" next means them, not the last person named in full. From the speakers35b blind batch's tune side, in
 * invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { knownAsLinkAt, knownAsNames } from '../../../extract/knownAs.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.text, m.speaker]);

describe('a person known by a single name', () => {
  test('"said the harbour master known as Gus" names Gus', () => {
    const text =
      'The ferry schedule changed.\n\n"Nothing was ever cancelled," said the harbour master known as Gus, speaking for the first time.';
    assert.deepEqual(speakers(text), [['Nothing was ever cancelled', 'Gus']]);
  });

  test('"he said" after the single name is that person, not the spokesman quoted before', () => {
    const text =
      'The ferry schedule changed, said the harbour master known as Gus.\n\n"The timetable is fine," port spokesman Leon Varga said.\n\nGus said he was at the pier that night. The board faults Gus for the delay. "We did our best," he said.';
    const quote = speakers(text).find(([words]) => words === 'We did our best');
    assert.deepEqual(quote, ['We did our best', 'Gus']);
  });

  test('reads the names only after a description of a person', () => {
    assert.deepEqual(
      [
        ...knownAsNames(
          'a ferryman known as Gus and a ferry known as Bluebird, the baker identified only as Rosa',
        ),
      ],
      ['Gus', 'Rosa'],
    );
    assert.deepEqual([...knownAsNames('the port known as Esbjerg')], []);
    assert.deepEqual([...knownAsNames('a sailor known as Gus Lind')], []);
  });

  test('"as" runs on only to a single capitalised name', () => {
    assert.equal(knownAsLinkAt(['master', 'known', 'as', 'Gus', ','], 2), true);
    assert.equal(knownAsLinkAt(['master', 'known', 'as', 'Gus', 'Lind'], 2), false);
    assert.equal(knownAsLinkAt(['master', 'known', 'as', 'the', 'boss'], 2), false);
    assert.equal(knownAsLinkAt(['master', 'said', 'as', 'Gus', 'left'], 2), false);
  });
});
