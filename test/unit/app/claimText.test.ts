import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameWithRole, quoteMarks, roleToShow } from '../../../app/claimText.ts';
import { formatClaim } from '../../../app/output.ts';
import type { ClaimRecord } from '../../../store/claimRecords.ts';

test('only a quote reads between quote marks: a statement is reported speech, a figure is as printed', () => {
  assert.equal(quoteMarks('quote', 'We will not yield'), '“We will not yield”');
  assert.equal(quoteMarks('statement', 'the harbour would reopen in May'), 'the harbour would reopen in May');
  assert.equal(quoteMarks('number', 'more than 40 ferries'), 'more than 40 ferries');
});

test('a role the name already says is not printed again', () => {
  assert.equal(
    nameWithRole('Harbour authority spokeswoman', 'harbour authority spokeswoman'),
    'Harbour authority spokeswoman',
  );
  assert.equal(nameWithRole('Port Minister Ilse Varga', 'Port Minister'), 'Port Minister Ilse Varga');
  assert.equal(nameWithRole('Ilse Varga', 'Port Minister'), 'Ilse Varga (Port Minister)');
  // A role whose words only start the name's words is a different role.
  assert.equal(nameWithRole('Ministerial aide Tom Ros', 'Minister'), 'Ministerial aide Tom Ros (Minister)');
  assert.equal(roleToShow('Ilse Varga', null), null);
  assert.equal(roleToShow(null, 'Port Minister'), 'Port Minister');
});

test('a statement claim prints its words without quote marks and its speaker with the role once', () => {
  const claim = {
    id: 'c_1',
    kind: 'statement',
    speaker: 'Harbour authority spokeswoman',
    role: 'Harbour authority spokeswoman',
    text: 'the harbour would reopen in May',
    articles: [],
    conflicts: [],
    article_count: 1,
    outlet_count: 1,
  } as unknown as ClaimRecord;
  const [head, words] = formatClaim(claim);
  assert.equal(head, '[statement] Harbour authority spokeswoman · 1 article, 1 outlet · c_1');
  assert.equal(words, '  the harbour would reopen in May');
});
