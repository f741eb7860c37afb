import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const texts = (text: string, kind: 'quote' | 'statement' | 'number') =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === kind)
    .map((m) => m.text);

describe('items that lead in, name a topic or count again assert nothing (issue 15 item 3)', () => {
  test('a quote that is only a lead-in before its cue or before the next quote is no item; what follows stays', () => {
    const split =
      'Rita Okafor spoke to reporters at the quay on Monday. “The way I see it,” Okafor said, “the bridge will never open in May.”';
    assert.deepEqual(texts(split, 'quote'), ['the bridge will never open in May.']);
    const foremost =
      'Rita Okafor spoke to reporters at the quay on Monday. “First and foremost,” she told the harbour board, “the bridge is too narrow.”';
    assert.deepEqual(texts(foremost, 'quote'), ['the bridge is too narrow.']);
    const truth =
      'Rita Okafor was asked about the bridge. “Well, the truth is,” Okafor said. “Nobody on the council wants to pay for it.”';
    assert.deepEqual(texts(truth, 'quote'), ['Nobody on the council wants to pay for it.']);
    // A lead-in followed in the same quote by what it leads into is a quote as a whole.
    const whole =
      'Rita Okafor spoke at the quay. “The way I see it, the bridge will never open,” Okafor said.';
    assert.deepEqual(texts(whole, 'quote'), ['The way I see it, the bridge will never open']);
  });

  test('"noted" a topic named by a noun with a relative clause reports nothing; "noted the fact that ..." reports', () => {
    assert.deepEqual(
      texts(
        'The harbour analyst Dana Whitfield notes the awkward spot that would arise with only one ferry for the islands.',
        'statement',
      ),
      [],
    );
    assert.deepEqual(
      texts(
        'The harbour analyst Dana Whitfield noted the fact that ferry fares rose by a third last year.',
        'statement',
      ),
      ['the fact that ferry fares rose by a third last year'],
    );
    assert.deepEqual(
      texts(
        'The harbour analyst Dana Whitfield noted that the ferry that runs at night will stop in June.',
        'statement',
      ),
      ['the ferry that runs at night will stop in June'],
    );
  });

  test('a count given again after "of the" is no figure; a new qualifier, another noun or a new subject stays', () => {
    const states =
      'Voters in six provinces went to the polls on Sunday. Turnout was low in each of the six provinces, officials said.';
    assert.deepEqual(texts(states, 'number'), ['six provinces']);
    const victims =
      'The storm killed 31 people along the coast. Mourners carried photographs of the 31 flood victims through the town.';
    assert.deepEqual(texts(victims, 'number'), ['31 people']);
    const qualified =
      'The archive holds 8,000 letters. Volunteers have read each of the roughly 8,000 letters so far.';
    assert.ok(texts(qualified, 'number').includes('roughly 8,000 letters'));
    const other = 'The archive holds 8,000 letters. Volunteers have read each of the 8,000 maps so far.';
    assert.deepEqual(texts(other, 'number'), ['8,000 letters', '8,000 maps']);
    const subject =
      'The navy caught 14 smugglers on Friday. The 14 smugglers were handed over to the coast guard.';
    assert.deepEqual(texts(subject, 'number'), ['14 smugglers', '14 smugglers']);
  });
});
