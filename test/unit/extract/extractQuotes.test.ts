import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const only = (text: string) => {
  const quotes = extractQuotes(text);
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
  const [quote] = quotes;
  assert.ok(quote);
  return quote;
};

test('every quote style gives the words without marks, and offsets point at them', () => {
  const styles = [
    '“We will fight on,” the minister said.',
    '"We will fight on," the minister said.',
    "'We will fight on,' the minister said.",
    '‘We will fight on,’ the minister said.',
    '«We will fight on», the minister said.',
    '„We will fight on“, the minister said.',
  ];
  for (const text of styles) {
    const quote = only(text);
    assert.equal(quote.text, 'We will fight on');
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    assert.equal(quote.speaker, 'minister');
    assert.equal(quote.cue, 'said');
  }
});

test('apostrophes do not open or close single quotes', () => {
  const text = "Russia's regulator and Meta’s users' data were discussed. 'We don't block users' messages,' the agency said.";
  const quote = only(text);
  assert.equal(quote.text, "We don't block users' messages");
  assert.equal(quote.speaker, 'agency');
});

test('a right double mark used as an opener is still found', () => {
  const quote = only('Peskov told TASS that it is ” a question of law, not of politics.”');
  assert.equal(quote.text, 'a question of law, not of politics.');
  assert.equal(quote.speaker, 'Peskov');
  assert.equal(quote.cue, 'told');
});

test('nested single quotes are part of the outer quote; unclosed quotes end at the paragraph', () => {
  const nested = only('“He told me ‘never again’ and left,” Ms Smith said.');
  assert.equal(nested.text, 'He told me ‘never again’ and left');
  assert.equal(nested.speaker, 'Smith');
  const quotes = extractQuotes('The mayor said: “We will rebuild the bridge\nNext paragraph here.');
  assert.equal(quotes[0]?.text, 'We will rebuild the bridge');
  assert.equal(quotes[0]?.speaker, 'mayor');
});

test('scare quotes are dropped, attributed short phrases and partial quotes are kept', () => {
  assert.deepEqual(extractQuotes('The state is promoting the app “Max” as an alternative.'), []);
  assert.deepEqual(extractQuotes('A messaging application called ‘Max’ is promoted.'), []);
  const described = only('WhatsApp described it as a “state-owned surveillance app” on Thursday.');
  assert.equal(described.speaker, 'WhatsApp');
  assert.equal(described.cue, 'described');
  const short = only('Officials said the measures were “absolutely justified”.');
  assert.equal(short.text, 'absolutely justified');
  assert.equal(short.speaker, 'Officials');
});

test('a split quote gives two mentions with the same speaker', () => {
  const quotes = extractQuotes('Senator Jane Doe arrived late. "First part," she said, "second part of it."');
  assert.deepEqual(quotes.map((q) => q.text), ['First part', 'second part of it.']);
  for (const q of quotes) assert.equal(q.speaker, 'Jane Doe');
});

test('attribution before the quote: according to, colon, quoted as saying, cited as telling', () => {
  assert.equal(only('According to the ministry spokesman Ivan Petrov, “the talks have failed completely.”').speaker, 'Ivan Petrov');
  assert.equal(only('Peskov: “There is no chance of a deal.”').speaker, 'Peskov');
  const svintsov = only('Andrei Svintsov, a Russian official, was quoted as saying that “such harsh measures are justified”.');
  assert.equal(svintsov.speaker, 'Andrei Svintsov');
  assert.equal(svintsov.role, 'Russian official');
  const cited = only('“The decision was made and implemented,” Reuters cited Kremlin spokesman Dmitry Peskov as telling reporters.');
  assert.equal(cited.speaker, 'Dmitry Peskov');
  assert.equal(cited.role, 'Kremlin spokesman');
  assert.equal(cited.speakerType, 'person');
});

test('attribution after the quote: inverted, pronouns, the company, titles', () => {
  const text = [
    'Kremlin spokesman Dmitry Peskov spoke on Monday. WhatsApp, owned by Meta, replied later.',
    '“We see no reason to change course,” said Peskov.',
    '“The door remains open for talks,” Mr. Peskov added.',
    '“We will keep users connected,” WhatsApp said in a statement.',
    '“Our users deserve privacy,” the company added.',
    '“This is a backwards step,” it said.',
    '“There is no chance,” he said.',
  ].join('\n\n');
  const quotes = extractQuotes(text);
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.speakerType]),
    [
      ['Dmitry Peskov', 'person'],
      ['Dmitry Peskov', 'person'],
      ['WhatsApp', 'organisation'],
      ['WhatsApp', 'organisation'],
      ['WhatsApp', 'organisation'],
      ['Dmitry Peskov', 'person'],
    ],
  );
  assert.equal(quotes[1]?.speakerRaw, 'Mr. Peskov');
  assert.equal(quotes[1]?.role, 'Kremlin spokesman');
  assert.equal(quotes[0]?.cue, 'said');
});

test('a standalone quote paragraph continues the previous speaker', () => {
  const quotes = extractQuotes('“We are proud of the result,” Maria Lopez, the team captain, said.\n\n“Next year we go further.”');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]?.speaker, 'Maria Lopez');
  assert.equal(quotes[1]?.role, 'team captain');
  assert.equal(quotes[1]?.cue, null);
});

test('Russian: dialogue dash after the quote, "по словам" before it', () => {
  const text = 'Пресс-секретарь президента Дмитрий Песков ответил журналистам.\n\n«Решение принято и реализовано», — заявил Песков.\n\nПо словам Пескова, «у корпорации нет шансов без диалога».';
  const quotes = extractQuotes(text);
  assert.deepEqual(quotes.map((q) => q.text), ['Решение принято и реализовано', 'у корпорации нет шансов без диалога']);
  assert.equal(quotes[0]?.speaker, 'Дмитрий Песков');
  assert.equal(quotes[0]?.cue, 'заявил');
  assert.equal(quotes[1]?.speaker, 'Дмитрий Песков');
  assert.equal(quotes[1]?.cue, 'По словам');
});

test('Russian genitive after "по словам" is turned back into the nominative when no full name is known', () => {
  const quote = only('По словам Марии Захаровой, «это провокация чистой воды».');
  assert.equal(quote.speaker, 'Мария Захарова');
});

test('entities: proper names of the sentence without stopwords, months or possessives', () => {
  const quote = only('In March, Meta’s WhatsApp told Reuters that “the block in Russia is unlawful and wrong”.');
  assert.deepEqual(quote.entities, ['Meta', 'WhatsApp', 'Reuters', 'Russia']);
});

test('garbage input gives no quotes and does not throw', () => {
  assert.deepEqual(extractQuotes(''), []);
  assert.doesNotThrow(() => extractQuotes('"""\'\'\'“”«»„“ ’ ‘'.repeat(200)));
});

test('a capitalised title inside the name run is the role; "the airline" is the last organisation', () => {
  const text =
    'Corvane Air said in a statement: "We have grounded our fleet as a precaution while engineers inspect it."\n' +
    '“Passenger safety comes first,” Transport Minister Carla Benedek said.\n' +
    "'We will keep passengers informed,' the airline said.\n" +
    '“It will take a week,” said Dr Felix Ambrose, the director of public health for Carrisford County Council.';
  const quotes = extractQuotes(text);
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.role]),
    [
      ['Corvane Air', null],
      ['Carla Benedek', 'Transport Minister'],
      ['Corvane Air', null],
      ['Felix Ambrose', 'director of public health for Carrisford County Council'],
    ],
  );
});

test('"the airline" with no organisation speaker yet means the story\'s most frequent organisation name', () => {
  const text =
    'Corvane Air grounding: what passengers need to know\n' +
    "Travellers booked with Corvane Air face days of disruption after the airline grounded its fleet.\n" +
    "'We have grounded our fleet as a precaution while engineers inspect every aircraft,' the airline said.";
  assert.deepEqual(
    extractQuotes(text).map((q) => [q.speaker, q.speakerType]),
    [['Corvane Air', 'organisation']],
  );
});
