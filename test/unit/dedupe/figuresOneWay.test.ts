import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinByWords } from '../../../dedupe/decideMerge.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';
import { printFiguresOneWay } from '../../../dedupe/numberWords.ts';
import { rewordingVerdict } from '../../../dedupe/rewordedAssertion.ts';

const printed = (text: string) => printFiguresOneWay(tokenize(text)).join(' ');

/** Whether two printings of one speaker join by their words (decideMerge's same-words, part and small-edit joins). */
const joins = (a: string, b: string) => joinByWords(a, b);

test('one figure in two house styles is printed one way', () => {
  assert.equal(printed('up 7%'), 'up 7 percent');
  assert.equal(printed('up 7 per cent'), 'up 7 percent');
  assert.equal(printed('up 7 % on the year'), 'up 7 percent on the year');
  assert.equal(printed('up 7.5 percent'), 'up 7.5 percent');
  assert.equal(printed('a $40m grant'), 'a $40 million grant');
  assert.equal(printed('a $40 m grant'), 'a $40 million grant');
  assert.equal(printed('a US$2.5bn deal'), 'a $2.5 billion deal'); // "US$" and "$ US" read as "$" (normalizeText.ts)
  assert.equal(printed('a 2.5bn deal'), 'a 2.5 billion deal');
  assert.equal(printed('a 2.5 bn deal'), 'a 2.5 billion deal');
  assert.equal(printed('€300k a year'), '€300 thousand a year');
  assert.equal(printed('the eleventh hour, the twenty third'), 'the 11th hour the twenty 3rd');
});

test('what is not surely a figure stays as printed', () => {
  // "3m" with no currency sign may be metres; "first" and "second" are too often no rank.
  assert.equal(printed('a 3m wall'), 'a 3m wall');
  assert.equal(printed('at first, for a second'), 'at first for a second');
  assert.equal(printed('the m in Mr'), 'the m in mr');
  assert.equal(printed('per capita'), 'per capita');
  assert.equal(printed('a % sign'), 'a % sign');
});

test('a statement printed with a percent sign joins its printing in words', () => {
  assert.ok(
    joins(
      'Ferry fares on the northern routes will climb 9% from the spring, and we regret it',
      'Ferry fares on the northern routes will climb 9 per cent from the spring, and we regret it',
    ),
  );
  // Another order and another verb, the sign in the other printing.
  assert.ok(
    joins(
      'We regret that from the spring the fares on the northern routes are to rise by 9 percent',
      'We regret that from the spring the fares on the northern routes are to rise by 9%',
    ),
  );
});

test('a sum with its scale abbreviated joins the sum with its scale in words', () => {
  assert.ok(
    joins(
      'The council has set aside $40m to rebuild the harbour wall after the winter storms',
      'The council has set aside $40 million to rebuild the harbour wall after the winter storms',
    ),
  );
  assert.ok(
    joins(
      'It is a €1.2bn hole in the budget that nobody in the cabinet saw coming',
      'It is a €1.2 billion hole in the budget that nobody in the cabinet saw coming',
    ),
  );
});

test('a rank in words joins its digits', () => {
  assert.ok(
    joins(
      'She is proud to be the twelfth captain of the national rowing squad',
      'She is proud to be the 12th captain of the national rowing squad',
    ),
  );
});

test('another figure, or another rank, in one house style or two stays apart', () => {
  assert.ok(
    !joins(
      'Ferry fares on the northern routes will climb 9% from the spring, and we regret it',
      'Ferry fares on the northern routes will climb 8 per cent from the spring, and we regret it',
    ),
  );
  assert.ok(
    !joins(
      'The council has set aside $40m to rebuild the harbour wall after the winter storms',
      'The council has set aside $40 billion to rebuild the harbour wall after the winter storms',
    ),
  );
  // A rank in words is a figure now: two ranks are two claims.
  assert.ok(
    !joins(
      'This is the third time the harbour wall has failed in a single winter',
      'This is the fourth time the harbour wall has failed in a single winter',
    ),
  );
});

test('a reworded report is not kept apart for a figure printed in another house style', () => {
  const [a, b] = [
    'Ferry fares on the northern routes will rise 9% from the spring',
    'from the spring, fares for the ferries on northern routes are going up by 9 per cent',
  ];
  assert.doesNotMatch(rewordingVerdict(a, b), /figure/);
  assert.match(rewordingVerdict(a, b.replace('9', '8')), /figure/);
});

test('a word list asked again gets the same printing, its words without a figure as they were', () => {
  const tokens = tokenize('The fourth ferry of the 12 left at 5% below the $3m fare, per cent or not');
  const first = printFiguresOneWay(tokens);
  assert.deepEqual(first, ['the', '4th', 'ferry', 'of', 'the', '12', 'left', 'at', '5', 'percent', 'below', 'the', '$3', 'million', 'fare', 'percent', 'or', 'not']);
  assert.equal(printFiguresOneWay(tokens), first);
  assert.deepEqual(printFiguresOneWay([...tokens]), first);
});
