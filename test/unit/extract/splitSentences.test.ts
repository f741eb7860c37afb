import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../extract/splitSentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

test('titles, initials and dotted acronyms do not end sentences', () => {
  assert.deepEqual(texts('Mr. Smith met Mrs. Jones and Dr. Who. They talked.'), ['Mr. Smith met Mrs. Jones and Dr. Who.', 'They talked.']);
  assert.deepEqual(texts('The U.S. and the U.K. agreed. Talks resume soon.'), ['The U.S. and the U.K. agreed.', 'Talks resume soon.']);
  assert.deepEqual(texts('J. R. R. Tolkien wrote it. В. В. Путин ответил.'), ['J. R. R. Tolkien wrote it.', 'В. В. Путин ответил.']);
  assert.deepEqual(texts('He flew to the U.S. The trip was short.'), ['He flew to the U.S.', 'The trip was short.']);
});

test('decimals and ellipses', () => {
  assert.deepEqual(texts('Growth was 3.5 per cent. Inflation fell.'), ['Growth was 3.5 per cent.', 'Inflation fell.']);
  assert.deepEqual(texts('We waited... and waited. Then it came… Nothing else.'), ['We waited... and waited.', 'Then it came…', 'Nothing else.']);
});

test('a closing quote belongs to the sentence it closes', () => {
  assert.deepEqual(texts('"We will win," he said. "We always do." She laughed.'), ['"We will win," he said.', '"We always do."', 'She laughed.']);
  assert.deepEqual(texts("'Keep users connected.' It added more."), ["'Keep users connected.'", 'It added more.']);
  assert.deepEqual(texts('“Is it over?” she asked. Yes.'), ['“Is it over?” she asked.', 'Yes.']);
});

test('newlines always end a sentence and offsets index the text', () => {
  const text = 'First line without stop\nSecond line. Third one.\n\nFourth';
  const spans = splitSentences(text);
  assert.deepEqual(spans.map((s) => s.text), ['First line without stop', 'Second line.', 'Third one.', 'Fourth']);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
});

test('empty input gives no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('   \n\n '), []);
});

test('initials mid-sentence, titles before names, decimals and money, and a quote that ends a sentence', () => {
  assert.deepEqual(texts('Президент В. В. Путин заявил об этом в понедельник. Песков добавил, что решение окончательное.'), [
    'Президент В. В. Путин заявил об этом в понедельник.',
    'Песков добавил, что решение окончательное.',
  ]);
  assert.deepEqual(texts('It grew 2.5 per cent in the U.S. economy, said Dr. Jane Smith. She was right.'), [
    'It grew 2.5 per cent in the U.S. economy, said Dr. Jane Smith.',
    'She was right.',
  ]);
  assert.deepEqual(texts('He met Gov. Abbott and Sen. Cruz in Washington, D.C. on Monday.'), ['He met Gov. Abbott and Sen. Cruz in Washington, D.C. on Monday.']);
  assert.deepEqual(texts('Shares rose to $1.25 a share. Analysts said St. Louis was next.'), ['Shares rose to $1.25 a share.', 'Analysts said St. Louis was next.']);
  assert.deepEqual(texts('The plan was described as “a disaster.” Officials disagreed.'), ['The plan was described as “a disaster.”', 'Officials disagreed.']);
  assert.deepEqual(texts('“Is it over?” she asked. “No.” He left.'), ['“Is it over?” she asked.', '“No.”', 'He left.']);
});

test('a closing mark set off by a space, as tokenised copy prints it, closes the sentence before it', () => {
  assert.deepEqual(texts("\"They were okay. '' Work place killings are rare, police say."), ["\"They were okay. ''", 'Work place killings are rare, police say.']);
  assert.deepEqual(texts('“We left. ” Police arrived.'), ['“We left. ”', 'Police arrived.']);
  assert.deepEqual(texts('He said: "Go. " Then he left.').length, 2);
  assert.deepEqual(texts('He called it "utterly baseless and malicious. " Mr. Kiir has also accused Sudan.'), [
    'He called it "utterly baseless and malicious. "',
    'Mr. Kiir has also accused Sudan.',
  ]);
  // A straight mark with no quote open before it opens the next sentence's quote, printed apart.
  assert.deepEqual(texts('He left. " We will return, " she said.'), ['He left.', '" We will return, " she said.']);
});

test('a full stop after a contraction printed apart ("was n\'t.") ends the sentence: its letter is no initial', () => {
  assert.deepEqual(texts("It was a win, but a pretty one it was n't. Brell admitted as much."), ["It was a win, but a pretty one it was n't.", 'Brell admitted as much.']);
  assert.deepEqual(texts('The memo was signed by J. Brell on Monday.'), ['The memo was signed by J. Brell on Monday.']);
});

test('a possessive printed apart ("the mayor ’ s.") ends the sentence: its "s" is no initial', () => {
  assert.deepEqual(texts('The new plan is cheaper than the mayor ’ s. Talks resume in May.'), ['The new plan is cheaper than the mayor ’ s.', 'Talks resume in May.']);
  assert.deepEqual(texts("Her bid beat the council ' s. Voters decide soon."), ["Her bid beat the council ' s.", 'Voters decide soon.']);
  // An initial after a closing mark still runs on.
  assert.deepEqual(texts("He cited ''the report '' J. Smith wrote."), ["He cited ''the report '' J. Smith wrote."]);
});

test('a capitalised article between lower-case words opens a sentence glued to a deck without its stop', () => {
  assert.deepEqual(texts('Two hurt in crash on bridge, officials said The mayor will visit the scene on Monday.'), [
    'Two hurt in crash on bridge, officials said',
    'The mayor will visit the scene on Monday.',
  ]);
  assert.deepEqual(texts('Storm closes schools An inquiry will report in May.'), ['Storm closes schools', 'An inquiry will report in May.']);
  // Not an opening: a letter that labels ("vitamin A"), an article before a capitalised title, or a capitalised word before it.
  assert.deepEqual(texts('He lacked vitamin A and slept badly.'), ['He lacked vitamin A and slept badly.']);
  assert.deepEqual(texts('She starred in The Road last year.'), ['She starred in The Road last year.']);
  assert.deepEqual(texts('Officials in Washington A few said no.'), ['Officials in Washington A few said no.']);
  const text = 'Fire guts mill, police said The owner was away.';
  for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
});

test('a letter after a digit ends a sentence: it is no initial', () => {
  assert.deepEqual(texts('He played for the club in the 1990s. Smith said the win was his best.'), [
    'He played for the club in the 1990s.',
    'Smith said the win was his best.',
  ]);
  assert.deepEqual(texts('She finished 5th. Jones won.'), ['She finished 5th.', 'Jones won.']);
  assert.deepEqual(texts('J. R. R. Tolkien wrote it in 1937.'), ['J. R. R. Tolkien wrote it in 1937.']);
});

test('a closing quote after a stop ends the sentence even when a capital is glued to it', () => {
  assert.deepEqual(texts('“I love Hispanics!”Former candidate Jeb Bush spoke.'), ['“I love Hispanics!”', 'Former candidate Jeb Bush spoke.']);
  assert.deepEqual(texts('He said "No."Then he left.'), ['He said "No."', 'Then he left.']);
  // Without a stop inside the marks, or before a lower-case word, nothing ends.
  assert.deepEqual(texts('He called it “Project”Alpha and left.'), ['He called it “Project”Alpha and left.']);
  assert.deepEqual(texts('She wrote “Why?”and left.'), ['She wrote “Why?”and left.']);
});

test('a time of day with its full stops ends a sentence before a name, not before a day, a month or a time zone', () => {
  assert.deepEqual(texts('The prisoner escaped just after 9 a. m. Lyons said that he was armed.'), ['The prisoner escaped just after 9 a. m.', 'Lyons said that he was armed.']);
  assert.deepEqual(texts('The polls closed at 8 p.m. Officials began counting at once.'), ['The polls closed at 8 p.m.', 'Officials began counting at once.']);
  assert.deepEqual(texts('The plane landed at 10:45 p.m. Ruiz was on board.'), ['The plane landed at 10:45 p.m.', 'Ruiz was on board.']);
  // Not a boundary: the time runs on into a day, a month, a zone or a place's time, or a lower-case word.
  assert.deepEqual(texts('The vote opens at 9 a.m. Monday in Ohio.'), ['The vote opens at 9 a.m. Monday in Ohio.']);
  assert.deepEqual(texts('The launch is at 7 a.m. EST on Friday.'), ['The launch is at 7 a.m. EST on Friday.']);
  assert.deepEqual(texts('The talks start at 9 a.m. Eastern and run late.'), ['The talks start at 9 a.m. Eastern and run late.']);
  assert.deepEqual(texts('The match starts at 8 p.m. Sydney time tonight.'), ['The match starts at 8 p.m. Sydney time tonight.']);
  assert.deepEqual(texts('The store opened at 8 a.m. and closed at noon.'), ['The store opened at 8 a.m. and closed at noon.']);
});
