import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../extract/detectLanguage.ts';

test('two-letter codes for English, Russian and Ukrainian; null when too short', () => {
  assert.equal(detectLanguage('The Kremlin said on Thursday that WhatsApp could return if it complied with Russian law.'), 'en');
  assert.equal(detectLanguage('Кремль заявил в четверг, что мессенджер может вернуться, если компания выполнит российские законы.'), 'ru');
  assert.equal(detectLanguage('Кремль заявив у четвер, що месенджер може повернутися, якщо компанія виконає російські закони.'), 'uk');
  assert.equal(detectLanguage('Hi'), null);
  assert.equal(detectLanguage(''), null);
});
