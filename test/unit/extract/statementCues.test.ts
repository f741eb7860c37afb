import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// Reported speech the cue and clause rules reach (issue 15 item 4: recall). Every sentence is invented news wording.
const statements = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

test('a count after the cue opens the reported clause, not a circumstance: "said at least three", "said about 20"', () => {
  assert.deepEqual(statements('Coastguards said at least four trawlers were missing off the headland.'), [['at least four trawlers were missing off the headland', 'Coastguards']]);
  assert.deepEqual(statements('The harbour board said about 30 berths would close for the winter.'), [['about 30 berths would close for the winter', 'harbour board']]);
  // A circumstance still is not reported.
  assert.deepEqual(statements('The harbour board said at the meeting on Monday.'), []);
});

test('a plural subject reports with the plain form of the cue: "defenders claim", "residents insist", "critics argue"', () => {
  assert.deepEqual(statements("The mayor's defenders claim he is the victim of a smear campaign."), [['he is the victim of a smear campaign', "mayor's defenders"]]);
  const [insist] = statements('Across the valley, many Dale residents insist the dam was never safe.');
  assert.equal(insist?.[0], 'the dam was never safe');
  assert.match(insist?.[1] ?? '', /^many dale residents$/i);
  assert.deepEqual(statements('Union leaders stress that no strike has been called yet.'), [['no strike has been called yet', 'Union leaders']]);
});

test('a pronoun with a contracted auxiliary is the speaker: "He\'ll say", "They\'ve said"', () => {
  const [said] = quotesOf(analyzeText("Ivo Marsh met the ferry crews. He'll argue that the timetable cannot hold through the winter."));
  assert.deepEqual([said?.text, said?.speaker], ['the timetable cannot hold through the winter', 'Ivo Marsh']);
});

test('a cue that is the second verb of the subject ("defended the plan and said") reports for that subject', () => {
  assert.deepEqual(statements('The harbour master, Ruth Ode, defended the new berthing fees and said the port had no other income.'), [['the port had no other income', 'Ruth Ode']]);
  assert.deepEqual(statements('Amos Tembe hinted at delays and later suggested the bridge would not open before May.'), [['the bridge would not open before May', 'Amos Tembe']]);
  // A second subject after "and" keeps its own clause; naming is no speech.
  assert.deepEqual(statements('Prices rose and analysts said the market would recover within a month.'), []);
  assert.deepEqual(statements('First drafted by Mayor Ode and called the “harbour compact”, the plan has since been dropped.'), []);
});

test('a dash or a capitalised "But" run into the sentence sets off what comes before the subject', () => {
  assert.deepEqual(statements('Harbour News - Acme Shipping today said that two of its ferries would be sold.'), [['two of its ferries would be sold', 'Acme Shipping']]);
  assert.deepEqual(statements('Fees and fares But Dorota Lind noted that the ferry levy would stay until March.'), [['the ferry levy would stay until March', 'Dorota Lind']]);
  // Spaced hyphens inside a compound are no dash: "a 16 - year - old ..." is no boundary before a subject.
  assert.deepEqual(statements('A woman who saw the arrest of 16 - year - old Tomas Vey says the boy did not run.'), []);
});

test('people described in lower case are a subject: "police say", "former members say", "organizers in Dunmore say"', () => {
  assert.deepEqual(statements('In the town centre on Tuesday, police say a man set fire to two parked vans.'), [['a man set fire to two parked vans', 'police']]);
  assert.deepEqual(statements('But protest organizers in Dunmore say that the new rules make clashes more likely.'), [['the new rules make clashes more likely', 'protest organizers in Dunmore']]);
  assert.deepEqual(statements('The ferry ran late again - and former crew members say the engines were never repaired.'), [['the engines were never repaired', 'former crew members']]);
  // A lower-case phrase that describes no one is still no subject.
  assert.deepEqual(statements('In the end, rising fuel costs suggested the ferry would never pay.'), []);
  // "But expert says ...": a bare singular noun is headline shorthand, no source.
  assert.deepEqual(statements('But expert says more ferry crews will leave the harbour.'), []);
});

test('the name that opens a sentence speaks across two or more asides: an age, a description, a relative clause', () => {
  assert.deepEqual(statements('Ona Bell, 39, a records clerk at the harbour office, said she saw the van leave at dawn.'), [['she saw the van leave at dawn', 'Ona Bell']]);
  assert.deepEqual(statements('But Ivo Marsh, acting director of Harbour Watch, which wrote the letter, said the levy was unfair.'), [['the levy was unfair', 'Ivo Marsh']]);
  assert.deepEqual(statements(`Actor Leo Cappa, who last week won praise for his part in "Harbour Road,'' said that the strike worries everyone.`), [['the strike worries everyone', 'Leo Cappa']]);
  // A list is no name with asides.
  assert.deepEqual(statements('Ms. Toretti, Mrs. Rao and other donors said their networks were now mostly women.'), []);
});

test('a clause split by its cue after a few words is one statement; a circumstance may stand after the cue', () => {
  assert.deepEqual(statements('The last straw, Ode wrote, came on Friday when the board dropped the ferry plan from its agenda.'), [['The last straw, Ode wrote, came on Friday when the board dropped the ferry plan from its agenda', 'Ode']]);
  // A qualifier is of the statement: without it the claim says something else.
  assert.deepEqual(statements('Without the loan, the mayor said, the town would run out of money within a year.'), [['Without the loan, the mayor said, the town would run out of money within a year', 'mayor']]);
  assert.deepEqual(statements('If anything, Ode argued in her letter, the vote shows why the board needs new rules.'), [['the vote shows why the board needs new rules', 'Ode']]);
  // An action with a circumstance is no cue of speech: "responded with anger, promoting ...".
  assert.deepEqual(statements('Before leaving, rival Ivo Marsh responded with anger, promoting a campaign that targeted the mayor.'), []);
  assert.deepEqual(statements('There will be no repeat of the riots, officials in both towns insist, and the march will go ahead.'), [['There will be no repeat of the riots', 'officials in both towns'], ['and the march will go ahead', 'officials in both towns']]);
  // "“No,” she said, ...": a quote before the cue stays a quote.
  assert.deepEqual(statements('“No,” Ode said, adding that the plan had failed.').filter(([text]) => text === 'No'), []);
});

test('a quote after a circumstance, or after a cue of its own inside the clause, is what was said: no statement absorbs it', () => {
  const onTwitter = quotesOf(analyzeText('Ona Bell, 35, a harbour pilot, said on Twitter on Monday, in reply to the board, “The channel is not safe.”'));
  assert.deepEqual(onTwitter.map((m) => [m.kind, m.text]), [['quote', 'The channel is not safe.']]);
  const nested = quotesOf(analyzeText('If the pilot could go back, prosecutors say that he told one officer, “I would stay at home.”'));
  assert.deepEqual(nested.map((m) => [m.kind, m.text]), [['quote', 'I would stay at home.']]);
  // An object before the quote is no circumstance: "announced on Twitter the change from the slogan, “...”". ("recalled",
  // like "noted", now takes a noun object as a topic: branch claims28a.)
  const object = quotesOf(analyzeText('Several pilots announced on Twitter the change from the old harbour slogan, “Safe Waters First.”'));
  assert.ok(object.some((m) => m.kind === 'statement'));
  // After "noted", a noun object names a topic and reports nothing (issue 15 items 3-4): no statement; the quoted
  // words are a quote, and a slogan's a title, no quote either.
  const noted = quotesOf(analyzeText('Several pilots noted on Twitter the change from the old harbour rule, “Safe Waters First.”'));
  assert.deepEqual(noted.map((m) => m.kind), ['quote']);
  const slogan = quotesOf(analyzeText('Several pilots noted on Twitter the change from the old harbour slogan, “Safe Waters First.”'));
  assert.deepEqual(slogan.map((m) => m.kind), []);
});

test('a second verb inside a clause of its own ("when Ode thanked them and said") gives the sentence no subject', () => {
  assert.deepEqual(statements('Some in the hall booed, and when Ode thanked the board and said it was good to be back, a man shouted at her.'), []);
});

test('a parenthetical "however" after the cue, two joined names in a tail, and "According to" after a colon', () => {
  assert.deepEqual(statements('Dock workers stress, however, that a yes vote does not start a strike.'), [['a yes vote does not start a strike', 'Dock workers']]);
  assert.deepEqual(statements('The harbour will reopen in May for a second season, producers Ann Ode and Ivo Marsh announced today.'), [['The harbour will reopen in May for a second season', 'Ann Ode']]);
  // A list of places before a cue with a clause after it is no tail.
  assert.deepEqual(statements('Most ferry users in Dunmore, Carrick and Ballyport said they felt ignored by the board.').filter(([text]) => text === 'Most ferry users in Dunmore'), []);
  assert.deepEqual(statements('And it has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the vote.'), [['the mayor holds only 14 percent of the vote', 'recent polls']]);
});

test('a cue that also takes a noun object reports only a clause: "Engineers maintain the bridge every summer" reports nothing', () => {
  assert.deepEqual(statements('Engineers maintain the bridge every summer.'), []);
  assert.deepEqual(statements('Residents claim the land under an old grazing law.'), []);
  assert.deepEqual(statements('The harbour figures suggest a slowdown in hiring.'), []);
  // "has acknowledged the reality of the shortage, which makes her ...": a noun and the writer's relative clause.
  assert.deepEqual(statements('Ode has acknowledged the reality of the housing shortage, which makes her an outlier on the board.'), []);
  assert.deepEqual(statements('Ode acknowledged the housing plan had failed.'), [['the housing plan had failed', 'Ode']]);
  // "writing versions of the same words": at work, writing a thing; "writing that ..." reports.
  assert.deepEqual(statements('Twenty reporters sat behind the basket, writing versions of the same words at the same moment.'), []);
  assert.deepEqual(statements('Ode replied on Monday, writing that the ferry plan had failed.'), [['the ferry plan had failed', 'Ode']]);
  // With a clause, the same verbs report it.
  assert.deepEqual(statements('Engineers maintain the bridge was never safe.'), [['the bridge was never safe', 'Engineers']]);
  assert.deepEqual(statements('Critics claim the fares doubled last year.'), [['the fares doubled last year', 'Critics']]);
});

test('a thing made public with a past relative clause reports nothing: "disclosed a trove of files that forced ..."', () => {
  assert.deepEqual(statements('In 2011, archivists disclosed a trove of letters that forced the ministry to apologise.'), []);
  assert.deepEqual(statements('The port authority announced the names of the two pilots, who had both been suspended after the crash.'), []);
  assert.deepEqual(statements('The brewer unveiled a lager that sold out as rivals cut prices.'), []);
  // A relative clause to come or in the present is what was made public; a verb after the relative clause is the
  // clause's own; and a "that" after a verb is a complementiser.
  assert.equal(statements('The council announced a levy that will fund two new ferries.').length, 1);
  assert.equal(statements('The council announced the ferry that sank in May had been raised.').length, 1);
  assert.equal(statements('The council announced the operator expects that fares will rise.').length, 1);
});
