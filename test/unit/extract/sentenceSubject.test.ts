import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideMerge } from '../../../dedupe/decideMerge.ts';
import type { MergeSubject } from '../../../dedupe/decideMerge.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { sentenceSubject } from '../../../extract/topicEntities.ts';

test('a sentence that names no one gives its content words outside the figure as the subject', () => {
  assert.equal(
    sentenceSubject('Repairs to the bridge are expected to cost more than £12 million.', 'more than £12 million'),
    'repairs bridge expected cost',
  );
  assert.equal(sentenceSubject('It rose to 40%.', '40%'), null);
});

/** The figure mentions of a text, as the merge sees them. */
function figuresOf(text: string): MergeSubject[] {
  return extractMentions(text)
    .mentions
    .filter((m) => m.kind === 'number')
    .map((m) => ({ kind: m.kind, text: m.text, speakerKey: null, value: m.value, unit: m.unit, entities: m.entities }));
}

test('one figure sentence printed by two outlets joins, trimmed or not; the same sum for another subject does not', () => {
  const [first] = figuresOf('The council met on Monday.\n\nRepairs to the bridge are expected to cost more than £12 million.\n');
  const [trimmed] = figuresOf('Residents were angry.\n\nRepairs to the bridge will cost over £12 million.\n');
  const [other] = figuresOf('The council met on Monday.\n\nA new school is expected to cost more than £12 million.\n');
  assert.ok(first && trimmed && other);
  const claim = (subject: MergeSubject) => ({
    id: 'n1',
    kind: subject.kind,
    value: subject.value,
    unit: subject.unit,
    variants: [{ text: subject.text, speakerKey: null, entities: subject.entities }],
  });
  assert.deepEqual(decideMerge(trimmed, [claim(first)]).matches, ['n1']);
  assert.deepEqual(decideMerge(first, [claim(trimmed)]).matches, ['n1']);
  assert.deepEqual(decideMerge(other, [claim(first)]).matches, []);
});
