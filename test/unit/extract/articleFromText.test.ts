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

test('a headline that ends on a full stop stays the title: an abbreviation, headline case, or a dateline or byline under it', () => {
  const titleOf = (text: string) => articleFromText(text, 'u').title;
  assert.equal(titleOf('Harbour tolls to double across the E.U.\nThe tolls rise in May.'), 'Harbour tolls to double across the E.U.');
  assert.equal(titleOf('Ferry strike ends at 9 a.m.\nThe crews went back.'), 'Ferry strike ends at 9 a.m.');
  assert.equal(titleOf('Port Authority Delays Ferry Contract Again.\nThe port said it would wait.'), 'Port Authority Delays Ferry Contract Again.');
  assert.equal(
    titleOf('Port delays the ferry contract again.\nVALLETTA, March 3 - The port authority said on Monday it would wait.'),
    'Port delays the ferry contract again.',
  );
  assert.equal(titleOf('Port delays the ferry contract again.\nBy Jane Roe\nThe port authority said it would wait.'), 'Port delays the ferry contract again.');
  // A lede sentence is still body copy, and so is a line of two sentences above a dateline.
  assert.equal(titleOf('The port said on Monday that it would wait.\nMore came later.'), null);
  assert.equal(titleOf('The port waited. Crews were angry.\nVALLETTA, March 3 - More.'), null);
});

test('a share button or section label above the headline is passed over, and stays in the body', () => {
  const article = articleFromText('SHARE\n\nHarbour Tolls Set to Double in May\n\nPublished 2 days ago | By Port Daily\n\nThe tolls rise.', 'u');
  assert.equal(article.title, 'Harbour Tolls Set to Double in May');
  assert.equal(article.text, 'SHARE\n\nPublished 2 days ago | By Port Daily\n\nThe tolls rise.');
  assert.equal(articleFromText('World News\nFerry crews walk out over pay\nThe crews left at noon.', 'u').title, 'Ferry crews walk out over pay');
  // A label over body copy, and a short line that is a sentence, give no title.
  assert.equal(articleFromText('SHARE\nThe port said on Monday that it would wait.', 'u').title, null);
  assert.equal(articleFromText('He left.\nFerry crews walk out over pay\nMore.', 'u').title, null);
});
