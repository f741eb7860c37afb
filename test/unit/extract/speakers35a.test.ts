import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order, with their types. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.speaker, m.speakerType]);

describe('"the airline said" is the organisation its sentence printed, not the last one that spoke', () => {
  test('an organisation that spoke before, printed in the clause the description closes', () => {
    const text =
      'Skyvane has confirmed that 66 people were on board. Halvard News reported that the crew were tired.\n\n' +
      'Mara Lind, 31.\n\nLind, the first officer, had flown 4,000 hours with Skyvane, the airline said Friday.';
    assert.deepEqual(speakers(text).at(-1), ['Skyvane', 'organisation']);
  });

  test('a name of another kind of organisation in the sentence is not "the company"', () => {
    const text =
      'Tarn Mobile said sales rose in May. Customers of Rowan Bank can now pay by phone, the company said.';
    assert.deepEqual(speakers(text).at(-1), ['Tarn Mobile', 'organisation']);
  });
});

describe('"A woman who ... said" is the person the next sentence introduces by name', () => {
  test('the name opening the next sentence, set off by a relative clause', () => {
    const text =
      'A man who has sued the city for fraud said Monday that the mayor had lied to him. He also said the audit was late.\n\n' +
      'Tom Varga, who says the city owes him money, spoke on a radio show.';
    assert.deepEqual(speakers(text)[0], ['Tom Varga', 'person']);
  });

  test('a person the text had written about before is not introduced there', () => {
    const text =
      'Tom Varga runs the harbour office. A man who has sued the city for fraud said Monday that the mayor had lied to him. ' +
      'Tom Varga, who chairs the board, declined to comment.';
    assert.deepEqual(speakers(text)[0], ['man', 'person']);
  });
});
