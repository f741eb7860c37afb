import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { articleFromText } from '../../../extract/articleFromText.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import type { ExtractedMention } from '../../../extract/types.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const seeds = join(process.env.CLAIMDESK_SHARED ?? join(repo, '..', 'shared'), 'fixtures', 'seeds');

function mentionsOf(prefix: string): ExtractedMention[] {
  const file = readdirSync(seeds).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  assert.ok(file, `seed ${prefix} exists`);
  const path = join(seeds, file);
  return extractMentions(articleFromText(readFileSync(path, 'utf8'), `file://${path}`).text);
}

function quote(mentions: ExtractedMention[], startsWith: string): ExtractedMention {
  const found = mentions.find((m) => m.kind === 'quote' && m.text.startsWith(startsWith));
  assert.ok(found, `a quote starting "${startsWith}"`);
  return found;
}

test('001: WhatsApp, Peskov, Roskomnadzor and Svintsov quotes', () => {
  const mentions = mentionsOf('001');
  const isolate = quote(mentions, 'trying to isolate over 100 million users');
  assert.equal(isolate.text, 'trying to isolate over 100 million users from private and secure communication is a backwards step and can only lead to less safety for people in Russia.');
  assert.equal(isolate.speaker, 'WhatsApp');
  assert.equal(isolate.speakerType, 'organisation');
  const connected = quote(mentions, 'We will continue to do everything');
  assert.equal(connected.speaker, 'WhatsApp');
  assert.equal(connected.speakerRaw, 'it');
  const peskov = quote(mentions, 'a question of fulfilling the legislation');
  assert.ok(peskov.text.endsWith('then there is no chance.'));
  assert.equal(peskov.speaker, 'Dmitry Peskov');
  assert.equal(peskov.speakerType, 'person');
  assert.match(peskov.role ?? '', /spokesperson/);
  assert.equal(peskov.cue, 'told');
  const personal = quote(mentions, 'Personal data is not protected');
  assert.equal(personal.speaker, 'Roskomnadzor');
  const svintsov = mentions.filter((m) => m.kind === 'quote' && /harsh measures|absolutely justified/.test(m.text));
  assert.equal(svintsov.length, 2);
  for (const m of svintsov) {
    assert.equal(m.speaker, 'Andrei Svintsov');
    assert.equal(m.role, 'Russian official');
  }
});

test('001: no quote is left without a speaker', () => {
  for (const m of mentionsOf('001').filter((m) => m.kind === 'quote')) assert.notEqual(m.speaker, null, m.text);
});

test('004: single quotes, a standalone quote paragraph and a surname resolved to the full name', () => {
  const mentions = mentionsOf('004');
  const quotes = mentions.filter((m) => m.kind === 'quote');
  const isolate = quote(mentions, 'Trying to isolate over 100 million users');
  assert.ok(isolate.text.endsWith('people in Russia'));
  assert.equal(isolate.speaker, 'WhatsApp');
  assert.equal(quote(mentions, 'We continue to do everything we can to keep users connected.').speaker, 'WhatsApp');
  const peskov = quote(mentions, 'If the corporation (Meta) sticks');
  assert.ok(peskov.text.endsWith('then there is no chance'));
  assert.equal(peskov.speaker, 'Dmitry Peskov');
  assert.equal(peskov.speakerRaw, 'Peskov');
  assert.equal(peskov.role, 'Kremlin spokesman');
  // "Russia's national register" must not open a quote.
  assert.ok(quotes.every((m) => !m.text.startsWith('s national register')));
  assert.ok(quotes.every((m) => !/national register/.test(m.text)));
  assert.equal(quotes.length, 12);
});

test('003: "cited X as telling", "Mr Peskov" and "the company added"', () => {
  const mentions = mentionsOf('003');
  const due = quote(mentions, "Due to Meta's unwillingness");
  assert.equal(due.speaker, 'Dmitry Peskov');
  assert.equal(due.role, 'Kremlin spokesman');
  const max = quote(mentions, 'Max is an accessible alternative');
  assert.equal(max.speaker, 'Dmitry Peskov');
  assert.equal(max.speakerRaw, 'Mr Peskov');
  assert.equal(quote(mentions, 'private and secure communication').speaker, 'WhatsApp');
  assert.equal(quote(mentions, 'We continue to do everything').speaker, 'WhatsApp');
});

test('000 and 003: "more than 100 million users" figures, and no dates as figures', () => {
  const f000 = mentionsOf('000').filter((m) => m.kind === 'number');
  const users = f000.find((m) => m.text === 'more than 100 million users');
  assert.ok(users);
  assert.equal(users.value, 100_000_000);
  assert.equal(users.unit, 'users');
  assert.equal(users.qualifier, 'more than');
  assert.deepEqual(users.entities, ['WhatsApp', 'Russia']);
  assert.ok(f000.every((m) => !/2022|February/.test(m.text)));

  const f003 = mentionsOf('003').filter((m) => m.kind === 'number');
  const russian = f003.find((m) => m.text.startsWith('More than 100 million Russian users'));
  assert.ok(russian);
  assert.equal(russian.value, 100_000_000);
  assert.equal(russian.unit, 'users');
  assert.equal(russian.qualifier, 'more than');
  assert.ok(f003.every((m) => !/August|December/.test(m.text)));
});

test('001: a figure inside a quote takes the quote speaker', () => {
  const figure = mentionsOf('001').find((m) => m.kind === 'number' && m.text === 'over 100 million users');
  assert.ok(figure);
  assert.equal(figure.speaker, 'WhatsApp');
  assert.equal(figure.value, 100_000_000);
  assert.equal(figure.qualifier, 'over');
});

test('mentions are sorted and their spans index the text', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const file = readdirSync(seeds).find((name) => name.startsWith(prefix));
    assert.ok(file);
    const text = articleFromText(readFileSync(join(seeds, file), 'utf8'), 'file:///x').text;
    const mentions = extractMentions(text);
    for (const [i, m] of mentions.entries()) {
      assert.equal(text.slice(m.start, m.end), m.text);
      if (i > 0) assert.ok((mentions[i - 1]?.start ?? 0) <= m.start);
    }
  }
});
