import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statementOf = (text: string, words: string) =>
  extractMentions(text).mentions.find(
    (m) => (m.kind === 'statement' || m.kind === 'quote') && text.slice(m.start, m.end).includes(words),
  );

test('"the website", "the paper", "the study" name again the source of their kind that spoke just before', () => {
  const cases: Array<[text: string, words: string, speaker: string]> = [
    [
      'Ferry fares rose again in March. Harbour Watch asked, “Who signed off on this?” The website noted that the operator had cut two crossings.',
      'the operator had cut two crossings',
      'Harbour Watch',
    ],
    [
      'The mayor spoke at the pier on Friday. As the weekly Tarnby Courier tabloid noted, the crowd was small. As the paper noted, the mayor left early.',
      'the mayor left early',
      'weekly Tarnby Courier tabloid',
    ],
    [
      'Rents climbed in the harbour district, according to a recent Quayside survey of tenants. The study found that most tenants pay over half their income.',
      'most tenants pay over half their income',
      'recent Quayside survey of tenants',
    ],
  ];
  for (const [text, words, speaker] of cases) assert.equal(statementOf(text, words)?.speaker, speaker, text);
});

test('"the study" after a person spoke is not that person, nor after a source two sentences back', () => {
  const cases: Array<[text: string, words: string]> = [
    [
      'Rents climbed in the harbour district, Mary Quinn said. The study found that most tenants pay over half their income.',
      'most tenants pay over half their income',
    ],
    [
      'Ferry fares rose again, Harbour Watch said on Monday. The operator blamed fuel. Crews were cut in May. The website noted that two crossings were dropped.',
      'two crossings were dropped',
    ],
  ];
  for (const [text, words] of cases) assert.notEqual(statementOf(text, words)?.speaker, 'Mary Quinn', text);
  const [far] = cases.slice(1);
  if (far !== undefined) assert.notEqual(statementOf(far[0], far[1])?.speaker, 'Harbour Watch', far[0]);
});

test('"the paper" after people wrote something is printed as itself', () => {
  const text =
    'Wages fell in port towns. But Lena Marsh and her colleagues wrote that inland towns gained. Coastal rents rose by a third, the paper concluded.';
  assert.equal(statementOf(text, 'Coastal rents rose')?.speaker, 'paper', text);
});

test('"the poll" after its maker spoke is printed as itself', () => {
  const text =
    'In a survey of 600 dock workers, Harbour Polls found that most back the strike. Still, the poll shows that few expect it to last.';
  assert.equal(statementOf(text, 'few expect it to last')?.speaker, 'poll', text);
});
