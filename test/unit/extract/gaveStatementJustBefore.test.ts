import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const quotes = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'quote')
    .map((m) => [m.text, m.speaker]);

describe('a quote with no cue after a sentence in which a named person gives a statement', () => {
  test('"The landlord’s lawyer, Tom Hale, had a shorter statement ... “...”" is Tom Hale’s, not the quote’s before it', () => {
    assert.deepEqual(
      quotes(
        '“The tenants won,” said Jane Roe.\n\nThe landlord’s lawyer, Tom Hale, had a shorter statement after the hearing on Friday. “We will appeal this ruling.”',
      ),
      [
        ['The tenants won', 'Jane Roe'],
        ['We will appeal this ruling.', 'Tom Hale'],
      ],
    );
  });

  test('"issued a brief response" too; a sentence about something else leaves the quote to the speaker before', () => {
    assert.deepEqual(
      quotes(
        '“The tenants won,” said Jane Roe. Tom Hale issued a brief response on Friday. “We will appeal.”',
      )[1],
      ['We will appeal.', 'Tom Hale'],
    );
    assert.deepEqual(
      quotes('“The tenants won,” said Jane Roe. The hearing lasted three hours. “We will stay.”')[1],
      ['We will stay.', 'Jane Roe'],
    );
  });
});
