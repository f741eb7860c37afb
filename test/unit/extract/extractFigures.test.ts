import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../../extract/extractFigures.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { figures as mentionedFigures, joins } from '../dedupe/figureJoins.ts';

const figures = (text: string) => extractFigures(analyzeText(text), []).map((m) => ({ text: m.text, value: m.value, unit: m.unit, qualifier: m.qualifier }));

test('scale words, qualifiers and the head noun as unit', () => {
  assert.deepEqual(figures('It has more than 100 million users in Russia.'), [{ text: 'more than 100 million users', value: 100_000_000, unit: 'users', qualifier: 'more than' }]);
  assert.deepEqual(figures('Over 100 million users were cut off.'), [{ text: 'Over 100 million users', value: 100_000_000, unit: 'users', qualifier: 'over' }]);
  assert.deepEqual(figures('It has 100 million Russian users of WhatsApp.'), [{ text: '100 million Russian users', value: 100_000_000, unit: 'users', qualifier: null }]);
  assert.deepEqual(figures('About 5,000 people marched.'), [{ text: 'About 5,000 people', value: 5000, unit: 'people (marched)', qualifier: 'about' }]);
});

test('attached scales, currencies and percentages', () => {
  assert.deepEqual(figures('Revenue reached 1.2bn last year.'), [{ text: '1.2bn', value: 1_200_000_000, unit: null, qualifier: null }]);
  assert.deepEqual(figures('The deal is worth $5 billion.'), [{ text: '$5 billion', value: 5_000_000_000, unit: 'USD', qualifier: null }]);
  assert.deepEqual(figures('He paid £3m for the house.'), [{ text: '£3m', value: 3_000_000, unit: 'GBP (paid)', qualifier: null }]);
  assert.deepEqual(figures('Support fell to 30% in May.'), [{ text: '30%', value: 30, unit: '%', qualifier: null }]);
  assert.deepEqual(figures('Support fell by 30 per cent.'), [{ text: '30 per cent', value: 30, unit: '% (fall)', qualifier: null }]);
  assert.deepEqual(figures('It cost 5 billion roubles.'), [{ text: '5 billion roubles', value: 5_000_000_000, unit: 'RUB', qualifier: null }]);
});

test('fractions', () => {
  assert.deepEqual(figures('Nearly half of the voters stayed home.'), [{ text: 'Nearly half of the voters', value: 0.5, unit: 'voters (stayed)', qualifier: 'nearly' }]);
  const [twoThirds] = figures('Two-thirds of users agreed.');
  assert.equal(twoThirds?.unit, 'users (agreed)');
  assert.ok(Math.abs((twoThirds?.value ?? 0) - 2 / 3) < 1e-9);
  assert.deepEqual(figures('It was a half-hearted effort.'), []);
});

test('dates, years, times, ordinals, phone numbers, URLs, ages and model numbers are not figures', () => {
  for (const text of [
    'It began in 2022 and again in February 2022.',
    'On December 12 at 10:30 the call came, and on 3 March too.',
    'He came 1st and she came 2nd.',
    'Call 555-1234 or +7 495 123.',
    'See https://example.com/2022/10/page today.',
    'Donald Trump, 70, said so.',
    'The Boeing 737 crashed. The COVID-19 crisis went on.',
    'The Sept. 11 memorial was held at 9 a.m.',
  ]) {
    assert.deepEqual(figures(text), [], text);
  }
});

test('Russian scale words', () => {
  assert.deepEqual(figures('Около 100 млн пользователей остались без связи.'), [{ text: 'Около 100 млн пользователей', value: 100_000_000, unit: 'пользователей', qualifier: 'около' }]);
});

test('a figure inside a quote takes its speaker; sentence and entities are filled', () => {
  const text = 'Kremlin spokesman Dmitry Peskov spoke. “We have 20 million users in Moscow alone,” Peskov said.';
  const [figure] = extractMentions(text).mentions.filter((m) => m.kind === 'number');
  assert.ok(figure);
  assert.equal(figure.speaker, 'Dmitry Peskov');
  assert.equal(figure.speakerType, 'person');
  assert.equal(figure.sentence, '“We have 20 million users in Moscow alone,” Peskov said.');
  // The speaker comes first, as the one the figure is about; his surname alone is a shorter form of him.
  assert.deepEqual(figure.entities, ['Dmitry Peskov', 'Moscow']);
  const outside = extractFigures(analyzeText('WhatsApp says its 100 million users in Russia are affected.'), [])[0];
  assert.equal(outside?.speaker, null);
  assert.deepEqual(outside?.entities, ['WhatsApp', 'Russia']);
});

test('a bare number with thousands separators is a figure; a plural noun ends the unit phrase', () => {
  assert.deepEqual(figures('The firm employs 5,000.'), [{ text: '5,000', value: 5000, unit: '(employs)', qualifier: null }]);
  assert.deepEqual(figures('There were 3 of them.'), []);
  assert.deepEqual(figures('Half of all users left.'), [{ text: 'Half of all users', value: 0.5, unit: 'users', qualifier: null }]);
  assert.deepEqual(figures('It reached over 100 million.'), [{ text: 'over 100 million', value: 100_000_000, unit: null, qualifier: 'over' }]);
  assert.deepEqual(figures('Meta paid $1.2bn for it.'), [{ text: '$1.2bn', value: 1_200_000_000, unit: 'USD (paid)', qualifier: null }]);
  assert.deepEqual(figures('Штраф составил 3 млн рублей.'), [{ text: '3 млн рублей', value: 3_000_000, unit: 'RUB', qualifier: null }]);
  assert.deepEqual(figures('In the 1990s and in 2015-16 prices rose, and at 5 p.m. on Jan. 5, 2016, the polls closed.'), []);
});

test('a figure inside reported speech takes the speaker of the statement', () => {
  const [figure] = extractMentions('WhatsApp said that more than 100 million users in Russia would be cut off.').mentions.filter((m) => m.kind === 'number');
  assert.equal(figure?.text, 'more than 100 million users');
  assert.equal(figure?.speaker, 'WhatsApp');
  assert.equal(figure?.cue, 'said');
});

test('one value and unit however the number is printed; a tenfold difference stays a different value', () => {
  const printed = ['four million', '4 million', '4,000,000', '4m', '4M', '4 mln', '4.0 million'];
  for (const number of printed) assert.deepEqual(figures(`It has ${number} users.`).map((f) => [f.value, f.unit]), [[4_000_000, 'users']], number);
  // Binary floating point makes 2.01 x 1e6 2009999.9999999998: the value is rounded so both printings agree.
  assert.equal(figures('It has 2.01 million users.')[0]?.value, figures('It has 2,010,000 users.')[0]?.value);
  assert.equal(figures('It has 1.07bn users.')[0]?.value, 1_070_000_000);
  assert.notEqual(figures('It has 100 million users.')[0]?.value, figures('It has 10 million users.')[0]?.value);
});

test('a figure names the one it is about first, not a place or time governed by a preposition', () => {
  const names = (text: string) => extractFigures(analyzeText(text), []).map((m) => m.entities);
  // A capitalised word opening a sentence is a name when the text prints it as one elsewhere.
  assert.deepEqual(names('Acme reported 500 jobs in Ohio. Shares in Acme fell.'), [['Acme', 'Ohio']]);
  assert.deepEqual(names('In Ohio, Acme cut 500 jobs.'), [['Acme', 'Ohio']]);
  assert.deepEqual(names('From London, Reuters said 500 jobs at Globex were cut.'), [['Reuters', 'London', 'Globex']]);
  // The owner printed with the figure comes before the sentence's other names.
  assert.deepEqual(names('Meta said more than 100 million users of WhatsApp were affected. Shares in Meta fell.'), [['WhatsApp', 'Meta']]);
  assert.deepEqual(names('Meta said WhatsApp’s 100 million users were affected. Shares in Meta fell.'), [['WhatsApp', 'Meta']]);
  assert.deepEqual(names('It has 500 jobs.'), [[]]);
  // A dateline and a name in brackets are asides, not the subject.
  assert.deepEqual(names('PORT ALDER (MPA) - Corvane Air has cut 500 jobs. Shares in Corvane Air fell.'), [['Corvane Air', 'PORT ALDER', 'MPA']]);
  // The owner comes before the speaker: Peskov speaks of WhatsApp's users.
  const [owned] = extractMentions('“The 100 million users of WhatsApp in Russia will suffer,” Peskov said.').mentions.filter((m) => m.kind === 'number');
  assert.equal(owned?.speaker, 'Peskov');
  assert.deepEqual(owned?.entities, ['WhatsApp', 'Russia', 'Peskov']);
});

test('a figure an object relative clause follows is that clause subject\'s, not the name opening the sentence', () => {
  const names = (text: string) => extractFigures(analyzeText(`Shares in Acme fell. ${text}`), []).map((m) => m.entities[0]);
  // The sum and the term in brackets are what Rival Corp paid, though Acme opens the sentence.
  assert.deepEqual(names('Acme will top the $12 million (over three years) that fellow bidder Rival Corp paid.'), ['Rival Corp', 'Rival Corp']);
  // A passive or a preposition before the name, or no verb after it, leaves the sentence's first name first.
  assert.deepEqual(names('Acme matched the 30 points that were scored against Rival City.'), ['Acme']);
  assert.deepEqual(names('Acme kept the 30 points that Rival City and Globex shared.'), ['Acme']);
  assert.deepEqual(names('Acme filed two claims that would make Rival City liable.'), ['Acme']);
});

test('a figure whose sentence names no one takes its speaker or the story\'s names; one with names keeps its own', () => {
  const text = 'Shares in Acme fell in Ohio. Acme said it would close plants. Globex named Ohio its base. It has 500 jobs left.';
  const [figure] = extractMentions(text).mentions.filter((m) => m.kind === 'number');
  assert.deepEqual(figure?.entities, ['Acme', 'Ohio']);
  const named = 'Shares in Acme and Globex fell in Ohio. Acme said it would close plants. Globex has 500 jobs left in Ohio.';
  const [own] = extractMentions(named).mentions.filter((m) => m.kind === 'number');
  assert.deepEqual(own?.entities, ['Globex', 'Ohio']);
  const quoted = 'Shares in Acme fell in Ohio. Acme said it would close plants. “We will keep 500 jobs,” said Globex chief Ann Lee.';
  const [inQuote] = extractMentions(quoted).mentions.filter((m) => m.kind === 'number');
  assert.ok(inQuote?.speaker);
  assert.equal(inQuote.entities[0], inQuote.speaker);
});

test('a point in time is not a figure: "three years ago", "eight years later", "weeks before the vote"', () => {
  assert.deepEqual(figures('Three years ago, she moved to Paris. Eight years later he was elected.'), []);
  assert.deepEqual(figures('Talks began about three weeks before the vote.'), []);
  // A moment within a period: a game clock, or how far into a term or a meeting something happened.
  assert.deepEqual(figures('The referee stopped the bout 38 seconds into the fourth round.'), []);
  assert.deepEqual(figures('Two years into her term, the mayor resigned; 20 minutes into the hearing he walked out.'), []);
  // Time put into something is spent on it, a length measured.
  assert.deepEqual(figures('The sculptor put four years into the fountain, and her assistant poured six months into the base.').map((f) => f.text), ['four years', 'six months']);
  // Only time put into something: after "sank", "two days later" is still a point in time.
  assert.deepEqual(figures('The tug sank two days later, and the barge sank an hour after that.'), []);
  // Durations that measure something stay.
  assert.deepEqual(
    figures('The standoff lasted two hours before the gunman surrendered. He served 12 years in prison.').map((f) => f.text),
    ['two hours', '12 years'],
  );
});

test('a designation printed with spaces around its hyphen is no figure ("AK - 47 rifles", "CN - 235 aircraft", "I - 75 corridor")', () => {
  const printed = figures('Troops seized 14 AK - 47 rifles, flew a CN - 235 aircraft north and closed the I - 75 corridor; 26 pirates were held.').map((f) => f.text);
  assert.ok(!printed.some((t) => /^(?:47|235|75)\b/.test(t)), JSON.stringify(printed));
  assert.ok(printed.includes('26 pirates'), JSON.stringify(printed));
});

test('"one in five" is a ratio, not the figure five of what follows; a rank is not a ratio', () => {
  assert.deepEqual(
    figures('Roughly one in four said they would stay home.').map((f) => [f.text, f.value, f.unit]),
    [['Roughly one in four', 0.25, null]],
  );
  assert.deepEqual(
    figures('Three out of five tenants pay more than they did.').map((f) => [f.text, f.value]),
    [['Three out of five tenants', 0.6]],
  );
  assert.deepEqual(figures('The city ranked No. 1 in 40 surveys.').map((f) => f.text), ['40 surveys']);
});

test('number words are read whole: "three hundred people" is 300, "two thousand five hundred" 2,500', () => {
  assert.deepEqual(figures('Officials said three hundred people were evacuated from the valley.').map((f) => [f.text, f.value]), [['three hundred people', 300]]);
  assert.deepEqual(figures('The storm forced two thousand five hundred residents from their homes.').map((f) => [f.text, f.value]), [['two thousand five hundred residents', 2500]]);
  assert.deepEqual(figures('The blast killed a hundred and twenty people.').map((f) => f.value), [120]);
  assert.deepEqual(figures('More than forty-five people were hurt.').map((f) => f.value), [45]);
});

test('a time of day or a game\'s score is no figure; a currency sign printed apart from its number still is', () => {
  assert.deepEqual(figures('The shooting happened at ten o\'clock on Friday night.'), []);
  assert.deepEqual(figures('His late touchdown pass gave the Colts a 20 - 13 victory over Detroit.'), []);
  assert.deepEqual(figures('They took a 13-3 halftime lead into the locker room.'), []);
  // A tally of one kind of play printed as a score.
  assert.deepEqual(figures('The visitors held a 38 - 29 rebounding edge and a 12-7 advantage in steals.'), []);
  assert.deepEqual(figures('AMD agreed to pay $ 5.4 billion for the graphics chip maker.').map((f) => [f.value, f.unit]), [[5_400_000_000, 'USD (pay)']]);
});

test('an abbreviated unit is the whole unit: "72 km southeast of Reuleuet" counts kilometres', () => {
  assert.deepEqual(figures('The quake struck 72 km southeast of Reuleuet.').map((f) => [f.text, f.unit]), [['72 km', 'km (southeast of reuleuet)']]);
});

test('a product\'s model or version and a jersey\'s number are no figures; what follows them may be', () => {
  assert.deepEqual(figures('Fans of the iPhone 15 Pro lined up outside the store overnight.'), []);
  assert.deepEqual(figures('Apple pushed iOS 17 to 300 million devices in its first month.').map((f) => [f.text, f.unit]), [['300 million devices', 'devices']]);
  assert.deepEqual(figures('He wore the number 23 shirt for the Bulls.'), []);
  assert.deepEqual(figures('The keeper took the 13 jersey and wore it for 12 seasons.').map((f) => [f.text, f.unit]), [['12 seasons', 'seasons']]);
  assert.deepEqual(figures('The club sold 5,000 shirts in a week.').map((f) => f.text), ['5,000 shirts']);
});

test('a gun\'s calibre or gauge names its kind: "a .357 caliber revolver", "a. 44 Magnum" count nothing; the guns counted do', () => {
  assert.deepEqual(figures('Officers said the man drew a. 357 caliber revolver on them.'), []);
  assert.deepEqual(figures('She kept a. 44 Magnum in the van.'), []);
  // The two printings of a calibre do not join as one figure; two printings of a count of guns still do.
  const joinsFirst = (a: string, b: string) => {
    const [x, y] = [mentionedFigures(a)[0], mentionedFigures(b)[0]];
    return x !== undefined && y !== undefined && joins(x, y);
  };
  assert.equal(joinsFirst('Deputies said the man drew a. 357 caliber revolver at the gate.', 'Witnesses said he aimed a. 357 caliber revolver at deputies.'), false);
  assert.equal(joinsFirst('Deputies seized 357 revolvers from the warehouse.', 'Police said 357 revolvers were seized at the warehouse.'), true);
});

test('a number marked by a trademark sign or printed after a model word names a product, even at a sentence start', () => {
  assert.deepEqual(figures('Sales rose. Windows 10® users got the update first.'), []);
  assert.deepEqual(figures('Microsoft said Windows® 10 runs on 400 million devices.').map((f) => f.text), ['400 million devices']);
  assert.deepEqual(figures('Shares rose. Model 3 sales reached 5,000 cars in May.').map((f) => f.text), ['5,000 cars']);
  assert.deepEqual(figures('The firm said its model 3 sold well and version 2 reached 40 million phones.').map((f) => f.text), ['40 million phones']);
  // A model word elsewhere says nothing of a count: "The model predicts 30 seats".
  assert.deepEqual(figures('The model predicts 30 seats for Labour.').map((f) => f.text), ['30 seats']);
});

test('a single digit after a word of grade or kind names which one, and a rank\'s cut-off names a list: neither counts', () => {
  assert.deepEqual(figures('The lab grew group 3 helper cells from the samples.'), []);
  assert.deepEqual(figures('Her father had stage 2 melanoma. The vaccine entered Phase 3 trials in spring.'), []);
  // A determiner before the word makes it a noun of its own; a unit of time after the digit is a figure.
  assert.deepEqual(figures('The singer left the stage 5 minutes early.').map((f) => f.text), ['5 minutes']);
  assert.deepEqual(figures('The choir grew to 9 singers after touring with the group 3 weeks.').map((f) => f.text), ['9 singers', '3 weeks']);
  assert.deepEqual(figures('He coached the group 4 seasons before retiring.').map((f) => f.text), ['4 seasons']);
  assert.deepEqual(figures('Verdan ranks among the top 20 defence suppliers in Europe.'), []);
  // "top" as a verb, and the top share of a group, are still figures.
  assert.deepEqual(figures('Orders could top 300 million units this year.').map((f) => f.text), ['300 million units']);
});

test('a display resolution or a sound format names a standard: "4K", "8K resolution", "5.1 surround sound" count nothing', () => {
  assert.deepEqual(figures('The box plays films at up to 4K and ships with a 4K-ready dongle for $99.').map((f) => f.text), ['$99']);
  assert.deepEqual(figures('The set supports 8K resolution, 7.1-channel audio and 5.1 surround sound.').map((f) => f.text), []);
  // A sum in thousands and a count in thousands stay figures.
  assert.deepEqual(figures('The city spent $4K on the mural.').map((f) => f.text), ['$4K']);
  assert.deepEqual(figures('Some 4K fans queued overnight.').map((f) => f.text).length, 1);
  assert.deepEqual(figures('Turnout rose 5.1 percent.').map((f) => f.text), ['5.1 percent']);
});

test('a currency joined to the scale by a hyphen is the unit: "a two million - euro heist" is a sum in euros', () => {
  assert.deepEqual(figures('Thieves pulled off a two million - euro jewellery heist.').map((f) => [f.text, f.value, f.unit]), [['two million - euro', 2_000_000, 'EUR (heist)']]);
  assert.deepEqual(figures('They signed a 10 billion-dollar deal.').map((f) => [f.text, f.unit]), [['10 billion-dollar', 'USD (deal)']]);
  assert.deepEqual(figures('It cost 5 million - a record.').map((f) => [f.text, f.unit]), [['5 million', null]]);
});

test('a rate printed after a figure is what it measures, not a total: "$9 million a season" is "(per season)"', () => {
  assert.deepEqual(
    figures('The striker will earn $9 million a season under the deal, and the mill burns 800 tonnes annually.').map((f) => f.unit),
    ['USD (per season)', 'tonnes (per year)'],
  );
  assert.deepEqual(figures('The striker signed a deal worth $9 million.').map((f) => f.unit), ['USD']);
  // "a year ago", "a day later": a point in time, no rate.
  assert.deepEqual(figures('The company had 200 engineers a year ago.').map((f) => f.unit), ['engineers']);
});

test('a figure held in each of a run of games is given per game, no figure of one game: "at least 12 rebounds in five straight games"', () => {
  const units = (text: string) => figures(text).map((f) => `${f.text}: ${f.unit}`);
  assert.deepEqual(
    units('Okafor has had at least 12 rebounds in five straight games and 30 points in each of her last three games.').filter((u) => !/games:/.test(u)),
    ['at least 12 rebounds: rebounds (per game)', '30 points: points (per game)'],
  );
  assert.deepEqual(figures('She has scored in 14 consecutive matches.').map((f) => f.unit), ['matches']);
  // A total over several games, and one game's figure, are not read as a rate.
  assert.deepEqual(units('Okafor had 30 points in three games and 12 rebounds on Friday.').filter((u) => !/games:/.test(u)), ['30 points: points', '12 rebounds: rebounds']);
});

test('a year printed right after a figure says when it held: the same count in two years is two figures', () => {
  assert.deepEqual(
    figures('The mill had 1,200 workers in 2009 and 1,200 workers in 2021.').map((f) => f.unit),
    ['workers (in 2009)', 'workers (in 2021)'],
  );
  // Alike in one sentence too, which keeps them apart on its own: marked (extract/figureMarks.ts), not in the unit.
  assert.deepEqual(
    extractFigures(analyzeText('The mill had 1,200 workers in 2009 and 1,200 workers in 2021.'), []).map((m) => m.marks),
    [{ inSentence: '1/2' }, { inSentence: '2/2' }],
  );
  // Only right after the figure, and only when nothing else says what it counts ("employed 1,200 workers in 2009" keeps "employed").
  assert.deepEqual(figures('In 2009 the mill had 1,200 workers.').map((f) => f.unit), ['workers']);
});

test('a currency after the number is the unit, and an irregular plural ends the noun phrase', () => {
  assert.deepEqual(figures('Nearly 100 billion USD worth of trade passes through the lane.').map((f) => [f.text, f.unit]), [['Nearly 100 billion USD', 'USD']]);
  assert.deepEqual(figures('A crowd of 500 people came to the vigil.').map((f) => [f.text, f.unit]), [['500 people', 'people (crowd)']]);
});

test('copy tokenized word by word: a compound\'s spaced hyphen, "a. m." and a screen\'s dimensions', () => {
  assert.deepEqual(figures('The clerk faces two first - degree murder charges in Tulsa.').map((f) => [f.text, f.unit]), [['two first - degree murder charges', 'charges (charged)']]);
  assert.deepEqual(figures('Guards seized six AK - 47 rifles from the skiff.').map((f) => [f.text, f.unit]), [['six AK - 47 rifles', 'rifles (seized)']]);
  assert.deepEqual(figures('Guards seized six AK 47 rifles from the skiff.').map((f) => [f.text, f.unit]), [['six AK 47 rifles', 'rifles (seized)']]);
  assert.deepEqual(figures('The gang drove a four - by - four truck through the gate.'), []);
  assert.deepEqual(figures('The blast was heard at about 10 a. m. on Sunday.'), []);
  assert.deepEqual(figures('The handset has a 480 x 360 screen and a 1, 440 x 900 option.'), []);
  // A dash setting off an aside ends the phrase: the aside is no part of what is counted.
  assert.deepEqual(figures('The flood left 12 people - including two infants - homeless.').map((f) => [f.text, f.unit]), [['12 people', 'people'], ['two infants', 'infants (homeless)']]);
});

test('an adverb right after the number modifies what follows: "13 fully loaded magazines" counts magazines', () => {
  assert.deepEqual(figures('Divers recovered 13 fully loaded magazines from the wreck.').map((f) => [f.text, f.unit]), [['13 fully loaded magazines', 'magazines']]);
});

test('an age in years and a period named by whose it is are no figures; a period measured still is', () => {
  assert.deepEqual(figures('The driver, who is 45 years old, was held overnight.'), []);
  assert.deepEqual(figures('The driver, 45 years of age, was held overnight.'), []);
  assert.deepEqual(figures('Her eight years in office ended in January.'), []);
  assert.deepEqual(figures('The blockade lasted 45 years.').map((f) => f.text), ['45 years']);
  assert.deepEqual(figures('The clerk spent 12 years in prison.').map((f) => [f.text, f.unit]), [['12 years', 'years (imprisoned)']]);
});

test('a version before "to" is no range\'s first end: "version 2.1 to 40 million phones" counts phones', () => {
  assert.deepEqual(figures('The patch brings version 2.1 to 40 million phones.').map((f) => [f.text, f.unit]), [['40 million phones', 'phones']]);
});

test('a name printed with a full stop in it ("Sen. Tom Hollis") is found in its sentence, so it can be the figure\'s subject', () => {
  const names = (text: string) => extractFigures(analyzeText(text), []).map((m) => m.entities);
  assert.deepEqual(names('She beat challenger Sen. Tom Hollis in five counties, ending his bid for the Liberal nomination.'), [['Sen Tom Hollis', 'Liberal']]);
});

test('"the four remaining bidders", "her three remaining rivals": what is left of a known field is no figure; "40 remaining berths" and "the remaining 200 workers" count', () => {
  assert.deepEqual(figures('As the four remaining bidders met the board, none of her three remaining rivals spoke.'), []);
  assert.deepEqual(figures('The marina has 40 remaining berths, and the remaining 200 workers will stay.').map((f) => f.value), [40, 200]);
});

test('"the two nations", "their two countries": the pair a story is about, named again, is no figure; "two nations" counts', () => {
  assert.deepEqual(figures('While the two nations continue to discuss oil revenues, the rebellion spread.'), []);
  assert.deepEqual(figures('Mr. Obama and Mr. Xi formally committed their two nations to the Paris accord.'), []);
  assert.deepEqual(figures('The treaty placed the two provinces in Sudan, and the two front-runners are mapping their paths.'), []);
  assert.deepEqual(figures('Two nations signed the accord on Friday.').map((f) => f.value), [2]);
  assert.deepEqual(figures('The two victims no longer wanted to pursue the charges.').map((f) => f.value), [2]);
});

test('"the two cities", "the two political newcomers": a known pair named again by a place or a field\'s word is no figure; "two cities" counts', () => {
  assert.deepEqual(figures('Engineers say the sewer shared by the two cities floods every spring.'), []);
  assert.deepEqual(figures('Donors hope that when the two political newcomers falter, the governor will rise.'), []);
  assert.deepEqual(figures('“The two contenders aren\'t close to a deal,” an aide said.'), []);
  assert.deepEqual(figures('Two cities voted to ban the drilling.').map((f) => f.value), [2]);
});

test('"the first two states", "the last two debates", "eight of the last nine contests": events of the calendar named by their place are no figure, a share of them one figure; a streak\'s span and other counts stay', () => {
  assert.deepEqual(figures('She hopes to win one of the first two states to vote.'), []);
  assert.deepEqual(figures('His support fell after he clashed with the mayor in the last two debates.'), []);
  // The share of a run of them is one figure, the share, not its total cut from it.
  assert.deepEqual(figures('The senator has won eight of the last nine contests, and only once in the past six elections has her party lost the county.').map((f) => f.text), ['eight of the last nine contests']);
  assert.deepEqual(figures('Ads will run during the next two Democratic debates.'), []);
  assert.deepEqual(figures('The county has voted Republican in the last six presidential elections.').map((f) => f.value), [6]);
  assert.deepEqual(figures('The studio trusted him with the first two films of the series.').map((f) => f.value), [2]);
  assert.deepEqual(figures('He was an All-American in each of the past three seasons.').map((f) => f.value), [3]);
});

test('"the two men", "one of the two women": a pair of people named again by a plain noun is no figure; a role still counts', () => {
  assert.deepEqual(figures('Jurors heard the tape at the trial of the two men accused of setting the warehouse fire.'), []);
  assert.deepEqual(figures('A judge acquitted one of the two women charged in the scheme.'), []);
  assert.deepEqual(figures('The mayor said the two young boys were safe at home.'), []);
  assert.deepEqual(figures('Two men were charged with arson on Monday.').map((f) => f.value), [2]);
  assert.deepEqual(figures('The two firefighters hurt in the blaze were released from hospital.').map((f) => f.value), [2]);
  assert.deepEqual(figures('The three men were charged with arson.').map((f) => f.value), [3]);
});

test('"a bank shot over two defenders", "slipped past three guards": a few people a play went over or past are no figure', () => {
  assert.deepEqual(figures('Okafor won it with a hook shot over two defenders at the buzzer.'), []);
  assert.deepEqual(figures('The winger slipped past three guards before he shot.'), []);
  // "over" bounds a count after a participle, before a scale, or opening its clause.
  assert.deepEqual(figures('The flood killed over three men at the mill.').map((f) => f.value), [3]);
  assert.deepEqual(figures('Police held over two dozen protesters overnight.').map((f) => f.text), ['over two dozen protesters']);
  assert.deepEqual(figures('Over two people a day crossed the border.').map((f) => f.value), [2]);
  // "the past two" is a place in a series.
  assert.deepEqual(figures('The past two mayors backed the plan.').map((f) => f.value), [2]);
});

test('"99 percent sure", "90 per cent confident": a percent of how sure someone is rates a belief, no share', () => {
  assert.deepEqual(figures('The inspector said she was 99 percent sure the wiring had caused the fire.'), []);
  assert.deepEqual(figures('"We are 90 per cent confident that the bridge will hold," the engineer said.'), []);
  assert.deepEqual(figures('Turnout reached 90 percent in the district.').map((f) => f.value), [90]);
});

test('"will award its delegates in two weeks": a time from now something will happen at dates it; "grew in two weeks" measures', () => {
  assert.deepEqual(figures('Florida will award a trove of delegates in its primary in two weeks, particularly on the Republican side.'), []);
  assert.deepEqual(figures('The crowd grew to 5,000 people in two weeks.').map((f) => f.text), ['5,000 people', 'two weeks']);
});

test('a number in words is read whole across a spaced hyphen: "twenty - six miles" is 26, not six', () => {
  assert.deepEqual(figures('The quake struck twenty - six miles north of the city.').map((f) => [f.text, f.value]), [['twenty - six miles', 26]]);
  assert.deepEqual(figures('Police arrested forty – two people overnight.').map((f) => [f.text, f.value]), [['forty – two people', 42]]);
  assert.deepEqual(figures('Some thirty-five families left.').map((f) => [f.text, f.value]), [['Some thirty-five families', 35]]);
  // A range of two words is not one number.
  assert.deepEqual(figures('It took five to six hours.').map((f) => f.value), [6]);
});

test('a number glued by a hyphen after a word is part of that word: "the six-foot-five champion" is a height', () => {
  for (const text of ['The six-foot-five champion won easily.', 'A seven-foot-two centre signed on Monday.', 'The one-to-three ratio held.']) {
    assert.deepEqual(figures(text), [], text);
  }
  assert.deepEqual(figures('The six-foot wall and five guards stopped him.').map((f) => f.text), ['five guards']);
});

test('a height printed word by word ("6 - foot - 2, 190 pounds") gives no figure of its inches joined to the weight', () => {
  assert.deepEqual(figures('Police said the man is 6 - foot - 2, 190 pounds, with a beard.').map((f) => [f.text, f.value]), [['190 pounds', 190]]);
  assert.deepEqual(figures('The guard, five - feet - 9, 160 pounds, fled.').map((f) => [f.text, f.value]), [['160 pounds', 160]]);
});

test('the minutes of a time of day or a game clock are no figure: "17:06 hours", "2 : 56 left"', () => {
  for (const text of ['The quake was registered at 17:06 hours local time.', 'He stopped it at 2 : 56 of the sixth.', 'Trading closed at 16:30 hours.']) {
    assert.deepEqual(figures(text), [], text);
  }
  assert.deepEqual(figures('The rescue took 17 hours.').map((f) => f.text), ['17 hours']);
  // Copy tokenized word by word spaces both sides of the colon.
  assert.deepEqual(figures('The guard hit a jumper with 6 : 12 left in the half.'), []);
});

test('the denominator of a mixed number in tokenized copy is no figure of its own: "3 1 / 2 hours" is not two hours', () => {
  assert.deepEqual(figures('The panel heard 3 1 / 2 hours of evidence before lunch.'), []);
  assert.deepEqual(figures('The panel heard 2 hours of evidence before lunch.').map((f) => f.text), ['2 hours']);
});

test('an age printed as a compound ("16 year-old", "36 - year - old", "two-month-old") is no figure', () => {
  for (const text of ['His 16 year-old best friend took the stand.', 'The 36 - year - old Klitschko won again.', 'A two-month-old baby was rescued.', 'The 12-year-old girl testified.']) {
    assert.deepEqual(figures(text), [], text);
  }
  assert.deepEqual(figures('He served 16 years in prison.').map((f) => f.text), ['16 years']);
  // A thing's age measures it: "Ford's almost 30-year-old record" stays a figure.
  assert.deepEqual(figures('He did not care about breaking Phil Ford\'s almost 30-year-old record.').map((f) => f.text), ['almost 30']);
  assert.deepEqual(figures('The 36-year-old said so.'), []);
});

test('a bound on a number after a noun of people is an age bracket: "the first physician under 40", "voters under 30"', () => {
  for (const text of ['She became the first physician under 40 on the board.', 'Turnout among voters under 30 rose.', 'The drug is not approved for children under five.', 'Adults over 65 were vaccinated first.']) {
    assert.deepEqual(figures(text), [], text);
  }
  // Not people's: a bound that counts or measures stays a figure.
  assert.deepEqual(figures('Temperatures over 40 were recorded.').map((f) => f.text), ['over 40']);
  assert.deepEqual(figures('Over 40 people attended the vigil.').map((f) => f.text), ['Over 40 people']);
  assert.deepEqual(figures('A crowd of under 300 gathered.').map((f) => f.text), ['under 300']);
  // A word too short to be a noun of people ("It's over 50", an "s" of a contraction) is none.
  assert.deepEqual(figures('It\'s over 50 percent.').map((f) => f.text), ['over 50 percent']);
  assert.deepEqual(figures('Let\'s under 40 people attend.').map((f) => f.text), ['under 40 people']);
});

test('a scoring run and a win-loss record before a team\'s name are scores, not figures', () => {
  for (const text of ['Creighton went on a 7 - 0 run in the first half.', 'A 12-2 spurt sealed it.', 'The 15 - 17 Bulldogs missed an open shot.', 'The 9-5 Colts clinched a playoff berth.']) {
    assert.deepEqual(figures(text), [], text);
  }
  assert.deepEqual(figures('The Bulldogs scored 17 points in the half.').map((f) => f.text), ['17 points']);
});

test('a capital letter after a number after a name ends a model\'s name ("GeForce 9400M"); "10M iPhones" is ten million', () => {
  assert.deepEqual(figures('The notebook uses the Nvidia GeForce 9400M chip.'), []);
  assert.deepEqual(figures('It ships with a Radeon 5870M and 8GB of memory.').filter((f) => (f.value ?? 0) > 1e6), []);
  assert.deepEqual(figures('Apple sold 10M iPhones last quarter.').map((f) => [f.text, f.value]), [['10M iPhones', 10_000_000]]);
  assert.deepEqual(figures('The company earned $400M last year.').map((f) => f.value), [400_000_000]);
});

test('a lettered number after a model\'s in a list, or printed as a model elsewhere, names a model ("Zentra Pro 7100M or 7300M")', () => {
  assert.deepEqual(figures('Buyers can pick a Zentra Pro 7100M or 7300M chip.').filter((f) => (f.value ?? 0) > 1e6), []);
  assert.deepEqual(figures('Buyers can pick a Zentra Pro 7100M, 7300M or 7500M.').filter((f) => (f.value ?? 0) > 1e6), []);
  assert.deepEqual(figures('The laptop offers a Zentra Pro 7300M. The 7300M chip runs hot under load.').filter((f) => (f.value ?? 0) > 1e6), []);
  // A sum, or a count of a plural, stays a figure; so does a lettered number the text never prints as a model's.
  assert.deepEqual(figures('The Zentra Pro 7300M sold 2M units, up from 1M.').map((f) => f.value), [2_000_000, 1_000_000]);
  assert.deepEqual(figures('The startup raised $7300M. The 7300M came from two funds.').map((f) => f.value).filter((v) => (v ?? 0) > 1e6), [7_300_000_000, 7_300_000_000]);
});

test('an amount whose currency sign was lost in encoding ("a \uFFFD\uFFFD40 billion rescue") is in some currency: it joins that amount in euros, never "40 billion" of nothing', () => {
  assert.deepEqual(figures('Ministers agreed a \uFFFD\uFFFD40 billion rescue for Norland on Sunday.').map((f) => [f.value, f.unit]), [[40_000_000_000, 'XXX (rescue)']]);
  assert.deepEqual(figures('Norland will get loans in return for? 40bn from its neighbours.').map((f) => [f.value, f.unit?.slice(0, 3)]), [[40_000_000_000, 'XXX']]);
  // Not a number whose scale a hyphen sets off: "110" alone would be read as the sum.
  assert.deepEqual(figures('Ministers agreed a? 40 - billion rescue for Norland.').filter((f) => f.unit?.startsWith('XXX')), []);
  // A question, then a sentence opening with a count, loses no sign.
  assert.deepEqual(figures('Who turned up? 40 people marched.').map((f) => f.unit), ['people (marched)']);
  const joinsFirst = (a: string, b: string) => {
    const [x, y] = [mentionedFigures(a)[0], mentionedFigures(b)[0]];
    return x !== undefined && y !== undefined && joins(x, y);
  };
  assert.equal(joinsFirst('Ministers agreed a \uFFFD\uFFFD40 billion rescue for Norland on Sunday.', 'Ministers agreed a 40 billion euro rescue for Norland on Sunday.'), true);
  assert.equal(joinsFirst('Ministers agreed a \uFFFD\uFFFD40 billion rescue for Norland on Sunday.', 'Ministers agreed a $40 billion rescue for Norland on Sunday.'), true);
  // Two known currencies stay two.
  assert.equal(joinsFirst('Ministers agreed a £40 billion rescue for Norland on Sunday.', 'Ministers agreed a 40 billion euro rescue for Norland on Sunday.'), false);
});

test('pounds after a word of weight, or pounds of something, weigh it; other pounds are sterling', () => {
  assert.deepEqual(figures('The new tablet weighs 1.3 pounds.').map((f) => f.unit), ['pounds']);
  assert.deepEqual(figures('Customs found three pounds of saffron in the crate.').map((f) => f.unit), ['pounds (of saffron)']);
  assert.deepEqual(figures('The council fined the owner 80 pounds.').map((f) => f.unit), ['GBP']);
});

test('a noun joined to a figure by a hyphen is what it counts: "a 2,507-member assembly" counts members', () => {
  assert.deepEqual(figures('The People\'s Council, a 2,507-member assembly of appointees, voted to abolish itself.').map((f) => [f.text, f.unit]), [['2,507-member', 'member']]);
  assert.deepEqual(figures('The 1,000-member church was damaged.').map((f) => [f.text, f.unit]), [['1,000-member', 'member']]);
  assert.deepEqual(figures('A 12,000-seat arena opened.').map((f) => [f.text, f.unit]), [['12,000-seat', 'seat']]);
  // How exact or how big, not what is counted; and a small number stays no figure.
  assert.deepEqual(figures('A 1,500-strong crowd gathered.').map((f) => f.unit), [null]);
  assert.deepEqual(figures('A 10-year plan was adopted.'), []);
});

test('a unit printed in capitals is what a figure counts, not whose it is: "121 RBIs" counts RBI, of no one called "RBIs"', () => {
  const mentions = (text: string) => extractMentions(text).mentions.filter((m) => m.kind === 'number');
  const [rbi] = mentions('Overall, Teixeira finished the season with 33 homers and 121 RBIs.').filter((m) => m.value === 121);
  assert.equal(rbi?.unit, 'rbi');
  assert.ok(!rbi?.entities.some((name) => /^RBIs?$/.test(name)), JSON.stringify(rbi?.entities));
  const [kos] = mentions('Klitschko (52-3, 46 KOs) retained his title.').filter((m) => m.value === 46);
  assert.equal(kos?.unit, 'ko');
  const [mps] = mentions('Some 200 MPs backed the bill in London.');
  assert.equal(mps?.unit, 'mp');
  assert.ok(!mps?.entities.includes('MPs'));
  // A name that is not the unit stays: "100 million Facebook users" are Facebook's.
  const [users] = mentions('It has 100 million Facebook users in Brazil.');
  assert.ok(users?.entities.includes('Facebook'), JSON.stringify(users?.entities));
});

test('a speed abbreviated as one unit is a distance per hour: "120 mph" measures as "120 miles per hour"', () => {
  assert.deepEqual(figures('He drove at speeds up to 120 mph before stopping.').map((f) => f.unit), ['miles (per hour)']);
  assert.deepEqual(figures('He drove at speeds up to 120 miles per hour.').map((f) => f.unit), ['miles (per hour)']);
  assert.deepEqual(figures('The storm brought winds of 150 km/h to the coast.').map((f) => [f.text, f.unit]), [['150 km/h', 'km (per hour)']]);
  assert.deepEqual(figures('The train reached 300 kph on Monday.').map((f) => f.unit), ['km (per hour)']);
  // A distance stays a distance.
  assert.deepEqual(figures('The chase covered 30 miles.').map((f) => f.unit), ['miles']);
  assert.deepEqual(figures('The quake struck at a depth of 10 km.').map((f) => f.unit), ['km']);
});

test('a win-loss record before "record" or "mark" is no figure: "an 8 - 8 record", "a 2 - 14 mark"', () => {
  for (const text of ['The Chargers reached the playoffs with an 8 - 8 record.', 'The Colts finished with a Chiefs - like 2 - 14 mark.', 'They went 5-11 for a 5-11 record.']) {
    assert.deepEqual(figures(text).filter((f) => f.unit?.startsWith('record') || f.unit?.startsWith('mark')), [], text);
  }
  assert.deepEqual(figures('He set a record of 2,290 points.').map((f) => f.text), ['2,290 points']);
});

test('a part of a period named by its place ("the second half of 2012") is no figure; "half of the voters" is', () => {
  for (const text of ['AMD plans to ship the chips in the second half of 2012.', 'Payton pulled Bush in the second half of the loss to the Bears.', 'Sales rose in the first half of the year.']) {
    assert.deepEqual(figures(text), [], text);
  }
  assert.deepEqual(figures('About half of the engineers left.').map((f) => f.value), [0.5]);
});

test('a range printed from its first end in words or digits after "ranging from" is a range\'s end', () => {
  assert.deepEqual(figures('They have received sentences ranging from seven to 75 years.').map((f) => [f.text, f.unit]), [['75 years', 'years (range)']]);
  assert.deepEqual(figures('Trump had leads ranging from 2 to 9 percentage points.').map((f) => f.unit), ['% (range)']);
  // A change from one level to another is no range.
  assert.deepEqual(figures('His lead fell from 10 to 5 points.').map((f) => f.unit), ['points']);
});

test('a win-loss record over a span ("19 - 12 all - time", "40-22 lifetime", "9-5 overall") counts no one thing; games won all-time do', () => {
  assert.deepEqual(figures('The Corvids are 19 - 12 all - time in the quarterfinal round.'), []);
  assert.deepEqual(figures('Ostrava is 40-22 lifetime against Brno and 9-5 overall this year.'), []);
  const joinsFirst = (a: string, b: string) => {
    const [x, y] = [mentionedFigures(a)[0], mentionedFigures(b)[0]];
    return x !== undefined && y !== undefined && joins(x, y);
  };
  assert.equal(joinsFirst('The Corvids are 19 - 12 all - time in the quarterfinal round.', 'Drake fell, and the Corvids are 19 - 12 all - time in the round.'), false);
  assert.equal(joinsFirst('The Corvids have 19 wins all - time in the quarterfinal round.', 'The Corvids now have 19 wins all - time in the round.'), true);
});

test('"between $ 40 and $ 60 million", its currency sign set apart as tokenized copy prints it, is a range: its upper end joins the range printed whole, not a sum alone', () => {
  assert.deepEqual(figures('Zelmont bid between $ 40 and $ 60 million for the port.').map((f) => f.unit), ['USD (range)', 'USD (range)']);
  const [, tokenized] = mentionedFigures('Zelmont bid between $ 40 and $ 60 million for the port.');
  const [, whole] = mentionedFigures('Zelmont offered between $40 million and $60 million for the port.');
  const [alone] = mentionedFigures('Zelmont paid $60 million for the port.');
  assert.ok(tokenized && whole && alone);
  assert.equal(joins(tokenized, whole), true);
  assert.equal(joins(tokenized, alone), false);
});

test('a range printed "anywhere from", "somewhere from" or "varying from" its first end is a range\'s end too', () => {
  assert.deepEqual(figures('Anywhere from 200 to 300 dockers walked off the Brenmoor quay.').map((f) => [f.text, f.unit]), [['300 dockers', 'dockers (range)']]);
  assert.deepEqual(figures('Ferry fares varied from $4 to $9 a crossing.').map((f) => f.unit).slice(0, 2), ['USD (range)', 'USD (range)']);
  // The end joins the other end of one range printed otherwise, never the figure printed alone.
  const [end] = mentionedFigures('Anywhere from 200 to 300 dockers walked off the Brenmoor quay.');
  const [between] = mentionedFigures('Between 200 and 300 dockers walked off the Brenmoor quay.');
  const [alone] = mentionedFigures('About 300 dockers walked off the Brenmoor quay.');
  assert.ok(end && between && alone);
  assert.equal(joins(end, between), true);
  assert.equal(joins(end, alone), false);
  // A change from one level to another is still no range: its last figure is the new level.
  assert.deepEqual(figures('The Brenmoor payroll grew from 200 to 300 dockers.').map((f) => f.unit), ['dockers']);
});

test('an irregular past tense after the noun is the verb, not the unit: "a 4.6 earthquake struck"', () => {
  const quake = 'A magnitude 4.6 earthquake struck Northern California on Thursday.';
  assert.deepEqual(figures(quake).map((f) => [f.text, f.unit]), [['4.6 earthquake', 'earthquake']]);
  // The quake its sentence tells of is marked beside the unit, which readers are shown (extract/figureMarks.ts).
  assert.deepEqual(extractFigures(analyzeText(quake), []).map((m) => m.marks), [{ quake: 4.6 }]);
  assert.deepEqual(figures('A 200 person crowd became unruly.').map((f) => f.unit), ['crowd']);
});

test('a pair named again with a word before its noun ("the two carmaking giants") is no figure; counted, it is', () => {
  assert.deepEqual(figures('Sales grew as the two carmaking giants shared more parts.'), []);
  assert.deepEqual(figures('The two European nations signed the accord on Friday.'), []);
  assert.deepEqual(figures('Two rival companies bid for the contract.').map((f) => f.text), ['Two rival companies']);
});

test('a count of the words a quote prints ("posted just two words - “Thank you” -") is no figure', () => {
  assert.deepEqual(figures('The bank posted just two words - "Thank you" - on its website on Friday.'), []);
  assert.deepEqual(figures('She tweeted three words: “We will win.”'), []);
  assert.deepEqual(figures("He posted only two words on his blog - ''Very sad'' - with a photo."), []);
  assert.deepEqual(figures('The judge read 300 words of the ruling aloud.').map((f) => f.text), ['300 words']);
});

test('"the two dozen states" counts: a scale word is no word describing a pair', () => {
  assert.deepEqual(figures('Her staff will fan out to the two dozen states that vote next month.').map((f) => f.text), ['two dozen states']);
});

test('"age of 18 months", "the age of 30 years": an age named before its number is no figure', () => {
  assert.deepEqual(figures('The puppet show is open to children from the age of 18 months and above.'), []);
  assert.deepEqual(figures('Members retire at an age of 60 years under the old rules.'), []);
  assert.deepEqual(figures('The show ran for 18 months at the harbour theatre.').map((f) => f.text), ['18 months']);
});

test('a short line in sentence case with no punctuation over a paragraph heads it and claims no figure', () => {
  const text =
    'Here are the best garden deals of the week.\n\nGarden shop cuts the price of its cedar bench to $180\n\nThe Hollow Lane garden shop is selling its cedar bench for $180 this week.\n\nPick it up at the shop for $180\n\nMore deals follow below.';
  assert.deepEqual(
    extractFigures(analyzeText(text), []).map((m) => m.text),
    ['$180'],
  );
  assert.deepEqual(
    extractFigures(analyzeText(text), []).map((m) => m.start),
    [text.indexOf('$180 this')],
  );
  // A sentence that ends with its full stop or a closing quote is no heading, however short.
  assert.equal(figures('Prices rose by 4%.\n\nThe rest followed.').length, 1);
  assert.equal(figures('“We sold 300 benches”\n\nThe shop said so.').length, 1);
});

test('an initialism in capitals before a noun is no plural: the noun after it is the unit', () => {
  assert.deepEqual(figures('The nine ACMS partners signed the pact in May.'), [{ text: 'nine ACMS partners', value: 9, unit: 'partners', qualifier: null }]);
});

test('the noun right after a modifier heads what a sum is: "a $40 million net worth" is a worth, as "a net worth of $40 million"', () => {
  assert.deepEqual(
    figures('Records show the singer has a $40 million net worth.').map((f) => f.unit),
    figures('The singer has a net worth of $40 million.').map((f) => f.unit),
  );
  // A word of time after the modifier is no head: "660,000 dollars four years ago" says when, not what.
  assert.equal(figures('Its gift fell from $660,000 four years ago.')[0]?.unit?.includes('years'), false);
});

test('a figure in units of measure converted in brackets right after it is one figure: "4 miles (6.4 km)"', () => {
  assert.deepEqual(figures('The trail climbs 4 miles (6.4 km) to the ridge.'), [{ text: '4 miles (6.4 km)', value: 4, unit: 'miles', qualifier: null }]);
  assert.deepEqual(
    figures('The glacier shed about 3,100 tons (2,812 metric tons) of ice.').map((f) => f.text),
    ['about 3,100 tons (2,812 metric tons)'],
  );
  assert.deepEqual(figures('The group hopes to raise $4.2bn (£3.3bn) in the sale.').map((f) => f.text), ['$4.2bn (£3.3bn)']);
  // An irregular plural of a unit ("feet") is a unit too.
  assert.deepEqual(figures('The crater was 3 metres (9.8 feet) deep.').map((f) => f.text), ['3 metres (9.8 feet)']);
  // Counts of things in brackets are other figures, and so is a bracket that holds more than a figure.
  assert.deepEqual(figures('Officials counted 12 ships (3 tankers) in the port.').map((f) => f.text), ['12 ships', '3 tankers']);
  assert.deepEqual(figures('The road runs 40 miles (up from 25 miles in 2010) across the valley.').length, 2);
  // A conversion after ", or" is one too, when it gives the value in other units; alternatives stay two figures.
  assert.deepEqual(figures('The barge carried about 1,650 tons, or 1,500 metric tons, of grain.').map((f) => f.text), ['about 1,650 tons, or 1,500 metric tons']);
  assert.deepEqual(figures('The ridge path is 8 kilometres, or 5 miles, long.').map((f) => f.text), ['8 kilometres, or 5 miles']);
  assert.deepEqual(figures('Repairs may take four days, or five days in bad weather.').length, 2);
  assert.deepEqual(figures('The chain made $1.4 billion, or $1.87 a share.').length, 2);
  // A rate after ", or" is the sum for each of something, in whatever unit: two figures.
  assert.deepEqual(figures('The bakery earned $4 million, or 52 cents a share, last year.').map((f) => f.text), ['$4 million', '52 cents']);
  assert.deepEqual(figures('The club sold the striker for $90 million, or 80 million euros.').map((f) => f.text), ['$90 million, or 80 million euros']);
});

test('a counterfactual ("Had she ..., she would have", "if ... had ..., would have") counts what never was, quoted or not', () => {
  assert.deepEqual(figures('“Had she signed for three more seasons, she would have earned $40 million,” her agent said.'), []);
  assert.deepEqual(figures('If the levee had held, 2,000 homes would have stayed dry, engineers said.'), []);
  // "had" and "would have" apart from a condition leave the figures alone.
  assert.equal(figures('The fund had 300 investors, and officials said it would have closed without them.').length, 1);
  assert.equal(figures('If approved, the plan would give 400 families housing.').length, 1);
});

test('a share, "nine of the 14 towns", is one figure (the share), not its total cut from it; "one of three" and a part\'s number stay', () => {
  assert.deepEqual(
    figures('Inspectors said nine of the 14 towns on the river had unsafe water.').map((f) => [f.text, f.unit]),
    [['nine of the 14 towns', 'towns']],
  );
  assert.deepEqual(figures('The keeper stopped 17 of 20 shots in the final.').map((f) => f.text), ['17 of 20 shots']);
  // "one of" picks out a member of the group the total counts.
  assert.deepEqual(figures('Ruiz was one of four councillors who voted against the budget.').map((f) => f.text), ['four councillors']);
  // "Part 2 of 6" numbers an episode.
  assert.deepEqual(figures('Watch Part 2 of 6 episodes tonight.').map((f) => f.text), ['6 episodes']);
  // A record with no noun after it is no share.
  assert.deepEqual(figures('The club has won seven of 12 since the break.'), []);
});

test('amounts in a page\'s price list or fact box ("Adults: $25 Children: $10") are no reported figures; a figure after a speaker\'s label stays', () => {
  assert.deepEqual(figures('Tickets Adults: $25 Children: $10 Seniors: $15 Box office 555-0188'), []);
  assert.deepEqual(figures('Seats Gold : 90,000₩ Silver : 70,000₩'), []);
  // A label before a sentence with one figure in it is a speaker's or a heading's.
  assert.equal(figures('MAYOR: 40,000 homes still have no power tonight.').length, 1);
});

test('a 24-hour time of day ("at 0945 hours") and the smaller number of a descending pair ("a 12 - 4 man") are no figures', () => {
  assert.deepEqual(figures('The tanker radioed for help at 0945 hours and was boarded by 1310 hrs.'), []);
  // Without a preposition of time, four digits before "hours" measure a duration.
  assert.deepEqual(figures('The crew logged 1100 hours of flight time.').map((f) => f.text), ['1100 hours']);
  for (const text of ['Their star forward is a 12 - 4 man on the roster.', 'The 1997 - 98 season ended early.', 'They cut it to a 51 - 48 game late.']) {
    assert.deepEqual(figures(text), [], text);
  }
  // A rising pair is a range, its upper bound a figure.
  assert.deepEqual(figures('Between 10 - 15 people were hurt.').map((f) => f.text), ['15 people']);
});

test('a count of words after "the" ("the final four words of her toast") points at words, and reports no figure', () => {
  assert.deepEqual(figures('The crowd cheered when she reached the final four words of her toast.'), []);
  assert.deepEqual(figures('Put the six words that every buyer notices on the box.'), []);
  // Without a determiner the words are counted.
  assert.deepEqual(figures('The memo ran to about 40 words.').map((f) => f.text), ['about 40 words']);
});

test('a small number word right before another ("won just two three times", an editing slip) leaves the count next to its noun', () => {
  assert.deepEqual(figures('The goalkeeper has kept clean sheets just two three times this season.').map((f) => f.text), ['three times']);
  // A length after the second number leaves the count of things whole.
  assert.deepEqual(figures('The firm signed four two-year leases.').map((f) => f.text), ['four two-year leases']);
});
