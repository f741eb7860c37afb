import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a plural description of people is the pair the sentences before name, by the first-named', () => {
  test('"Both partners said" after "Ms. Lindqvist and Mr. Brandt" is Ann Lindqvist', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nAnn Lindqvist and Tom Brandt founded the Tarnby Harbour Trust in 2005. Neither has sold a share.\n\nIt is not clear what the shares held by Ms. Lindqvist and Mr. Brandt are worth. Both partners said there were no plans to sell.',
      ),
      ['Ann Lindqvist'],
    );
  });

  test('"the two bankers wrote" after a pair set off with descriptions is the first of them', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nMara Holm, head of the Norland Fund, a lender, and Olle Pike, a banker in Eastport, praised the plan. “The fees will pay for the new pier,” the two bankers wrote in a joint letter.',
      ),
      ['Mara Holm'],
    );
  });

  test('a pair of bare surnames written about ("both Lindqvist and Brandt are") is no pair the description means', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nAnn Lindqvist and Tom Brandt run rival shipping firms. Their boats are old. Their cranes are slow. Two dockers watched the fees climb.\n\nThe dockers know that both Lindqvist and Brandt are losing money. The friends said the port would survive.',
      ),
      ['friends'],
    );
  });

  test('with no pair named before, the description stays as printed', () => {
    assert.deepEqual(
      speakers(
        'Harbour fees rose again.\n\nAnn Lindqvist founded the Tarnby Harbour Trust in 2005. Both partners said there were no plans to sell.',
      ),
      ['both partners'],
    );
  });
});
