import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"he" after a clause whose cue follows it', () => {
  test('"X did ..., said Officer Y. He said ...": the pronoun is the speaker, not the subject of the clause reported', () => {
    assert.deepEqual(
      speakers(
        'Forward Mark Olsen was detained early on Friday on suspicion of burglary. Olsen broke a window of the shop shortly after 3 a.m. on Main Street in Dayton, said Ohio State Patrol Officer Dan Berg. He said he did not know what Olsen had taken.',
      ),
      ['Dan Berg', 'Dan Berg'],
    );
    // Another cue verb, the speaker's role set off after the name, and the plain order "Name said".
    assert.deepEqual(
      speakers(
        'Goalkeeper Tom Rourke was released by the club on Monday. Rourke had missed three training sessions in a row, explained Peter Marsh, the club secretary. He added that the club wished Rourke well.',
      ),
      ['Peter Marsh', 'Peter Marsh'],
    );
    assert.deepEqual(
      speakers(
        'Nurse Anna Kowal was hired by the clinic in May. Kowal had worked nights for a decade, Mary Pruitt said. She said the clinic was lucky to have Kowal.',
      ),
      ['Mary Pruitt', 'Mary Pruitt'],
    );
  });

  test('"Name said X ..., while Y ... . “...,” he said": a clause of the report with a subject of its own leaves "he" the speaker\'s', () => {
    assert.deepEqual(
      speakers(
        'Mayor Tom Walsh confirmed that Peter Harlow and Mark Quinlan were detained Monday. Walsh said Harlow is accused of fraud, while Quinlan is accused of taking bribes. "This has been a long investigation," he told the Courier.',
      ),
      ['Tom Walsh', 'Tom Walsh', 'Tom Walsh'],
    );
    // The speaker named in full, and "and" before the clause's own subject.
    assert.deepEqual(
      speakers(
        'Two wardens were suspended on Friday. Governor Paul Adler said Colm Brady had left a gate open, and Ivan Petrov had slept on duty. "We will not tolerate it," he said.',
      ),
      ['Paul Adler', 'Paul Adler'],
    );
  });

  test('an organisation or a pronoun after the clause leaves "he" with the person the clause is about', () => {
    assert.deepEqual(
      speakers(
        'The club met on Monday. Midfielder Tom Rourke will leave the club at the end of the season, the Rovers announced. He said he was grateful to the fans.',
      ),
      ['Rovers', 'Tom Rourke'],
    );
  });
});

describe('a fronted phrase that ends on a quoted title', () => {
  test('"Speaking on NBC’s “Morning Hour,” Name conceded ..., but said": the comma inside the title\'s marks ends the phrase', () => {
    assert.deepEqual(
      speakers(
        'The mayor faced questions all week. Speaking Monday on NBC’s “Morning Hour,” Dalton conceded that the budget figures in his report were wrong, but said his office had found the missing receipts.',
      ),
      ['Dalton'],
    );
    // Another opener and cue: "Asked on ..., Name ..., but added that".
    assert.deepEqual(
      speakers(
        'The mayor faced questions all week. Asked on Radio Five’s “Drive Time,” Priya Sandhu conceded that the plan had stalled, but added that work would resume in June.',
      ),
      ['Priya Sandhu'],
    );
  });
});

describe('a verb pair in a clause set off by ", while"', () => {
  test('"X said A, while the rebels reject the charges and insist B": the second verb of the pair is the clause subject\'s', () => {
    assert.deepEqual(
      speakers(
        'Talks resumed on Monday. The ministry said the border stays open, while rebel commanders reject the charges of looting and insist that they protect civilians.',
      ),
      ['ministry', 'rebel commanders'],
    );
    // "whereas", a possessive before the head, and "says".
    assert.deepEqual(
      speakers(
        'The season was delayed. The league said the season will start in May, whereas the players’ union disputes the schedule and says that the talks have stalled.',
      ),
      ['league', 'players’ union'],
    );
  });
});

describe('what a paper printed speaks for the paper', () => {
  test('"“...,” reads a Tuesday editorial in The Ledger" and "said a report in the Ledger": the paper, a day before the noun its date', () => {
    const text = (cue: string) =>
      `The senator faced criticism at home. “There are slugs with more backbone than Senator Hale,” ${cue}. Hale did not respond.`;
    assert.deepEqual(speakers(text('reads a Tuesday editorial in The Carrisford Ledger')), [
      'Carrisford Ledger',
    ]);
    assert.deepEqual(speakers(text('reads an editorial in the Carrisford Ledger')), ['Carrisford Ledger']);
    assert.deepEqual(speakers(text('said a Friday report in the Carrisford Ledger')), ['Carrisford Ledger']);
  });
});
