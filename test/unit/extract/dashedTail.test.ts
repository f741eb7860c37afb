/**
 * Issue 15 item 4: a report that runs on past a single dash into the writer's contrast ("— though ...", "— but ...")
 * is cut before the dash, so that the reported clause is found as it was said. Invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('a report before a dash and the writer’s contrast', () => {
  test('"— though ..." after the reported clause is the writer’s', () => {
    assert.deepEqual(
      statements('Mayor Ann Lee said the plant would stay open — though the board has not voted on it.'),
      [{ text: 'the plant would stay open', speaker: 'Ann Lee' }],
    );
  });

  test('"— but she ..." after the reported clause is the writer’s', () => {
    assert.deepEqual(
      statements('Governor Ruth Okafor said the talks in Lagos went well — but she left before the vote.'),
      [{ text: 'the talks in Lagos went well', speaker: 'Ruth Okafor' }],
    );
  });

  test('a double hyphen reads as a dash', () => {
    assert.deepEqual(
      statements('Mayor Ann Lee said the plant would stay open -- while the workers have already left.'),
      [{ text: 'the plant would stay open', speaker: 'Ann Lee' }],
    );
  });

  test('"— but that ..." is still reported', () => {
    assert.deepEqual(
      statements('Mayor Ann Lee said the plant would stay open — but that the board had its doubts.'),
      [{ text: 'the plant would stay open — but that the board had its doubts', speaker: 'Ann Lee' }],
    );
  });

  test('a tail that holds a quote stays with the report', () => {
    assert.deepEqual(
      statements(
        'Mayor Ann Lee said the plant would stay open — though the board called the plan “a gamble with jobs”.',
      ).map((s) => s.text),
      ['the plant would stay open — though the board called the plan “a gamble with jobs”'],
    );
  });

  test('an aside between two dashes stays in the report', () => {
    assert.deepEqual(
      statements('Mayor Ann Lee said the council — but not the board — had backed the plan.'),
      [{ text: 'the council — but not the board — had backed the plan', speaker: 'Ann Lee' }],
    );
  });
});
