/**
 * Issue 15, items 3-4 (the eleventh judged batch): where a claim ends and what is no claim at all. Each case is a class
 * of not-claims seen on tune items and unlabelled real text, in invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { findQuoteSpans } from '../../../extract/findQuoteSpans.ts';

const items = (text: string) => extractMentions(text).mentions.map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));
const statements = (text: string) => items(text).filter((m) => m.kind === 'statement').map((m) => m.text);
const quotes = (text: string) => items(text).filter((m) => m.kind === 'quote').map((m) => m.text);
const figures = (text: string) => items(text).filter((m) => m.kind === 'number').map((m) => m.text);

describe('a quote run over paragraphs printed on one line', () => {
  test('a left mark after a sentence ends one paragraph of the quote and opens the next', () => {
    const text = '“ I can play there next year just as well. “ I feel there are things I can work on. ” Ortiz had heard that before.';
    assert.deepEqual(
      findQuoteSpans(text).map((s) => s.text),
      ['I can play there next year just as well.', 'I feel there are things I can work on.'],
    );
  });

  test('the narration between two quotes is never read as a quote', () => {
    const text =
      '“ It was a hard call, ” Ortiz said. “ That stayed with me. “ My coach told me the league is a different world. ” In the end the money mattered less to Ortiz. “ I believe I will get there, ” he said.';
    const found = quotes(text);
    assert.ok(found.includes('My coach told me the league is a different world.'));
    assert.ok(found.includes('I believe I will get there'));
    assert.ok(found.every((q) => !q.includes('In the end')), found.join(' | '));
  });

  test('a left mark after a comma still closes a quote (a typesetting slip)', () => {
    assert.deepEqual(findQuoteSpans('“Apparently not,“ he said.').map((s) => s.text), ['Apparently not']);
  });
});

describe('a refusal after the statement is the writer\'s', () => {
  test('", but the bureau did not say when" ends the statement', () => {
    assert.deepEqual(statements('The bureau said it had counted the last homes, but the bureau did not say when the count ended.'), ['it had counted the last homes']);
  });

  test('", though he declined to say why" ends the statement', () => {
    assert.deepEqual(statements('Lee said the bridge would reopen in May, though he declined to say why it had closed.'), ['the bridge would reopen in May']);
  });

  test('another speaker who did say something is still a second statement', () => {
    assert.deepEqual(statements('Lee said the bridge would reopen in May, but officials said the work was behind.'), ['the bridge would reopen in May', 'the work was behind']);
  });
});

describe('circumstances before a cue say nothing', () => {
  test('a past participle with its preposition before "X said, “...”"', () => {
    const text = 'Based on reports she read in the local paper, the mayor said, “The bridge will stay closed until spring.”';
    assert.deepEqual(statements(text), []);
    assert.deepEqual(quotes(text), ['The bridge will stay closed until spring.']);
  });

  test('"But despite ..." before a subject whose verb takes no clause', () => {
    assert.deepEqual(statements('But despite her own doubts, Lee still pointed to the council as the main obstacle.'), []);
  });

  test('a fronted clause that opens on a preposition is still reported', () => {
    assert.deepEqual(statements('Despite the rain, the parade will go ahead, the mayor said.'), ['Despite the rain, the parade will go ahead']);
  });
});

describe('a circumstance after the cue', () => {
  test('"X said as she opened the session." reports nothing after a quote that ends on "!"', () => {
    assert.deepEqual(statements('“We cast our votes for the next mayor, Jane Doe!” Senator Ann Lee said as she opened the session.'), []);
  });

  test('"said while visiting the plant that ..." reports the clause after "that"', () => {
    assert.deepEqual(statements('The mayor said while visiting the plant that the jobs would stay.'), ['the jobs would stay']);
  });

  test('"said as a result of ..." is no circumstance of the saying', () => {
    assert.deepEqual(statements('The mayor said as a result of the storm the bridge would close.'), ['as a result of the storm the bridge would close']);
  });
});

describe('a quoted term alone', () => {
  test('"the way they say “huge crowds.”" is no statement', () => {
    assert.deepEqual(statements('They mocked each other, copying each candidate and the way they say “huge crowds.” Then they left.'), []);
  });

  test('a quoted term after a cue set off by commas ends a clause, and stays', () => {
    assert.deepEqual(statements('Tax relief is given for jobs. There was, Ann Lee said, “an implicit bargain.”'), ['“an implicit bargain.”']);
  });

  test('"described as" set off after a name is the description alone, without whom it describes: no statement (labels: a fragment)', () => {
    assert.deepEqual(statements('The list shows Mr. Pinchuk, described as one of the country’s “most successful businessmen,” among those invited.'), []);
  });

  test('a quoted fragment with a clause around it stays a statement', () => {
    assert.deepEqual(statements('Lee called the plan “a disaster for the whole city.”'), ['the plan “a disaster for the whole city.”']);
  });
});

describe('a cue set off after a conjunction', () => {
  test('"X and, the coach said, Y" reports Y only', () => {
    assert.deepEqual(statements('Ortiz hurt his knee in training last week and, the coach said, the staff felt resting him was best.'), ['the staff felt resting him was best']);
  });
});

describe('the recipient of "told" and its appositive', () => {
  test('"told his mother, team doctor Ann Ortiz, that ..." reports the clause after "that"', () => {
    assert.deepEqual(statements('Before practice, Ortiz told his mother, team doctor Ann Ortiz, that he would stay another year.'), ['he would stay another year']);
  });

  test('a clause between the commas is no appositive', () => {
    assert.deepEqual(statements('Lee told reporters, the plan is dead, that much is clear.'), ['the plan is dead, that much is clear']);
  });
});

describe('a cleft around a mid cue is one statement', () => {
  test('"It\'s that X, he said, that ..." and its word-split form', () => {
    assert.deepEqual(statements("It's that fan base, Lee said, that figured in her decision."), ["It's that fan base, Lee said, that figured in her decision"]);
    assert.deepEqual(statements('It ’ s that fan base, Lee said, that figured in her decision.'), ['It ’ s that fan base, Lee said, that figured in her decision']);
  });
});

describe('numbers that claim nothing', () => {
  test('"100 percent" before an adjective that ends its phrase says "completely"', () => {
    assert.deepEqual(figures('“I will go when I feel I am 100 percent ready,” Lee said.'), []);
    assert.deepEqual(figures('“The claims are 100 percent wrong,” Lee said.'), []);
    assert.deepEqual(figures('“She is 100 percent committed to the process,” Lee said.'), []);
  });

  test('a share before a noun is a figure', () => {
    assert.deepEqual(figures('Officials said 100 percent renewable power is the goal.'), ['100 percent']);
  });

  test('a number word standing for people already named', () => {
    assert.deepEqual(figures('The two both seemed well known in town.'), []);
    assert.deepEqual(figures('These two cut their teeth in a small town.'), []);
    assert.deepEqual(figures('“We mourn the death of these three people,” the mayor said.'), []);
  });

  test('a capitalised unit of time after digits is a title', () => {
    assert.deepEqual(figures('12 Days will open next week. The author of the 12 Days book spoke.'), []);
    assert.deepEqual(figures('The storm lasted 12 hours.'), ['12 hours']);
  });

  test('a half named by its place measures nothing', () => {
    assert.deepEqual(figures('He would have gone in the lower half of the first round. Half of the voters stayed home.'), ['Half of the voters']);
  });

  test('a count of people with a capitalised name stays a figure', () => {
    assert.deepEqual(figures('More than 300 Lithuanians had taken shelter in the school.'), ['More than 300 Lithuanians']);
  });
});
