import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a capitalised title set off after a name', () => {
  test('"Jane Holt, Vice President of Marketing for Brightwell, Inc., says:" is Holt, not the legal form', () => {
    const text =
      'The two firms launched a joint paging service for clinics.\n\n' +
      'Jane Holt, Vice President of Marketing for Brightwell, Inc., says: “Nurses will answer fewer false alarms. The pilot wards already see it.”';
    assert.deepEqual(speakers(text), ['Jane Holt']);
  });

  test('"Tom Reyes, President Brightwell Europe, says:" is Reyes, not the capitalised company in the title', () => {
    const text =
      'The two firms launched a joint paging service.\n\nTom Reyes, President Brightwell Europe, says: “Working together we can reach more clinics.”';
    assert.deepEqual(speakers(text), ['Tom Reyes']);
  });
});

describe('an organisation named in apposition with its noun', () => {
  test('"The group, Tenants United, formed ..." makes "The group said" Tenants United, not the company written about', () => {
    const text =
      'Hundreds of cleaners at Nordvik will lose their jobs. The group, Tenants United, formed last month and wrote to the board.\n\n' +
      'Nordvik declined to comment.\n\n' +
      'The group announced on Sunday that Nordvik had agreed to move the cleaners to a contractor. However, the group said on Twitter that the new contracts confused workers.';
    assert.deepEqual(speakers(text), ['Tenants United', 'Tenants United']);
  });

  test('"Harbour Watch, a local residents group in the port," names "the group" later', () => {
    const text =
      'The port plans a new terminal. Harbour Watch, a local residents group in the port, has opposed it for years.\n\n' +
      'Portline, the operator, said the terminal would create jobs. The group said on Monday that the terminal would double lorry traffic.';
    assert.deepEqual(speakers(text), ['Portline', 'Harbour Watch']);
  });

  test('"On Tuesday, the company, which ..." sets off a date, not the company\'s name', () => {
    const text =
      'Brightwell Foods makes soups in Leeds. On Tuesday, the company, which employs 300 people, cut its forecast.\n\n' +
      'The company said sales of tinned soup had fallen.';
    assert.deepEqual(speakers(text), ['Brightwell Foods']);
  });

  test('"Since January, the group, led by dockers, ..." is no group named "Since January"', () => {
    const text =
      'Harbour Watch opposes the terminal. Since January, the group, led by dockers, has marched weekly.\n\n' +
      'The group said the terminal would double lorry traffic.';
    assert.deepEqual(speakers(text), ['Harbour Watch']);
  });
});

describe('an outlet "of" a town', () => {
  test('"According to a report in the Ledger of Fort Collins" and "The report says" are the paper\'s, not the town\'s', () => {
    const text =
      'The state launched a new anti-drug slogan this week.\n\n' +
      'According to a report in the Ledger of Fort Collins, the governor unveiled the campaign on Monday to tackle the crisis. The report says a local ad agency designed the campaign.';
    assert.deepEqual(speakers(text), ['Ledger of Fort Collins', 'Ledger of Fort Collins']);
  });
});
