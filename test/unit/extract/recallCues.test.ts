import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statementsOf = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

const lede = 'Ferry fares go to a vote.\n\nThe harbour board meets on Thursday to vote on the new fares.\n\n';

test('"has since said" and "have long argued": an adverb of time after the perfect is no part of the subject', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor has since said the new fares will empty the morning boats.`),
    [{ text: 'the new fares will empty the morning boats', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(
    statementsOf(`${lede}Deckhands have long argued that the night crossing loses money every winter.`),
    [{ text: 'the night crossing loses money every winter', speaker: 'Deckhands' }],
  );
});

test('"since" opening a clause is still no adverb of the cue', () => {
  assert.deepEqual(
    statementsOf(`${lede}Since Pia Okafor said the fares would rise, the board has met twice.`),
    [{ text: 'the fares would rise', speaker: 'Pia Okafor' }],
  );
});

test('"charge that" reports what generic accusers said', () => {
  assert.deepEqual(statementsOf(`${lede}Critics charge that the board hid the true cost of the new pier.`), [
    { text: 'the board hid the true cost of the new pier', speaker: 'Critics' },
  ]);
  assert.deepEqual(
    statementsOf(`${lede}The boatmen's guild charged that the fares favour tourists over islanders.`).length,
    1,
  );
});

test('"charges that" as a noun reports nothing', () => {
  assert.deepEqual(
    statementsOf(`${lede}The captain faces charges that he sailed without a licence in March.`),
    [],
  );
});

test('a warning or an alert issued "saying" reports its issuer\'s words', () => {
  assert.deepEqual(
    statementsOf(`${lede}The coastguard issued a warning saying the outer channel will close at dusk.`),
    [{ text: 'the outer channel will close at dusk', speaker: 'coastguard' }],
  );
});

test('", echoing ..." ends the report: the writer ties it to someone else\'s words', () => {
  assert.deepEqual(
    statementsOf(
      `${lede}In an interview, Ms. Okafor said the night crossing should end for the good of the island, echoing a letter from the mayor.`,
    ),
    [{ text: 'the night crossing should end for the good of the island', speaker: 'Okafor' }],
  );
});

test('", but cautioned against ..." ends the report: a further act with no clause of its own', () => {
  assert.deepEqual(
    statementsOf(
      `${lede}Rafe Dunmore, a councillor, said Monday that he had voted for the fares, but cautioned against reading that as support.`,
    ),
    [{ text: 'he had voted for the fares', speaker: 'Rafe Dunmore' }],
  );
});

test('"charge that" after a plural possessive is a noun: the sentence\'s own cue still reports', () => {
  assert.deepEqual(
    statementsOf(
      `${lede}In response to the Dunmores' charge that she has been weak on ferry safety, Pia Okafor said she and the harbour master had made progress in the face of stiff opposition.`,
    ),
    [
      {
        text: 'she and the harbour master had made progress in the face of stiff opposition',
        speaker: 'Pia Okafor',
      },
    ],
  );
});

test('"Others said", "Some argue", "Several said": a plural quantifier alone is people described, as printed', () => {
  assert.deepEqual(statementsOf(`${lede}Others said the night crossing should run all winter.`), [
    { text: 'the night crossing should run all winter', speaker: 'Others' },
  ]);
  assert.deepEqual(statementsOf(`${lede}Some argue that the pier repairs could wait until spring.`), [
    { text: 'the pier repairs could wait until spring', speaker: 'Some' },
  ]);
  assert.deepEqual(statementsOf(`${lede}Several said they would leave their cars on the mainland.`), [
    { text: 'they would leave their cars on the mainland', speaker: 'Several' },
  ]);
});

test('"Another said" and "One said" still name nobody: the singular points back at someone', () => {
  assert.deepEqual(statementsOf(`${lede}Another said the night crossing should run all winter.`), []);
});

test('"sources close to X" and "people familiar with X" after a sentence adverb are people described', () => {
  assert.deepEqual(statementsOf(`${lede}Rather, sources close to the skipper say the night crossing will end.`), [
    { text: 'the night crossing will end', speaker: 'sources close to the skipper' },
  ]);
  assert.deepEqual(statementsOf(`${lede}Still, people familiar with the plan said the pier would reopen in May.`), [
    { text: 'the pier would reopen in May', speaker: 'people familiar with the plan' },
  ]);
});

test('an inverted tail whose subject is people with a postmodifier (", a spokesman for the board said.")', () => {
  assert.deepEqual(statementsOf(`${lede}The night crossing will end in March, a spokesman for the board said.`), [
    { text: 'The night crossing will end in March', speaker: 'spokesman for the board' },
  ]);
  assert.deepEqual(statementsOf(`${lede}The pier will reopen in May, a source close to the skipper said.`), [
    { text: 'The pier will reopen in May', speaker: 'source close to the skipper' },
  ]);
});

test('a tail after a comma that is no subject of people stays unreported', () => {
  assert.deepEqual(statementsOf(`${lede}The boats sailed on time, the fares of the winter said nothing.`), []);
});

test('"note that" and "point out that" in the plain form report a clause ("Critics note that", "are quick to point out that")', () => {
  assert.deepEqual(statementsOf(`${lede}Skippers note that the night crossing has lost money since 2019.`), [
    { text: 'the night crossing has lost money since 2019', speaker: 'Skippers' },
  ]);
  assert.deepEqual(
    statementsOf(`${lede}Deckhands are quick to point out that the fares have not risen in a decade.`),
    [{ text: 'the fares have not risen in a decade', speaker: 'Deckhands' }],
  );
});

test('"note" with no "that" after it reports nothing ("take note of", a note on the door)', () => {
  assert.deepEqual(statementsOf(`${lede}Skippers note the changes in their logbooks every evening.`), []);
});

test('", responding that ..." and ", conceding that ...": a participle of answering or arguing reports with its "that"', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor would not discuss the pier, responding that she would not talk about the budget this week.`),
    [{ text: 'she would not talk about the budget this week', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor praised the crew, conceding that the night crossing had been late twice.`),
    [{ text: 'the night crossing had been late twice', speaker: 'Pia Okafor' }],
  );
});

test('", responding to ..." with no "that" reports nothing', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor spoke for an hour, responding to critics of the new fares at length.`),
    [],
  );
});

test('a modal before an adverb and the cue is a saying to come, no report ("We should also note that ...")', () => {
  assert.deepEqual(statementsOf(`${lede}We should also note that the fares are counted per crossing, not per day.`), []);
  assert.deepEqual(statementsOf(`${lede}Critics would also argue that the fares are counted per crossing, not per day.`), []);
});

test('a verb or an adjective that carries the saying out before "to" and the cue ("has continued to argue", "are all quick to point out")', () => {
  assert.deepEqual(statementsOf(`${lede}Okafor has continued to argue that the board misled the islanders.`), [
    { text: 'the board misled the islanders', speaker: 'Okafor' },
  ]);
  assert.deepEqual(statementsOf(`${lede}The deckhands are all quick to point out that the fares have not risen in a decade.`), [
    { text: 'the fares have not risen in a decade', speaker: 'deckhands' },
  ]);
  assert.deepEqual(statementsOf(`${lede}The skippers went on to say that the night crossing should end.`), [
    { text: 'the night crossing should end', speaker: 'skippers' },
  ]);
});

test('a refusal before "to" and the cue still reports nothing', () => {
  assert.deepEqual(statementsOf(`${lede}Okafor refused to say that the board misled the islanders.`), []);
});

test('a cue joined by "and" inside a relative clause set off by commas reports up to the closing comma', () => {
  assert.deepEqual(
    statementsOf(`${lede}Okafor, who backed the pier in May and said she would campaign for it, missed the vote.`),
    [{ text: 'she would campaign for it', speaker: 'Okafor' }],
  );
  // The main clause's own report wins over the relative's, as with "who said".
  assert.deepEqual(
    statementsOf(`${lede}Okafor, who backed the pier in May and said she would campaign for it, told reporters the vote was rigged.`),
    [{ text: 'the vote was rigged', speaker: 'Okafor' }],
  );
});

test('a long hearer with its place and time before "that" is not reported ("told a crowd at the terminal in Leith on Sunday night that")', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor told a crowd at the ferry terminal in Leith on Sunday night that the fares were unfair.`),
    [{ text: 'the fares were unfair', speaker: 'Pia Okafor' }],
  );
  // A thing told, not a hearer, before the "that" of a relative clause: the span is left as it was.
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor told the whole story of the vote in words that will echo until spring.`).map((s) => s.text),
    ['the whole story of the vote in words that will echo until spring'],
  );
});

test('an inverted cue with a body\'s possessive before the role reports the clause before it (", said X, Acme\'s finance director.")', () => {
  assert.deepEqual(statementsOf(`${lede}Fares rose because fuel did, said Pia Okafor, Leith's harbour finance director.`), [
    { text: 'Fares rose because fuel did', speaker: 'Pia Okafor' },
  ]);
});

test('a sentence printed in brackets reports as any other ("(Okafor writes that ...)")', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor chairs the board. (Okafor writes that the board would raise fares to pay for the pier.)`),
    [{ text: 'the board would raise fares to pay for the pier', speaker: 'Pia Okafor' }],
  );
});

test('"note" and "estimate" with no "that" report a clause with its own subject and finite verb, not a noun object', () => {
  assert.deepEqual(statementsOf(`${lede}Legal observers note the board would not close the pier before May.`), [
    { text: 'the board would not close the pier before May', speaker: 'Legal observers' },
  ]);
  assert.deepEqual(statementsOf(`${lede}Advocates estimate there could be up to 18,000 islanders without papers.`), [
    { text: 'there could be up to 18,000 islanders without papers', speaker: 'Advocates' },
  ]);
  assert.deepEqual(statementsOf(`${lede}Skippers estimate the cost at five million pounds.`), []);
});

test('", remarking that ..." and ", cautioning that ...": a participle that reports with its "that"', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor pointed to the ferry company as the culprit, remarking that its boats had sailed late all winter.`),
    [{ text: 'its boats had sailed late all winter', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor is a careful skipper wary of the new timetable, cautioning that the night crossing would lose money.`),
    [{ text: 'the night crossing would lose money', speaker: 'Pia Okafor' }],
  );
});

test('"warned that A, remarking that B": the participle with its "that" opens a second report of the same speaker', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor warned that the new fares would empty the morning boats, remarking that the harbour board had ignored the deckhands.`),
    [
      { text: 'the new fares would empty the morning boats', speaker: 'Pia Okafor' },
      { text: 'the harbour board had ignored the deckhands', speaker: 'Pia Okafor' },
    ],
  );
});

test('"X states that ..." reports; "the states that ..." names places', () => {
  assert.deepEqual(
    statementsOf(`${lede}The Harbour Authority states that all night crossings will keep their old fares.`),
    [{ text: 'all night crossings will keep their old fares', speaker: 'Harbour Authority' }],
  );
  assert.deepEqual(statementsOf(`${lede}Ferries run to the four states that the board covers every winter.`), []);
  assert.deepEqual(statementsOf(`${lede}Ferries run to swing states that the board covers every winter.`), []);
});

test('"countered that ..." and "divulged that ..." report with their "that"; with a noun they name an act', () => {
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor countered that the night crossing had never lost money.`),
    [{ text: 'the night crossing had never lost money', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(
    statementsOf(`${lede}Pia Okafor divulged that the board had already signed the new fares.`),
    [{ text: 'the board had already signed the new fares', speaker: 'Pia Okafor' }],
  );
  assert.deepEqual(statementsOf(`${lede}Pia Okafor countered the move with a petition of her own.`), []);
});
