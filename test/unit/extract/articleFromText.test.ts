import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../../extract/articleFromText.ts';

test('a headline first line becomes the title and leaves the body', () => {
  const article = articleFromText('\uFEFFWhatsApp accuses Russia of blocking its service\r\nFirst paragraph of the story is here.\r\n\r\nSecond paragraph.\r\n', 'file:///a.txt');
  assert.equal(article.title, 'WhatsApp accuses Russia of blocking its service');
  assert.equal(article.text, 'First paragraph of the story is here.\n\nSecond paragraph.');
  assert.equal(article.url, 'file:///a.txt');
  assert.equal(article.siteName, null);
  assert.equal(article.language, 'en');
});

test('a first line that reads as body copy is not a title', () => {
  assert.equal(articleFromText('The government said on Monday that it would act.\nMore.', 'u').title, null);
  assert.equal(articleFromText('“We will win,” he said\nMore.', 'u').title, null);
  assert.equal(articleFromText('SHARE\nBody text here.', 'u').title, null);
  const long = `${'word '.repeat(30)}\nBody.`;
  assert.equal(articleFromText(long, 'u').title, null);
});

test('empty text gives an empty article', () => {
  const article = articleFromText('', 'u');
  assert.equal(article.text, '');
  assert.equal(article.title, null);
  assert.equal(article.language, null);
});
