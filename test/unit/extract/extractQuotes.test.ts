import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

const extractQuotes = (text: string) => quotesOf(analyzeText(text));

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
  const quote = only('Peskov told TASS that it is ” a question of law, not of politics, and the company knows what it has to do.”');
  assert.equal(quote.text, 'a question of law, not of politics, and the company knows what it has to do.');
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

test('scare quotes and titles are dropped; a partial quote is part of the statement around it', () => {
  assert.deepEqual(extractQuotes('The state is promoting the app “Max” as an alternative.'), []);
  assert.deepEqual(extractQuotes('A messaging application called ‘Max’ is promoted.'), []);
  assert.deepEqual(extractQuotes('Cruz appeared on “Meet the Press” on Sunday morning.'), []);
  const described = only('WhatsApp described it as a “state-owned surveillance app” on Thursday.');
  assert.equal(described.kind, 'statement');
  assert.equal(described.text, 'it as a “state-owned surveillance app” on Thursday');
  assert.equal(described.speaker, 'WhatsApp');
  assert.equal(described.cue, 'described');
  const short = only('Officials said the measures were “absolutely justified”.');
  assert.equal(short.kind, 'statement');
  assert.equal(short.text, 'the measures were “absolutely justified”');
  assert.equal(short.speaker, 'Officials');
  const disaster = only('Trump said the plan was "a disaster" for the country.');
  assert.equal(disaster.kind, 'statement');
  assert.equal(disaster.text, 'the plan was "a disaster" for the country');
});

test('a quote after a short lead-in stays a direct quote', () => {
  const lead = only('WhatsApp said the Kremlin “trying to isolate over 100 million users from private communication is a backwards step.”');
  assert.equal(lead.kind, 'quote');
  assert.equal(lead.text, 'trying to isolate over 100 million users from private communication is a backwards step.');
  const that = only('Cruz says that “When you live by the pen, you die by the pen.”');
  assert.equal(that.kind, 'quote');
  assert.equal(that.speaker, 'Cruz');
  // A short lower-case fragment is reported speech even after a short lead-in.
  const fragment = only('Cruz says that “when you live by the pen, you die by the pen.”');
  assert.equal(fragment.kind, 'statement');
  assert.equal(fragment.text, '“when you live by the pen, you die by the pen.”');
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

test('speakers across a document: first mention gives name and role; surnames, titles, pronouns and roles resolve', () => {
  const text = [
    'Russia moved to block WhatsApp, and the Kremlin’s spokesperson Dmitry Peskov told reporters that the decision was final.',
    '“There is no chance of a deal,” Mr Peskov said.',
    '“The door is closed,” the spokesman added.',
    'Peskov also said the company had ignored Russian law for years.',
    'WhatsApp said in a statement that it would keep fighting for its users.',
    '“We will not give up,” the company added.',
    '“Our users deserve privacy,” it added.',
    'Roskomnadzor, the communications regulator, said it had restricted calls on the app.',
    '“We act within the law,” it said.',
    '“It is final,” he said.',
  ].join('\n\n');
  const mentions = extractQuotes(text);
  assert.deepEqual(
    mentions.map((m) => [m.kind, m.speaker]),
    [
      ['statement', 'Dmitry Peskov'],
      ['quote', 'Dmitry Peskov'],
      ['quote', 'Dmitry Peskov'],
      ['statement', 'Dmitry Peskov'],
      ['statement', 'WhatsApp'],
      ['quote', 'WhatsApp'],
      ['quote', 'WhatsApp'],
      ['statement', 'Roskomnadzor'],
      ['quote', 'Roskomnadzor'],
      ['quote', 'Dmitry Peskov'],
    ],
  );
  assert.equal(mentions[0]?.role, 'Kremlin’s spokesperson');
  assert.equal(mentions[2]?.role, 'Kremlin’s spokesperson');
  assert.equal(mentions[4]?.text, 'it would keep fighting for its users');
  assert.equal(mentions[7]?.role, 'communications regulator');
  assert.equal(mentions[8]?.speakerType, 'organisation');
});

test('a split quote and a continued paragraph are parts of one attribution (same relation)', () => {
  const quotes = extractQuotes('“We are refugees,” Ms. Alawee said. “We are not terrorists.”\n\n“We came here for safety.”\n\nThe mayor spoke later.');
  assert.equal(quotes.length, 3);
  assert.ok(quotes.every((q) => q.speaker === 'Alawee' && q.relation === quotes[0]?.relation));
  const split = extractQuotes('Senator Jane Doe arrived. “The first part of it,” she said, “and the second part.” Mr. Zahed said: “Another one here.”');
  assert.equal(split.length, 3);
  assert.equal(split[0]?.relation, split[1]?.relation);
  assert.notEqual(split[1]?.relation, split[2]?.relation);
  assert.equal(split[2]?.speaker, 'Zahed');
});

test('speakers before a colon or a comma: inverted cues, a verb and a colon, a name set off by commas', () => {
  assert.equal(only('Stated Roger Stone: “They are very adept at manipulating these machines.”').speaker, 'Roger Stone');
  assert.equal(only('Donald Trump leaned in and boomed: “Let’s defeat her in November.”').speaker, 'Donald Trump');
  assert.equal(only('Glenn Beck adopted a fake Southern accent and joked, “Amen, brother! Come on up and get baptized!”').speaker, 'Glenn Beck');
  const sullivan = only('In a statement, her senior policy adviser, Jake Sullivan, said: “We are confident in our plan.”');
  assert.equal(sullivan.speaker, 'Jake Sullivan');
  assert.equal(only('After the primary, Gov. John Kasich (R-OH), said, “We are going all the way to the convention.”').speaker, 'John Kasich');
});

test('a title or slogan in capitals is not a quote unless someone is said to say it', () => {
  assert.deepEqual(extractQuotes('The crowd waved signs reading “Make America Great Again” at the rally.'), []);
  assert.deepEqual(extractQuotes('He appeared on “Saturday Night Live” again.'), []);
  const chant = only('“Lock Her Up Now,” Mr. Christie said.');
  assert.equal(chant.speaker, 'Christie');
});

test('a quoted paragraph right before the quote that names its speaker takes that speaker', () => {
  const quotes = extractQuotes('The mayor spoke at noon.\n\n“We will rebuild every bridge in this county.”\n\n“And we will start this week,” Mayor Ana Ruiz said.');
  assert.deepEqual(quotes.map((q) => q.speaker), ['Ana Ruiz', 'Ana Ruiz']);
  assert.equal(quotes[0]?.relation, quotes[1]?.relation);
});

test('a paragraph that opens a quote without closing it continues in the next paragraph opening with a mark', () => {
  const text = '“We will rebuild every bridge in this county,” Mayor Ana Ruiz said. “It will take years.\n\n“And we will start this week with the old bridge.”';
  const quotes = extractQuotes(text);
  assert.deepEqual(quotes.map((q) => q.text), ['We will rebuild every bridge in this county', 'It will take years.', 'And we will start this week with the old bridge.']);
  assert.ok(quotes.every((q) => q.speaker === 'Ana Ruiz' && q.relation === quotes[0]?.relation));
  const before = extractQuotes('Mayor Ana Ruiz spoke at noon.\n\n“We will rebuild every bridge. It will take years.\n\n“And we will start this week,” she said.');
  assert.deepEqual(before.map((q) => q.speaker), ['Ana Ruiz', 'Ana Ruiz']);
  assert.equal(before[0]?.relation, before[1]?.relation);
});

test('a police or military rank before a name is its role, not part of the speaker', () => {
  const text =
    'Vancouver Police spokesman Constable Tim Fanning said the suspect had been let go on Thursday.\n\n' +
    '“We determined that there was nobody else in the building,” Lt. Gerry Scherlinck said.';
  const mentions = extractQuotes(text);
  const fanning = mentions.find((m) => m.text.startsWith('the suspect'));
  assert.equal(fanning?.speaker, 'Tim Fanning');
  assert.match(fanning?.role ?? '', /Constable/);
  assert.equal(mentions.find((m) => m.kind === 'quote')?.speaker, 'Gerry Scherlinck');
});

test('a sentence after a quote attributes it only when it is about the saying', () => {
  const [acted] = extractQuotes('“We are safe now and everyone is out.” Police responded and surrounded the building.');
  assert.equal(acted?.speaker, null);
  // The next sentence is a statement of the police's own, not the quote's attribution.
  const found = extractQuotes('“Everyone was calling their families.” Workplace killings are rare, police say.');
  assert.deepEqual(
    found.map((m) => [m.kind, m.text, m.speaker]),
    [
      ['quote', 'Everyone was calling their families.', null],
      ['statement', 'Workplace killings are rare', 'police'],
    ],
  );
});

test('a quoted title in title case is not speech, small words and all', () => {
  const text = 'James Swanson, co-author of “Bettie Page: The Life of a Pinup Legend,” wrote about her in 2010.';
  assert.deepEqual(extractQuotes(text).filter((m) => m.kind === 'quote'), []);
});

test('a title in title case keeps short prepositions in lower case ("Boats after Dark"): a work named on its own line is no speech', () => {
  const text = [
    'Harbour art week opens',
    '',
    'The gallery shows new paintings by Ann Lowe, who has lived by the harbour since 2001.',
    '',
    'Ann Lowe',
    '“Boats after Dark after Rain”',
    'Harbour Gallery, Quay Street',
  ].join('\n');
  assert.deepEqual(extractQuotes(text).filter((m) => m.kind === 'quote'), []);
});

test('"she" can point back to a person named mid-sentence, not only to one who opened a sentence or spoke', () => {
  const text =
    'It has been a long time coming, but Tara Reid has entered a clinic, her rep Jack Ketsoyan told reporters.\n\n' +
    'Three years ago, Reid, who has launched a fashion line, spoke about her image. ' +
    '“My picture is taken only when I have a cup in my hand,” she told a magazine.';
  const quote = extractQuotes(text).find((m) => m.kind === 'quote');
  assert.equal(quote?.speaker, 'Tara Reid');
});

test('a title printed alone is the surname of the person the text named by it, else the surname as printed', () => {
  const text =
    'Dana Major watched the flood from her porch. “The water came up in minutes,” Major told the Herald. ' +
    'Major said the road was closed by noon.';
  assert.deepEqual(
    extractQuotes(text).map((m) => [m.kind, m.speaker]),
    [
      ['quote', 'Dana Major'],
      ['statement', 'Dana Major'],
    ],
  );
  // Nobody in the text is named Major in full: the title alone is a surname the text never completes, as printed, not
  // the speaker of the quote before it; nor is it what "it" means later.
  assert.deepEqual(
    extractQuotes('Coach Ellen Rudd spoke first. “We will win,” Rudd told the Herald. “We will lose,” Major said.').map((m) => m.speaker),
    ['Ellen Rudd', 'Major'],
  );
  const later = 'The crowd cheered. “We will lose,” Major said. It was discovered later that the club had written to the league, saying the match was fixed.';
  assert.deepEqual(
    extractQuotes(later).map((m) => m.speaker),
    ['Major'],
  );
  // In the headline a title is the role of the person it names.
  const headline = "Holt apologizes for remarks; \nJustice vows to be 'more careful' with her words.\n\nAda Holt said on Monday she regretted the remarks.";
  assert.ok(extractQuotes(headline).every((m) => m.speaker !== 'Justice'));
});

test('"a spokesman" is someone new, not the person named before; "the spokesman" may be that person', () => {
  const text = 'Olav Berg closed the port on Monday. “Two ferries were turned back,” a coastguard spokesman said.';
  assert.equal(extractQuotes(text)[0]?.speaker, 'coastguard spokesman');
  const named = 'Olav Berg, the coastguard spokesman, spoke on Monday. “Two ferries were turned back,” the spokesman said.';
  assert.equal(extractQuotes(named)[0]?.speaker, 'Olav Berg');
});

test('an initialism is the organisation the text named whose initials spell it', () => {
  const text =
    'The Northern Ferry Authority said on Monday that two routes would close. According to the NFA, the closures would last a week.';
  assert.deepEqual(
    extractQuotes(text).map((m) => m.speaker),
    ['Northern Ferry Authority', 'Northern Ferry Authority'],
  );
  // No name printed before it spells it: it stays as printed.
  assert.equal(extractQuotes('According to the NFA, the closures would last a week.')[0]?.speaker, 'NFA');
});

test('"cracked" before a quote is a cue, as "joked" and "quipped" are', () => {
  const [quote] = extractQuotes('At the harbour meeting, Mary Stone cracked, “I have seen drier Mondays.”');
  assert.equal(quote?.speaker, 'Mary Stone');
});

test('a circumstance before "X said, “...”" leaves the quote its own: the quote, not a statement of the whole sentence', () => {
  const text = 'At the harbour meeting on Monday, Mary Stone said, “The wall will not hold another winter.”';
  assert.deepEqual(
    extractQuotes(text).map((m) => [m.kind, m.text, m.speaker]),
    [['quote', 'The wall will not hold another winter.', 'Mary Stone']],
  );
});

test('"X added," before another quote introduces that one: a quote ending its sentence before it keeps its own head', () => {
  const text =
    'The mill closed on Monday. Harlow Mills\' Dana Crewe said, “This is a sad day for the town. We are still trying to reach the families.” ' +
    'Crewe added, “We will pay every worker until the end of the month.”';
  const quotes = extractQuotes(text);
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.role]),
    [
      ['Dana Crewe', "Harlow Mills'"],
      ['Dana Crewe', "Harlow Mills'"],
    ],
  );
  // With no head of its own, the quote keeps the cue after it, as before.
  const [first] = extractQuotes('The vote ended late. “We won the seat tonight.” Ann Berg added, “It was a hard fight.”');
  assert.equal(first?.speaker, 'Ann Berg');
});

test('a campaign\'s tagline or slogan in quote marks is a title, no claim of whoever speaks it in the advert', () => {
  const texts = [
    'The county unveiled a road-safety campaign on Monday. The tagline? “Slow down. We live here.” Posters went up the same day.',
    'The brewery kept its old slogan, “Brewed for the long winter,” on every label.',
    'One advert shows drivers on a bridge declaring, “I’m late again.” The video, like the posters with the tagline, drew complaints.',
  ];
  for (const text of texts) assert.deepEqual(extractQuotes(text).map((q) => q.text), [], text);
  // A quote of a speaker who talks about a slogan stays.
  assert.equal(extractQuotes('“We chose the words because they are true,” said Ana Ruiz, who wrote the slogan.').length, 1);
});
