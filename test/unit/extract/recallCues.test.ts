import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The statements and quotes of a text: words and speaker. */
const spoken = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('a document its subject issued, and a saying participle after its noun', () => {
  test('"issued a statement saying that ..." reports the clause as the issuer’s', () => {
    assert.deepEqual(
      spoken(
        'Late on Friday, council leader Ann Lowry issued a statement saying that the vote on the harbor plan should wait until spring.',
      ),
      [{ text: 'the vote on the harbor plan should wait until spring', speaker: 'Ann Lowry' }],
    );
  });

  test('"released a letter warning ..." without "that", and a day between noun and participle', () => {
    assert.deepEqual(
      spoken(
        'The Pell County Farmers Union released a letter Tuesday warning the new levy would close dozens of small dairies.',
      ),
      [{ text: 'the new levy would close dozens of small dairies', speaker: 'Pell County Farmers Union' }],
    );
  });

  test('the recipients of a passive "were sent a memo stating" are nobody’s speaker', () => {
    assert.deepEqual(
      spoken(
        'On Monday the ward clerks were sent a memo stating that all overtime must be approved in advance.',
      ),
      [],
    );
  });
});

describe('a second report of the same subject split off the first', () => {
  test('", but added ..." after a reported clause is a second statement of the same speaker', () => {
    assert.deepEqual(
      spoken(
        'The county coroner said four hikers had been treated for exposure, but added the cause of the fifth death remained unclear.',
      ),
      [
        { text: 'four hikers had been treated for exposure', speaker: 'county coroner' },
        { text: 'the cause of the fifth death remained unclear', speaker: 'county coroner' },
      ],
    );
  });

  test('", telling X that ..." reports a second clause, without the one told', () => {
    assert.deepEqual(
      spoken(
        'Marta Ibsen said she saw no reason to change her platform, telling the radio host that her volunteers would keep knocking on doors.',
      ),
      [
        { text: 'she saw no reason to change her platform', speaker: 'Marta Ibsen' },
        { text: 'her volunteers would keep knocking on doors', speaker: 'Marta Ibsen' },
      ],
    );
  });
});

test('before ", telling X that", a noun object alone is no first statement', () => {
  assert.deepEqual(
    spoken(
      'The mayor also announced a quiet truce with the union, telling reporters that the strike would end by Friday.',
    ),
    [{ text: 'the strike would end by Friday', speaker: 'mayor' }],
  );
});

describe('a long appositive with a relative "who" between a name and its cue', () => {
  test('the name before the appositive is the subject', () => {
    assert.deepEqual(
      spoken(
        'Ana Ruiz, the veteran harbor pilot who guided the tanker through the storm last winter and into the port, says the channel needs dredging soon.',
      ),
      [{ text: 'the channel needs dredging soon', speaker: 'Ana Ruiz' }],
    );
  });

  test('a long stretch with no "who" before the comma is no appositive', () => {
    assert.deepEqual(
      spoken(
        'The ferry ran late all week, the crews having spent the mornings clearing ice from the ramps and the decks before the first sailing, says the operator.',
      ).map((m) => m.speaker),
      ['operator'],
    );
  });
});

describe('a plural claim noun with no determiner, owned by a "by" phrase', () => {
  test('"rejected accusations by X that ..." is X’s claim, without what the rejection calls it', () => {
    assert.deepEqual(
      spoken(
        'The harbor master rejected accusations by the Port Authority that his office had hidden the spill as “a smear.”',
      ),
      [{ text: 'his office had hidden the spill', speaker: 'Port Authority' }],
    );
  });

  test('an "as" phrase of the claim itself stays in it', () => {
    assert.deepEqual(
      spoken(
        'The harbor master rejected accusations by the Port Authority that his deputy had served as a broker for the dredging firm.',
      ),
      [{ text: 'his deputy had served as a broker for the dredging firm', speaker: 'Port Authority' }],
    );
  });
});
