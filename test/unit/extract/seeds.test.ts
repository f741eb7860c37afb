import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { articleFromText } from '../../../extract/articleFromText.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import type { ExtractedMention, MentionExtraction } from '../../../extract/types.ts';
import { assertSpeakerPositions } from './speakerPositionsHold.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const seeds = join(process.env.CLAIMDESK_SHARED ?? join(repo, '..', 'shared'), 'fixtures', 'seeds');

/** The article text of seed `prefix`, as ingest reads the file. */
function seedText(prefix: string): string {
  const file = readdirSync(seeds).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  assert.ok(file, `seed ${prefix} exists`);
  const path = join(seeds, file);
  return articleFromText(readFileSync(path, 'utf8'), `file://${path}`).text;
}

function extractionOf(prefix: string): MentionExtraction {
  return extractMentions(seedText(prefix));
}

/** The mentions ingest stores, and with `all` those it drops too (the copies of a repeated paragraph). */
function mentionsOf(prefix: string, all = false): ExtractedMention[] {
  const { mentions, dropped } = extractionOf(prefix);
  return all ? [...mentions, ...dropped.map((d) => d.mention)].sort((a, b) => a.start - b.start) : mentions;
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
  // "was quoted as saying that “such harsh measures” are “absolutely justified” as ...": partial quotes in a
  // reported clause make one statement.
  const svintsov = mentions.filter((m) => /harsh measures|absolutely justified/.test(m.text));
  assert.equal(svintsov.length, 1);
  assert.equal(svintsov[0]?.kind, 'statement');
  assert.ok(svintsov[0]?.text.includes('“such harsh measures” are “absolutely justified”'));
  assert.equal(svintsov[0]?.speaker, 'Andrei Svintsov');
  assert.equal(svintsov[0]?.role, 'Russian official');
});

test('no quote or statement in the seeds is left without a speaker', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    for (const m of mentionsOf(prefix).filter((m) => m.kind !== 'number')) assert.notEqual(m.speaker, null, `${prefix}: ${m.text}`);
  }
});

test('002: reported speech of WhatsApp and Peskov', () => {
  const statements = mentionsOf('002').filter((m) => m.kind === 'statement');
  const find = (words: string) => statements.find((m) => m.text.includes(words));
  assert.equal(find('Russian authorities attempted to fully block')?.speaker, 'WhatsApp');
  assert.equal(find('an agreement could be possible')?.speaker, 'Dmitry Peskov');
  assert.equal(find('the chances of restoration would be limited')?.speaker, 'Dmitry Peskov');
});

test('004: single quotes, a standalone quote paragraph and a surname resolved to the full name', () => {
  const mentions = mentionsOf('004', true);
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
  // Three copies of four quotes; the platform "used ‘to organise ...’" is a partial quote inside a statement.
  assert.equal(quotes.length, 9);
  const organise = mentions.filter((m) => m.kind === 'statement' && m.text.includes('to organise and carry out terrorist acts'));
  assert.equal(organise.length, 3);
  for (const m of organise) assert.equal(m.speaker, 'Roskomnadzor');
  // Ingest stores the first copy of the Reuters story; the two later copies are dropped, and say why.
  const { mentions: stored, dropped } = extractionOf('004');
  assert.equal(stored.filter((m) => m.kind === 'quote').length, 3);
  assert.equal(dropped.filter((d) => d.mention.kind === 'quote').length, 6);
  assert.ok(dropped.every((d) => d.reason === 'repeated-paragraph'));
});

test('003: "cited X as telling", "Mr Peskov" and "the company added"', () => {
  const mentions = mentionsOf('003');
  const due = quote(mentions, "Due to Meta's unwillingness");
  assert.equal(due.speaker, 'Dmitry Peskov');
  assert.equal(due.role, 'Kremlin spokesman');
  const max = quote(mentions, 'Max is an accessible alternative');
  assert.equal(max.speaker, 'Dmitry Peskov');
  assert.equal(max.speakerRaw, 'Mr Peskov');
  // A partial quote in reported speech: the statement around it carries the speaker.
  const secure = mentions.find((m) => m.kind === 'statement' && m.text.includes('private and secure communication'));
  assert.equal(secure?.speaker, 'WhatsApp');
  assert.equal(secure?.cue, 'added');
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
    const { mentions } = extractMentions(text);
    for (const [i, m] of mentions.entries()) {
      assert.equal(text.slice(m.start, m.end), m.text);
      if (i > 0) assert.ok((mentions[i - 1]?.start ?? 0) <= m.start);
    }
  }
});

test('no promotion line of a page becomes a statement', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    for (const m of mentionsOf(prefix)) assert.ok(!/breaking news updates|homepage|real-time developments/i.test(m.text), `${prefix}: ${m.text}`);
  }
});

test('every seed mention points at its attribution as printed, or at none', () => {
  const prefixes = readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, 3));
  assert.ok(prefixes.length >= 5);
  let placed = 0;
  for (const prefix of prefixes) {
    const text = seedText(prefix);
    const all = mentionsOf(prefix, true);
    assertSpeakerPositions(text, all);
    for (const m of all) {
      if (m.speakerStart === null || m.speakerEnd === null) continue;
      // In the seeds every attribution is printed as one stretch: the slice is speakerRaw itself.
      assert.equal(text.slice(m.speakerStart, m.speakerEnd), m.speakerRaw);
      placed += 1;
    }
  }
  assert.ok(placed >= 40, `${placed} positions`);
  const peskov = mentionsOf('003').find((m) => m.speakerRaw === 'Mr Peskov');
  assert.ok(peskov?.speakerStart != null);
  assert.equal(seedText('003').slice(peskov.speakerStart, peskov.speakerEnd ?? 0), 'Mr Peskov');
});
