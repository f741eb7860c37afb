import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { findRepeatedBlocks, isInside } from '../../../extract/findRepeatedBlocks.ts';
import { tokenize, tokensIn } from '../../../extract/tokenize.ts';

describe('findRepeatedBlocks', () => {
  test('finds paragraphs that repeat earlier ones, in any case and typography, not short ones', () => {
    const para = 'Roskomnadzor, the state communications regulator, didn’t immediately respond.';
    const again = "ROSKOMNADZOR, the state communications regulator, didn't immediately respond.";
    const text = `${para}\nReuters\nSomething else entirely happened on Thursday in Moscow.\n${again}\nReuters`;
    const ranges = findRepeatedBlocks(analyzeText(text));
    assert.equal(ranges.length, 1);
    assert.equal(text.slice(ranges[0]!.start, ranges[0]!.end), again);
    assert.ok(isInside(ranges, text.lastIndexOf(again) + 5));
    assert.ok(!isInside(ranges, 5));
  });
});

describe('extractMentions', () => {
  test("an archive export's headline and ABSTRACT deck give no mention; its FULL TEXT does", () => {
    const head = 'Harbour plan stalls;\nCouncil says 40 jobs will go.\n\nABSTRACT.\n\nThe harbour board said 40 jobs would go after the dredging plan was shelved.\n\nFULL TEXT.\n\n';
    const body = 'The Dunmore harbour board said on Monday that 40 jobs would go by the spring, after the council shelved its dredging plan.';
    const { mentions } = extractMentions(head + body);
    assert.ok(mentions.length > 0);
    assert.ok(mentions.every((m) => m.start >= head.length), 'nothing from the headline or the deck');
    assert.ok(mentions.some((m) => m.kind === 'statement' && m.speaker === 'Dunmore harbour board'));
  });

  test('an ABSTRACT line far into a text, with no FULL TEXT after it, or with a body before it, marks no deck', () => {
    const deck = 'The harbour board said 40 jobs would go after the dredging plan was shelved.';
    const late = `One.\n\nTwo.\n\nThree.\n\nFour.\n\nABSTRACT.\n\n${deck}\n\nFULL TEXT.\n\nThe end.`;
    const unclosed = `Harbour plan stalls.\n\nABSTRACT.\n\n${deck}`;
    // A page that prints the marker near its top and "FULL TEXT" far down: what stands between them is its body.
    const farOff = `Harbour plan stalls.\n\nABSTRACT.\n\nThe council met.\n\nIt sat late.\n\nThe vote was close.\n\n${deck}\n\nFULL TEXT.\n\nThe end.`;
    for (const text of [late, unclosed, farOff]) {
      assert.ok(extractMentions(text).mentions.some((m) => m.kind === 'statement' && text.slice(m.start, m.end).startsWith('40 jobs would go')), text);
    }
  });

  test('a page carrying one wire story twice stores its mentions once and says why the copies were dropped', () => {
    const wire = '“We will not block the service,” Dmitry Peskov, the Kremlin spokesman, told reporters on Monday.';
    const text = `${wire}\n\nThe regulator said 100 million users were affected across the country.\n\n${wire}`;
    const { mentions, dropped } = extractMentions(text);
    const quotes = mentions.filter((m) => m.kind === 'quote');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.speaker, 'Dmitry Peskov');
    assert.ok(quotes[0]!.start < text.length / 2, 'the first printing is the one kept');
    assert.deepEqual(
      dropped.map((d) => [d.mention.kind, d.reason]),
      [['quote', 'repeated-paragraph']],
    );
    assert.equal(dropped[0]?.mention.start, text.lastIndexOf(wire) + 1);
  });

  test('a text without repeats drops nothing', () => {
    const { mentions, dropped } = extractMentions('“It is over,” she said.\n\n“It is not,” he said.');
    assert.equal(mentions.length, 2);
    assert.deepEqual(dropped, []);
  });
});

describe('tokensIn', () => {
  const prose = fc.array(fc.constantFrom(...'ab Mr. U.S. “x” 42,000 Smith’s users\' - § \n'.split('')), { maxLength: 60 }).map((chars) => chars.join(''));
  test('gives what tokenising the slice gives, wherever the slice cuts', () => {
    fc.assert(
      fc.property(prose, fc.nat(), fc.nat(), (text, x, y) => {
        const [from, to] = [x % (text.length + 1), y % (text.length + 1)].sort((a, b) => a - b) as [number, number];
        assert.deepEqual(tokensIn(tokenize(text), text, from, to), tokenize(text.slice(from, to), from));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('extractMentions in a language it does not read', () => {
  test('stores nothing and lists what it found as dropped for the language; the same story in English is read', () => {
    const spanish =
      'El alcalde dijo el martes que el puente se abrirá en marzo. "Vamos a terminar la obra a tiempo", afirmó ante los periodistas, ' +
      'y añadió que el coste total llegó a 40 millones de euros, más de lo previsto en el contrato firmado con la empresa.';
    const read = extractMentions(spanish);
    assert.deepEqual(read.mentions, []);
    assert.ok(read.dropped.length > 0);
    assert.ok(read.dropped.every((d) => d.reason === 'language'));
    const english =
      'The mayor said on Tuesday that the bridge would reopen in March. "We will finish the work on time," he told reporters, ' +
      'adding that the total cost had reached 40 million euros, more than the contract signed with the company foresaw.';
    assert.ok(extractMentions(english).mentions.length > 0);
  });
});

describe('namesakes', () => {
  test("a quote printing a surname alone carries the article's full names of that surname, and no other names", () => {
    const text = [
      'Orla Vennick and her brother Casimir Vennick toured the harbour on Friday.',
      '“Vennick will not sell the quay to anyone,” said Tamsin Roud, the harbour master.',
      'The quay holds 40 boats, Roud said.',
    ].join('\n\n');
    const { mentions } = extractMentions(text);
    const quote = mentions.find((m) => m.kind === 'quote');
    assert.deepEqual(quote?.entities, ['Vennick', 'Tamsin Roud', 'Orla Vennick', 'Casimir Vennick']);
    const statement = mentions.find((m) => m.kind === 'statement');
    assert.deepEqual(statement?.entities, ['Roud', 'Tamsin Roud'], 'a printing naming no Vennick gets none');
  });
});
