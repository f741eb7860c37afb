import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const quoteOf = (text: string, words: string) =>
  extractMentions(text).mentions.find((m) => m.kind === 'quote' && m.text.startsWith(words));

test('a surname that "he" took up is no antecedent of a later "she"', () => {
  const text =
    "Khin Aye Tandel visited the palace on Wednesday, six years after she was freed, a win for President Ostrander's policy of talks.\n\n" +
    'The capital is rolling out the red carpet for Tandel, who had breakfast with the council. She will visit the port on Thursday.\n\n' +
    '"It is the right thing to do for the people of the coast," Ostrander said. He called the port a "good story in a bad year."\n\n' +
    'Ostrander stressed that the reforms were not complete, and unions warned that the board was giving up leverage.\n\n' +
    'In response to pressure, the envoy set up a commission of elders to look into the clashes.\n\n' +
    '"Unity also means prosperity, because people fight over little," she said in the office.';
  assert.equal(quoteOf(text, 'Unity also means prosperity')?.speaker, 'Khin Aye Tandel', text);
  assert.equal(quoteOf(text, 'It is the right thing')?.speaker, 'Ostrander', text);
});
