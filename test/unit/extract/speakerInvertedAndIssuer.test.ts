import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('an inverted cue after a fronted noun phrase, and "the statement" far from its issuer', () => {
  test('"The irony of X, says Name, a role, is that ...": the name after the cue speaks, not the fronted noun', () => {
    const text =
      'The irony of Ellen, says Ann Roe, historian at the Civic Library, is that she was "one of the strongest mayors in the region," not for her laws but for her voice.';
    assert.deepEqual(speakers(text), ['Ann Roe']);
  });

  test('"the statement added" after two other speakers is no longer the issuer of a statement long before', () => {
    const text =
      'Mayor Ivo Brandt said in a statement that the bridge would reopen.\n\n“Ships are waiting,” said Olek Lund, the harbour master.\n\n“We lost a week of catch,” union leader Petra Vik told reporters.\n\nGerda Holm ran the ferry for thirty years and was “a pillar of the town,” the statement added.';
    assert.deepEqual(speakers(text).slice(0, 4), ['Ivo Brandt', 'Olek Lund', 'Petra Vik', 'statement']);
  });

  test('"the statement added" right after its issuer stays the issuer', () => {
    const text =
      'Mayor Ivo Brandt said in a statement that the bridge would reopen. The repairs cost $2 million, the statement added.';
    assert.deepEqual(speakers(text), ['Ivo Brandt', 'Ivo Brandt']);
  });
});
