import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, francRunCount, unreadLanguage } from '../../../extract/detectLanguage.ts';
import { findRestatedOpening } from '../../../extract/findRestatedOpening.ts';

test('two-letter codes for English, Russian and Ukrainian; null when too short', () => {
  assert.equal(detectLanguage('The Kremlin said on Thursday that WhatsApp could return if it complied with Russian law.'), 'en');
  assert.equal(detectLanguage('Кремль заявил в четверг, что мессенджер может вернуться, если компания выполнит российские законы.'), 'ru');
  assert.equal(detectLanguage('Кремль заявив у четвер, що месенджер може повернутися, якщо компанія виконає російські закони.'), 'uk');
  assert.equal(detectLanguage('Hi'), null);
  assert.equal(detectLanguage(''), null);
});

test('a text extraction cannot read is named; English, Russian and an English story full of foreign names are read', () => {
  const portuguese =
    'O prefeito disse nesta terça-feira que a ponte será reaberta em março. "Vamos entregar a obra no prazo", afirmou ele aos jornalistas, ' +
    'e acrescentou que o custo total chegou a 40 milhões de reais, mais do que o previsto no contrato assinado com a empresa.';
  assert.equal(unreadLanguage(portuguese), 'pt');
  assert.equal(unreadLanguage('Кремль заявил в четверг, что мессенджер может вернуться, если компания выполнит российские законы.'), null);
  const names =
    'Police said Salvatore Lo Bianco, the alleged boss of the Porta Nuova clan in Palermo, was arrested at a farmhouse near Corleone ' +
    'on Tuesday with Giuseppe Mangano and Calogero Di Stefano, who had been sought since 2009 by the Carabinieri of Trapani.';
  assert.equal(unreadLanguage(names), null);
  assert.equal(unreadLanguage('Hi'), null);
  // A line of names is too short for trigrams to tell its language ("Gomes" looks French or Portuguese to them).
  assert.equal(unreadLanguage('Gomes drove 120 miles before stopping.'), null);
  // A sentence or two of English that franc takes for another language is too short to tell.
  assert.equal(unreadLanguage("'Pop, pop, pop' “We heard pop, pop, pop,” smelled gunpowder, said Jean Larson."), null);
});

test("a text's language is read once: asked again (the page read, then its mentions extracted), franc does not run again", () => {
  const report =
    'The harbour master told reporters on Monday that the ferry would sail again once the storm had passed over the bay, ' +
    'and that every passenger who had waited in the terminal since the morning would be given a seat on the first crossing.';
  const before = francRunCount();
  assert.equal(detectLanguage(report), 'en');
  assert.equal(francRunCount(), before + 1);
  assert.equal(detectLanguage(report), 'en');
  assert.equal(unreadLanguage(report), null);
  assert.equal(francRunCount(), before + 1, 'the same sample is not read again');
  assert.equal(detectLanguage(`${report} The crossing takes an hour.`), 'en');
  assert.equal(francRunCount(), before + 2, 'another sample is read');
  // Two long texts that differ only past the sample (its first 4,000 characters) read as their sample does.
  const long = `${report} `.repeat(20);
  assert.equal(detectLanguage(long), 'en');
  assert.equal(detectLanguage(`${long}Le ferry repartira demain.`), 'en');
  assert.equal(francRunCount(), before + 3);
});

test('franc is asked only when its answer matters: not for English-enough text, nor for a lead that restates nothing', () => {
  const report =
    'The council said on Tuesday that the old library on the hill would open again in the spring, and that the books which had ' +
    'been kept in a warehouse since the flood were to be back on its shelves by the time the doors open to the public.';
  const before = francRunCount();
  assert.equal(unreadLanguage(report), null);
  assert.equal(francRunCount(), before, 'a text whose words are English enough is read without franc');
  const sentences = [
    { text: 'The library reopens.', start: 0, end: 20 },
    { text: 'Its garden stays closed until the summer, a spokeswoman for the council told the local paper.', start: 21, end: 115 },
  ];
  assert.equal(findRestatedOpening(sentences), null);
  assert.equal(francRunCount(), before, 'a lead that restates nothing needs no language');
});
