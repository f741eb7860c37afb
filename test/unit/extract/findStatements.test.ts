import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

const extractQuotes = (text: string) => quotesOf(analyzeText(text));

// Reported speech (kind 'statement'): the clause, its cue and its speaker, through extractQuotes.
const only = (text: string) => {
  const mentions = extractQuotes(text);
  assert.equal(mentions.length, 1, JSON.stringify(mentions.map((m) => m.text)));
  const [mention] = mentions;
  assert.ok(mention);
  return mention;
};

test('reported speech without quote marks is a statement with its cue and speaker', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Kremlin spokesman Dmitry Peskov said that the decision had been taken.', 'the decision had been taken', 'Dmitry Peskov', 'said'],
    ['Peskov told TASS that talks with Meta were still possible.', 'talks with Meta were still possible', 'Peskov', 'told'],
    ['According to the ministry, the block will stay in place until March.', 'the block will stay in place until March', 'ministry', 'According to'],
    ['The block will stay in place until March, according to the ministry.', 'The block will stay in place until March', 'ministry', 'according to'],
    ['The talks have failed completely, the minister said on Monday.', 'The talks have failed completely', 'minister', 'said'],
    ['Andrei Svintsov was quoted as saying the measures were fully justified.', 'the measures were fully justified', 'Andrei Svintsov', 'quoted as saying'],
    ['Roskomnadzor warned that it would restrict the app further.', 'it would restrict the app further', 'Roskomnadzor', 'warned'],
    ['But Clinton said Tuesday that any president would have to keep the country safe.', 'any president would have to keep the country safe', 'Clinton', 'said'],
    ['On Sunday, former President Bill Clinton said the attacks were vicious.', 'the attacks were vicious', 'Bill Clinton', 'said'],
    ['Trump defended the plan on Monday, saying it would create jobs.', 'it would create jobs', 'Trump', 'saying'],
  ];
  for (const [text, content, speaker, cue] of cases) {
    const statement = only(text);
    assert.equal(statement.kind, 'statement', text);
    assert.equal(statement.text, content, text);
    assert.equal(statement.speaker, speaker, text);
    assert.equal(statement.cue, cue, text);
    assert.equal(text.slice(statement.start, statement.end), statement.text);
  }
});

test('"X said A, adding that B" gives two statements of one speaker', () => {
  const statements = extractQuotes('Peskov said the decision was final, adding that Meta could still return to Russia.');
  assert.deepEqual(statements.map((s) => [s.text, s.cue, s.speaker]), [
    ['the decision was final', 'said', 'Peskov'],
    ['Meta could still return to Russia', 'adding', 'Peskov'],
  ]);
});

test('a parenthetical between subject and cue keeps the subject and its role', () => {
  const statement = only('Rep. Tom Cole of Oklahoma, an ally of the leadership, said his biggest worry was the polls.');
  assert.equal(statement.speaker, 'Tom Cole');
  const timed = only('Corey Lewandowski, in a statement released on Thursday, said he would not resign.');
  assert.equal(timed.speaker, 'Corey Lewandowski');
  assert.equal(timed.text, 'he would not resign');
});

test('a sentence without a speaker gives no statement; agentless hearsay gives one with a null speaker', () => {
  assert.deepEqual(extractQuotes('The so-called reform passed the house last night.'), []);
  // Issue 15 item 4 (rec60): "It is said that ..." is reported speech whose speaker nobody the text names, as the
  // labels have it (speaker null), no longer dropped.
  assert.deepEqual(
    extractQuotes('It is said that the plan will fail.').map((m) => ({ text: m.text, speaker: m.speaker })),
    [{ text: 'the plan will fail', speaker: null }],
  );
});

test('"Reuters cited X as telling" credits X, not the outlet', () => {
  const cited = extractQuotes('“The decision was made,” Reuters cited Kremlin spokesman Dmitry Peskov as telling reporters.')[0];
  assert.equal(cited?.speaker, 'Dmitry Peskov');
  const statement = extractQuotes('Reuters cited Kremlin spokesman Dmitry Peskov as saying the talks had failed.')[0];
  assert.equal(statement?.kind, 'statement');
  assert.equal(statement?.speaker, 'Dmitry Peskov');
  assert.equal(statement?.text, 'the talks had failed');
  assert.equal(statement?.cue, 'saying');
});

test('Russian reported speech: "заявил, что", a recipient before "что", a dash before the cue, titles', () => {
  const said = only('Пресс-секретарь президента Дмитрий Песков заявил, что решение принято окончательно.');
  assert.deepEqual([said.kind, said.text, said.speaker, said.cue], ['statement', 'решение принято окончательно', 'Дмитрий Песков', 'заявил']);
  const putin = only('Президент В. В. Путин заявил журналистам, что переговоры продолжатся на следующей неделе.');
  assert.equal(putin.text, 'переговоры продолжатся на следующей неделе');
  assert.equal(putin.speaker, 'В. В. Путин');
  assert.equal(putin.role, 'Президент');
  const dash = only('Решение принято окончательно и бесповоротно, — заявил Песков.');
  assert.deepEqual([dash.kind, dash.text, dash.speaker], ['statement', 'Решение принято окончательно и бесповоротно', 'Песков']);
  const quote = only('„Мы не видим оснований менять курс“, — сказал Песков.');
  assert.deepEqual([quote.kind, quote.text, quote.cue], ['quote', 'Мы не видим оснований менять курс', 'сказал']);
});

test('a second cue of the same subject splits reported speech; a colon before a tail cue introduces the quote', () => {
  const mentions = extractQuotes('President Obama noted that he taught constitutional law, and added: “I know a little about this.”');
  assert.deepEqual(mentions.map((m) => [m.kind, m.text, m.cue]), [
    ['statement', 'he taught constitutional law', 'noted'],
    ['quote', 'I know a little about this.', 'added'],
  ]);
  const caveat = extractQuotes('A second source confirmed it, but with a caveat: “The person in question is one of the instigators,” the source said.');
  assert.deepEqual(caveat.map((m) => [m.kind, m.text]), [['quote', 'The person in question is one of the instigators']]);
});

test('a dateline and a time are not part of the subject; what someone would not say is no statement', () => {
  const told = only('CARRISFORD Water company Tessaly Water on Monday told over 42,000 households to boil their water.');
  assert.equal(told.speaker, 'Tessaly Water');
  assert.equal(told.text, 'over 42,000 households to boil their water');
  assert.deepEqual(extractQuotes('Okafor would not say how much the incident would cost.'), []);
  assert.deepEqual(extractQuotes('Okafor wouldn’t say how much the incident would cost.'), []);
});

test('quantifiers and descriptions are not names; "the council" is the council the text named', () => {
  const text = [
    'Tessaly Water issued a boil notice on Monday. Carrisford County Council opened rest centres for customers of Tessaly Water.',
    'Another said his elderly mother had not heard about the notice.',
    'Several residents said they had learned of the notice very late.',
    'One caller from Aldham Cross told us she had been turned away from a supermarket.',
    'The company said it would publish its findings once the notice had been lifted.',
    'Schools in the affected area will stay open, the council said, with bottled water provided for pupils.',
  ].join('\n\n');
  assert.deepEqual(
    extractQuotes(text).map((m) => [m.text, m.speaker]),
    [
      ['they had learned of the notice very late', 'several residents'],
      ['she had been turned away from a supermarket', 'one caller from Aldham Cross'],
      ['it would publish its findings once the notice had been lifted', 'Tessaly Water'],
      ['Schools in the affected area will stay open', 'Carrisford County Council'],
    ],
  );
});

test('a mid-sentence cue needs a subject that names someone, and a participle after it is not reported', () => {
  assert.deepEqual(extractQuotes('For more breaking news updates, in-depth reports, and real-time developments, visit our homepage.'), []);
  const bloomberg = only('The ban follows months of pressure on the service, Bloomberg reported, quoting local media reports.');
  assert.equal(bloomberg.text, 'The ban follows months of pressure on the service');
  assert.equal(bloomberg.speaker, 'Bloomberg');
});

test('the speaker of a served body is the description, never the place: "the deputy mayor of Lyon"', () => {
  const [statement] = extractQuotes('The deputy mayor of Lyon said the bridge would reopen in May.');
  assert.equal(statement?.speaker, 'deputy mayor of Lyon');
});

test('a role between a body and a name stays out of the speaker: "according to Troy police Lt. Gerry Scherlinck"', () => {
  const [statement] = extractQuotes('The suspect was “deliberately seeking out these individuals,” according to Troy police Lt. Gerry Scherlinck.');
  assert.equal(statement?.speaker, 'Gerry Scherlinck');
  assert.equal(statement?.role, 'Troy police Lt.');
});

test('no statement where the cue reports nothing: a second verb of the subject, an index that "added" a figure', () => {
  assert.deepEqual(extractQuotes('Police quickly responded and surrounded the building on Main Street.'), []);
  assert.deepEqual(extractQuotes('The index added 0.6 per cent to close at a record high.'), []);
});

test('a group named in a parenthetical cue reports the clause before it, not the circumstance after it', () => {
  const found = extractQuotes('Prices climbed to 140 dollars, officials said, as crews worked through the night.');
  assert.deepEqual(
    found.map((m) => [m.text, m.speaker]),
    [['Prices climbed to 140 dollars', 'officials']],
  );
});

test('an organisation named by its modifier stands as printed, never another name of the story', () => {
  const text =
    'Pirates attacked two ships crossing the Indian Ocean near the Gulf of Aden this week.\n\n' +
    'The Indian government said in a statement that the captured pirates had a cache of arms.';
  const statement = extractQuotes(text).find((m) => m.text.startsWith('the captured'));
  assert.equal(statement?.speaker, 'Indian government');
});

test('an appositive after an inverted subject may be long and hold commas: "said Mark Kantrowitz, a financial aid expert who has published books, papers and ..."', () => {
  const mention = only('Average student debt will keep rising for years, said Mark Kantrowitz, a financial aid expert who has published books, papers and editorials on paying for college.');
  assert.deepEqual([mention.text, mention.speaker], ['Average student debt will keep rising for years', 'Mark Kantrowitz']);
});

test('a tail whose subject has an appositive before the cue: "..., Ana Ruiz, an official at the agency, told AFP."', () => {
  const cases: Array<[string, string]> = [
    ['Nine houses had so far been swept away by the river, Ana Ruiz, an official from the regional water board, told AFP late Monday.', 'Ana Ruiz'],
    ['Nine houses had so far been swept away by the river, Ruiz, a spokeswoman for the board, said.', 'Ruiz'],
  ];
  for (const [text, speaker] of cases) {
    const mention = only(text);
    assert.deepEqual([mention.text, mention.speaker], ['Nine houses had so far been swept away by the river', speaker], text);
  }
});

test('a worry is reported with its "that" after "be": "some Republicans are concerned that ..."', () => {
  const mention = only('Despite the numbers, some Republicans are concerned that the senator’s tactics could make it harder to unite the party.');
  assert.equal(mention.text, 'the senator’s tactics could make it harder to unite the party');
  assert.equal(mention.speaker, 'Republicans');
  assert.deepEqual(extractQuotes('Residents are concerned about the river after the storms of last spring.'), []);
});

test('"according to" between a clause and a conjunction attributes the clause before it', () => {
  const mention = only('Heading into the June contests, Ortiz leads Chen by 120 pledged delegates according to a count by Reuters, but Chen has vowed to stay in.');
  assert.equal(mention.text, 'Ortiz leads Chen by 120 pledged delegates');
  assert.equal(mention.speaker, 'Reuters');
});

test('"and" between a capitalised word and a description joins two groups into one subject; a cut-off list names nobody', () => {
  const groups = only('But Farmers and water managers have argued that the new limits will dry out the valley.');
  assert.equal(groups.text, 'the new limits will dry out the valley');
  assert.equal(groups.speaker, 'Farmers and water managers');
  assert.equal(only('Retail and business groups said higher fees would only slow trade through the port.').speaker, 'Retail and business groups');
  assert.deepEqual(extractQuotes('Prices rose and analysts said the market would recover within a month.'), []);
  assert.deepEqual(extractQuotes('Ms. Lane, Mrs. Obi and other donors said their networks were now mostly women.'), []);
});

test('reported speech in a clause fronted by "while", "when" or "although" ends at its comma; "if" supposes', () => {
  const fronted = only('While Mayor Ann Holt said the ferry levy would be scrapped, her aides were still drafting it on Monday.');
  assert.equal(fronted.text, 'the ferry levy would be scrapped');
  assert.equal(fronted.speaker, 'Ann Holt');
  const but = only('But although the council noted that the harbour tax had failed, it voted to keep the levy for another year.');
  assert.equal(but.text, 'the harbour tax had failed');
  assert.deepEqual(extractQuotes('If Holt said the levy was fair, she was wrong about the harbour tax entirely.'), []);
  // A cue before the comma opens the main clause: its quote is what was said.
  const main = extractQuotes('When Holt noted that the council has often not paid its ferry bills ― as was true in May ― Cole boasted, “That makes us smart.”');
  assert.deepEqual(main.map((m) => [m.kind, m.text]), [['quote', 'That makes us smart.']]);
});

test('a share of those polled says what they said: "47 percent said", "two-thirds of voters said"', () => {
  const percent = only('In the harbour poll, 47 percent said they would vote for the mayor again.');
  assert.deepEqual([percent.text, percent.speaker], ['they would vote for the mayor again', '47 percent']);
  const thirds = only('In the harbour poll, two-thirds of voters said the ferry levy was unfair.');
  assert.deepEqual([thirds.text, thirds.speaker], ['the ferry levy was unfair', 'two-thirds of voters']);
});

test('", according to X" after a quote that has its own cue gives X nothing: the quote is its cue\'s', () => {
  for (const text of [
    '“We will rebuild every school,” the governor said, according to the Associated Press.',
    'The governor said, “We will rebuild every school in the county,” according to the Associated Press.',
  ]) {
    const mention = only(text);
    assert.equal(mention.kind, 'quote', text);
    assert.equal(mention.speaker, 'governor', text);
    assert.equal(mention.cue, 'said', text);
  }
  // With no cue of its own, the quote or the clause is the source's.
  const relayed = only('“We will rebuild every school in the county,” according to the Associated Press.');
  assert.equal(relayed.speaker, 'Associated Press');
  const clause = only('The plan will raise taxes for most families, according to the Associated Press.');
  assert.equal(clause.kind, 'statement');
  assert.equal(clause.speaker, 'Associated Press');
});

test('"Name, a role at Org says" with the closing comma left out: the name speaks, not the description', () => {
  const statement = only('John Roe, a lawyer at Acme says the contract was void from the start.');
  assert.equal(statement.kind, 'statement');
  assert.equal(statement.text, 'the contract was void from the start');
  assert.equal(statement.speaker, 'John Roe');
  const quote = only('John Roe, a lawyer at Acme said, “The contract was void from the start.”');
  assert.equal(quote.kind, 'quote');
  assert.equal(quote.speaker, 'John Roe');
  // A place before the comma is no name of the speaker.
  assert.equal(only('At Acme, the lawyer said, “The contract was void from the start.”').speaker, 'lawyer');
});

test('a clause interrupted after its auxiliary or in a cleft is one statement over the attribution', () => {
  const lead = 'Mayor John Smith toured the town on Monday. ';
  for (const rest of [
    'The decision to close the plant is, he said, the worst mistake the company has made.',
    'It was the governor of the state, he said, who ordered the evacuation of the town.',
  ]) {
    const mentions = extractQuotes(lead + rest);
    assert.equal(mentions.length, 1, rest);
    assert.equal(mentions[0]?.text, rest.slice(0, -1), rest);
    assert.equal(mentions[0]?.speaker, 'John Smith', rest);
  }
  // Two whole clauses around the cue stay two statements.
  const two = extractQuotes(lead + 'The company has been losing money for years, he said, but the workers deserve better.');
  assert.deepEqual(two.map((m) => m.text), ['The company has been losing money for years', 'but the workers deserve better']);
});

test('a fronted clause before "X vowed/promised to ..." is no statement of X; a promise "that ..." is', () => {
  assert.deepEqual(extractQuotes('After meeting the families, the governor vowed to rebuild every school in the county.'), []);
  assert.deepEqual(extractQuotes('After talks on Monday, the union pledged to strike again next month.'), []);
  const promise = only('After meeting the families, the governor promised that every school in the county would be rebuilt.');
  assert.equal(promise.text, 'every school in the county would be rebuilt');
  assert.equal(promise.speaker, 'governor');
  // A promise made to someone, after what was promised, is a tail cue.
  const tail = only('The schools will all be rebuilt by the end of the year, the governor promised to the families.');
  assert.equal(tail.text, 'The schools will all be rebuilt by the end of the year');
});

test('"said that given ...:" introduces a list or a quote and is no statement of its own', () => {
  assert.deepEqual(extractQuotes('The mayor said that given the state of the budget:\n- the pool will close;\n- the library will cut its hours.').filter((m) => m.kind === 'statement'), []);
  const quote = only('The mayor said that, given the deficit in the city budget: “We have no choice but to cut.”');
  assert.equal(quote.kind, 'quote');
  assert.equal(quote.speaker, 'mayor');
  // A clause before the colon is a statement, the list and all.
  const clause = only('The mayor said that the city would cut three services: the pool, the library and the bus.');
  assert.equal(clause.text, 'the city would cut three services: the pool, the library and the bus');
});

test('"X say A, and Y has done ..., saying B": a clause with its own subject ends A, and B is Y\'s', () => {
  const mentions = extractQuotes('Protest groups say the rules are meant to hide them, and the Civil Liberties Union has already sued the city, saying the rules violate free speech.');
  assert.deepEqual(
    mentions.map((m) => [m.text, m.speaker, m.cue]),
    [
      ['the rules are meant to hide them', 'Protest groups', 'say'],
      ['the rules violate free speech', 'Civil Liberties Union', 'saying'],
    ],
  );
  // With no clause of its own between them, both are the subject's.
  const same = extractQuotes('The mayor said the plan would cut taxes for most families, adding that it was fair.');
  assert.deepEqual(same.map((m) => m.speaker), ['mayor', 'mayor']);
});

test('a participle after an article describes the subject ("the retired general said"), it is no verb', () => {
  for (const [text, speaker] of [
    ['The retired general said the plan was sound and would be carried out soon.', 'retired general'],
    ['An unnamed official said the plan was sound and would be carried out soon.', 'unnamed official'],
  ] as const) {
    const statement = only(text);
    assert.equal(statement.text, 'the plan was sound and would be carried out soon', text);
    assert.equal(statement.speaker, speaker, text);
  }
});

test('a capitalised "That" opening the sentence is the statement\'s subject, not a complementiser to drop', () => {
  const statement = only('That is simply not true, according to the figures.');
  assert.equal(statement.text, 'That is simply not true');
  assert.equal(statement.speaker, 'figures');
  assert.equal(only('Jane Doe said that the plan would fail within a year.').text, 'the plan would fail within a year');
});

test('a relative "which" right after the cue, before a quoted phrase, comments on what was said: the writer\'s words', () => {
  const mentions = extractQuotes('Buyers "began to ask for the blue model," Ms. Ford told Mr. Hale, which eventually meant building the "best blue car on the road."');
  assert.deepEqual(mentions.map((m) => m.text), ['Buyers "began to ask for the blue model,"']);
  // A relative about the recipient does not stop the clause told after it (its quoted stretch is a quote of its own too:
  // quotedFragments.test.ts).
  const told = extractQuotes('Ms. Ford told Mr. Hale, who runs the plant, that it makes the "best blue car on the road."');
  assert.deepEqual(
    told.map((m) => [m.kind, m.text]),
    [
      ['statement', 'it makes the "best blue car on the road."'],
      ['quote', 'best blue car on the road.'],
    ],
  );
});

test('a quoted verb after the cue and a conjunction goes on narrating: no statement of its own', () => {
  for (const text of [
    'The engineers fixed the fault quickly, Ms. Lane said, and “rebooted” the servers as the firm kept adding users through the month.',
    'Security is not an add-on feature, Mr. Hale said, but instead “designed into everything we make.”',
  ]) {
    const mentions = extractQuotes(text);
    assert.equal(mentions.length, 1, JSON.stringify(mentions.map((m) => m.text)));
    assert.ok(!/^(?:and|but)\b/.test(mentions[0]?.text ?? ''), text);
  }
  // A quote with a subject of its own is a clause that was said.
  assert.equal(extractQuotes('The plan failed badly, Mr. Hale said, and “nobody cared about it at all.”').length, 2);
});

test('a hearer in lower case before the pronoun subject ("told police he ...", "told the court she ...") is the recipient, not reported', () => {
  assert.equal(only('Tom Reyes told police he had been at home with his two sons all night.').text, 'he had been at home with his two sons all night');
  assert.equal(only('Ana Ruiz told the court she had never signed the loan papers for the farm.').text, 'she had never signed the loan papers for the farm');
  // A clause whose subject is no pronoun keeps its first word: "told reporters" is a hearer already, "most" opens the clause.
  assert.equal(only('Tom Reyes told reporters most of the farm had been sold before the winter.').text, 'most of the farm had been sold before the winter');
});

test('a circumstance of the saying before "that" ("suggested in a radio interview that") is no part of the clause around a quote', () => {
  const statement = (text: string) => extractQuotes(text).find((m) => m.kind === 'statement');
  assert.equal(statement('That drew a reply from Tom Lee, who suggested in a radio interview that the mayor was “stalling for time.”')?.text, 'the mayor was “stalling for time.”');
  assert.equal(statement('Ann Cole said on Friday evening that the levy was “a tax on the poor.”')?.text, 'the levy was “a tax on the poor.”');
  assert.equal(statement('Ann Cole replied to him that it was “an honour to serve.”')?.text, 'it was “an honour to serve.”');
  // The object of "of", or a naming with "as", before "that": the "that" is a relative pronoun of the noun said.
  assert.ok(!/^could\b/.test(statement('Ann Cole warned of a “ferocious” fight that could split the council this year.')?.text ?? ''));
  assert.ok(!/^“?sells\b/.test(statement('The novel is described on its cover as a “gripping read” that “sells itself.”')?.text ?? ''));
});

test('a hearer named by a longer noun phrase ("a Rotary Club lunch in Dayton", "Acme executives") before the pronoun subject is the recipient, not reported', () => {
  assert.equal(only('Ann Lee told a Rotary Club lunch in Dayton she will veto the budget this week.').text, 'she will veto the budget this week');
  assert.equal(only('Ann Lee told Acme executives he wants the plant to turn a profit by 2021.').text, 'he wants the plant to turn a profit by 2021');
  assert.equal(only('Ann Lee told the union members at Fort Bragg they would be paid in May.').text, 'they would be paid in May');
  // A preposition or a clause word before the pronoun is no hearer's noun; an outlet's name still is the recipient.
  assert.equal(only('Ann Lee told The Herald before he spoke that she would stay on.').text, 'she would stay on');
  assert.equal(only('Ann Lee told the National Post she will veto the budget.').text, 'she will veto the budget');
});

test('"tells us you should expect to buy, not rent, ...": words with a verb before the comma are the clause told, not a recipient', () => {
  assert.equal(only('Acme tells us you should expect to buy, not rent, the tools at full prices.').text, 'you should expect to buy, not rent, the tools at full prices');
  // An appositive of the recipient still runs to its "that".
  assert.equal(only('Dan Reed told his father, the club coach Greg Hale, that the season was over for the whole team.').text, 'the season was over for the whole team');
});

test('a clause after ", and" that names the report ("back up that suspicion", "her claim") comments on it: the report ends at the comma', () => {
  assert.equal(only('For years, scientists have suspected that there is ice under the crater, and several images appear to back up that suspicion.').text, 'there is ice under the crater');
  assert.equal(only('Mayor Ann Cole said the bridge was unsafe, and the engineers backed her claim with a report.').text, 'the bridge was unsafe');
  // A noun of saying that modifies another noun is no reference to the report.
  assert.equal(only('Mayor Ann Cole said the roads were unsafe, and the claims process for damaged cars was far too slow.').text, 'the roads were unsafe, and the claims process for damaged cars was far too slow');
});

test('a cue inside brackets does not reach a quote after the closing bracket', () => {
  const mentions = extractQuotes('A new city poll has weaker numbers for the plan (38 percent of Ohioans say they want the council to approve it), but also shows that most residents want a hearing if the mayor “signed the deal without telling the council.”');
  assert.deepEqual(mentions.filter((m) => m.kind === 'statement' && m.text.includes('also shows')).map((m) => m.text), []);
});

test('a clause of contrast cut by its cue after a quote, and "ever since" after a cue, are read whole over the cue', () => {
  const whole = extractQuotes('While some fans buy two tickets, and "we thank you for that," Lee said, most come only once a year to the stadium.');
  assert.deepEqual(whole.filter((m) => m.kind === 'statement').map((m) => m.text), ['While some fans buy two tickets, and "we thank you for that," Lee said, most come only once a year to the stadium']);
  assert.equal(only('The band has had a place in his life since 1990, Lee said, ever since he worked a summer at the studio.').text, 'The band has had a place in his life since 1990, Lee said, ever since he worked a summer at the studio');
});

test('"X said A, adding: “B”" reports A as well as the quote, unless only a circumstance stands before the comma', () => {
  const both = extractQuotes('The harbour master said the ferry would resume sailing on Friday, warning: “Delays are still likely.”');
  assert.deepEqual(
    both.map((m) => [m.kind, m.text, m.speaker]),
    [
      ['statement', 'the ferry would resume sailing on Friday', 'harbour master'],
      ['quote', 'Delays are still likely.', 'harbour master'],
    ],
  );
  // A circumstance of the saying before the comma reports nothing: only the quote.
  const circumstance = extractQuotes('The harbour master said in a statement on Friday, adding: “Delays are still likely.”');
  assert.deepEqual(circumstance.map((m) => m.kind), ['quote']);
  // "by saying:" stays the quote's cue alone.
  const by = extractQuotes('The harbour master explained the closure by saying: “Delays are still likely.”');
  assert.deepEqual(by.map((m) => m.kind), ['quote']);
});

test('a day of the saying printed before the reported clause with no "that" ("said on Monday the ...") is skipped, not the whole report', () => {
  const cases: Array<[string, string]> = [
    ['The harbour master said on Monday the ferry would not sail before the storm passed.', 'the ferry would not sail before the storm passed'],
    ['Harbour police said Sunday three fishermen had been pulled from the water.', 'three fishermen had been pulled from the water'],
    ['The ferry operator told reporters on Tuesday night it would refund every ticket.', 'it would refund every ticket'],
  ];
  for (const [sentence, said] of cases) {
    assert.equal(only(sentence).text, said, sentence);
  }
  // A date that goes on after the day is no clause of its own: the report still waits for its "that".
  assert.equal(only('The harbour master said on Monday the 14th that the ferry would not sail.').text, 'the ferry would not sail');
});

test('a clause cut by its cue, whose second part opens with a quoted auxiliary, is one statement over the cue', () => {
  const text = 'The county’s new budget for its parks, the treasurer said, “is the best deal we could get” for the families there.';
  const statements = extractQuotes(text).filter((m) => m.kind === 'statement');
  assert.deepEqual(statements.map((m) => m.text), ['The county’s new budget for its parks, the treasurer said, “is the best deal we could get” for the families there']);
});

test('a writer’s gloss after a comma ("the latter a ...", "both of which Name ...") is no part of the report', () => {
  assert.equal(only('Most of the layoffs, Ms. Okafor said, have hit the canneries and the boatyards, the latter a term for the repair sheds along the quay.').text, 'Most of the layoffs, Ms. Okafor said, have hit the canneries and the boatyards');
  const statements = extractQuotes('Harbour officials say any move to close the pier could backfire, angering the ferry crews and the mayor, both of which Ms. Okafor thanked on Friday “for keeping the island connected.”').filter((m) => m.kind === 'statement');
  assert.deepEqual(statements.map((m) => m.text), ['any move to close the pier could backfire, angering the ferry crews and the mayor']);
  assert.equal(only('Officials said the repairs would cost more than planned, all of which they said would fall on the tenants.').text, 'the repairs would cost more than planned, all of which they said would fall on the tenants');
});
