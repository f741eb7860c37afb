import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { documentTexts } from '../../eval/scoreLabels.ts';

test('an aeb/ id reads the article body of the extraction benchmark; an unknown id fails loudly', () => {
  const shared = mkdtempSync(join(tmpdir(), 'claimdesk-shared-'));
  mkdirSync(join(shared, 'eval', 'article-extraction-benchmark'), { recursive: true });
  const truth = {
    abc123: { articleBody: 'The mayor said the bridge would reopen.', url: 'https://example.test/a' },
  };
  writeFileSync(
    join(shared, 'eval', 'article-extraction-benchmark', 'ground-truth.json'),
    JSON.stringify(truth),
  );
  assert.equal(
    documentTexts(shared, ['aeb/abc123']).get('aeb/abc123'),
    'The mayor said the bridge would reopen.',
  );
  assert.throws(() => documentTexts(shared, ['aeb/missing']), /labelled documents not found: aeb\/missing/);
});
