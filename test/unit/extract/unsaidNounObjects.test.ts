import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => m.text);

describe('a noun object of a cue with a relative clause, and a denied notion, report nothing (issue 15)', () => {
  test('"notes the awkward problem that would arise ...": the thing noted, not what was said of it', () => {
    assert.deepEqual(
      statements(
        'The harbour master notes the awkward problem that would arise with only two pilots for three ships.',
      ),
      [],
    );
    assert.deepEqual(statements('Ann Lee recalled the storm that had closed the port for a week.'), []);
  });

  test('a "that" clause of the noun\'s content, or a subject that holds a relative clause, still reports', () => {
    assert.deepEqual(statements('Tom Ray noted the fact that the ferry had failed twice.'), [
      'the fact that the ferry had failed twice',
    ]);
    assert.deepEqual(statements('Tom Ray noted the ferry that was late had failed twice.'), [
      'the ferry that was late had failed twice',
    ]);
  });

  test('"denied the notion that ...": the words alone say the reverse of the denial; a denied clause stays', () => {
    assert.deepEqual(
      statements('Reached by phone, Ann Lee denied the notion that a ferry strike is coming.'),
      [],
    );
    assert.deepEqual(statements('The harbour board denied that the pier would close.'), [
      'the pier would close',
    ]);
  });
});

describe('writing under a name reports nothing, and the quoted name is no quote (issue 15)', () => {
  test('"wrote under the pen name “Sea Dog,” but ...": an act of writing; "wrote under oath that ..." reports', () => {
    const text = 'Ann Lee wrote under the pen name “Sea Dog,” but it did not hide her for long.';
    assert.deepEqual(extractMentions(text).mentions, []);
    assert.deepEqual(statements('Ann Lee writes under a pseudonym for the island paper.'), []);
    assert.deepEqual(statements('Tom Ray wrote under oath that the ferry had sailed.'), [
      'the ferry had sailed',
    ]);
  });
});

describe('a subject opened by "neither" negates its cue (issue 15)', () => {
  test('"Neither the mayor nor the council has announced ...": nothing said; "neither" elsewhere changes nothing', () => {
    assert.deepEqual(
      statements(
        'Neither the mayor nor the council has announced a date for the vote, but the ferry already runs in summer.',
      ),
      [],
    );
    assert.deepEqual(statements('Neither candidate said the pier will close.'), []);
    assert.deepEqual(statements('Tom Ray, who backed neither, said the pier will close.'), [
      'the pier will close',
    ]);
    assert.deepEqual(statements('The mayor said neither side would win.'), ['neither side would win']);
  });
});

describe('an object that only names the news reports none of it (issue 15 item 3)', () => {
  test('"announced the news in a tweet", "confirmed the sad news about ... to the Gazette": no words of the news', () => {
    assert.deepEqual(statements('“We are thrilled,” the producers said in a statement. Singer Ana Lopes announced the news in a tweet.'), []);
    assert.deepEqual(statements('The ferry operator confirmed the sad news about the missing sailor to the Harbour Gazette.'), []);
  });

  test('the news spelled out, or a clause whose subject is the news, is reported', () => {
    assert.deepEqual(statements('The ferry operator confirmed the news that the sailor had been found.'), ['the news that the sailor had been found']);
    assert.deepEqual(statements('The mayor said the news was a shock to the town.'), ['the news was a shock to the town']);
    assert.deepEqual(statements('The ferry operator announced the news reports were wrong.'), ['the news reports were wrong']);
  });
});
