import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../extract/extractArticle.ts';
import { limitNesting, nestingDepth } from '../../../extract/limitNesting.ts';

test('nesting depth counts open elements, not void or self-closed ones', () => {
  assert.equal(nestingDepth('<div><p>a<br><img src=x>b</p><div><span/></div></div>'), 2);
  assert.equal(nestingDepth('<div><div><span>x</span></div></div><p>y</p>'), 3);
});

test('a page within the limit is untouched; a deeper one keeps only its text blocks', () => {
  const normal = '<html><body><div><p>Text</p></div></body></html>';
  assert.equal(limitNesting(normal), normal);
  const deep = `${'<div>'.repeat(2000)}<p>The text survives.</p>${'</div>'.repeat(2000)}`;
  assert.equal(limitNesting(deep).replace(/\s+/g, ''), '<p>Thetextsurvives.</p>');
});

test('10,000-deep nesting is extracted in linear time and keeps its text', () => {
  const body = '<p>Regulators said on Monday that the ban would stay in place for the rest of the year.</p>';
  const article = extractArticle(`${'<div>'.repeat(100_000)}${body}`, 'https://example.org/deep');
  assert.equal(article.text, 'Regulators said on Monday that the ban would stay in place for the rest of the year.');
});
