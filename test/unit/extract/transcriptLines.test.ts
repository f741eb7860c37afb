import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** Quotes and statements of a text: kind, words, speaker and where the speaker is printed. */
const spoken = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => ({
      kind: m.kind,
      text: m.text,
      speaker: m.speaker,
      printed: m.speakerStart === null ? null : text.slice(m.speakerStart, m.speakerEnd ?? m.speakerStart),
    }));

describe('interview transcripts: a speaker label opens each line', () => {
  const interview = [
    'Governor Anna Kowalski (D-ME) spoke to CNN’s Mark Reyes on Sunday about the port strike.',
    '',
    'Partial transcript as follows:',
    '',
    'MARK REYES: Governor, will the ports reopen this week?',
    '',
    'KOWALSKI: I believe they will reopen by Thursday, and the talks are going well.',
    '',
    'REYES: And the workers’ demands?',
    '',
    'KOWALSKI: We have met most of them already.',
  ].join('\n');

  test('each line is said by the person its label names, in the full form the article gives; the interviewer’s questions are no claims', () => {
    const lines = spoken(interview).filter((m) => m.printed !== null && /^[A-Z ]+$/.test(m.printed));
    assert.deepEqual(lines, [
      {
        kind: 'statement',
        text: 'I believe they will reopen by Thursday, and the talks are going well.',
        speaker: 'Anna Kowalski',
        printed: 'KOWALSKI',
      },
      {
        kind: 'statement',
        text: 'We have met most of them already.',
        speaker: 'Anna Kowalski',
        printed: 'KOWALSKI',
      },
    ]);
  });

  test('a label that only asks is the interviewer’s; a guest’s line ending on a question stays, and so do the lines of a dialogue where everyone only asks', () => {
    const text = [
      'Mayor Lena Brandt talked to radio host Tom Quill on Friday about the bus fares.',
      '',
      'TOM QUILL: Will fares go up this year?',
      '',
      'BRANDT: They will stay where they are. Who would vote for a rise now?',
      '',
      'QUILL: Even with the deficit?',
      '',
      'BRANDT: The deficit is shrinking, and the council knows it.',
    ].join('\n');
    assert.deepEqual(
      spoken(text).map((m) => [m.text, m.speaker]),
      [
        ['They will stay where they are. Who would vote for a rise now?', 'Lena Brandt'],
        ['The deficit is shrinking, and the council knows it.', 'Lena Brandt'],
      ],
    );
    const riddles = [
      'Two comics, Ned Pike and Sal Moreno, traded riddles on stage.',
      '',
      'PIKE: What has keys but opens no doors?',
      '',
      'MORENO: What runs but never walks?',
      '',
      'PIKE: Why is the sea so salty?',
    ].join('\n');
    assert.equal(spoken(riddles).filter((m) => m.printed !== null && /^[A-Z]+$/.test(m.printed)).length, 3);
  });

  test('"Partial transcript" is nobody', () => {
    assert.ok(spoken(interview).every((m) => m.speaker !== 'Partial transcript'));
  });

  test('lines printed inside a quote mark lose the mark and the label, and a quoted paragraph after one goes on with it', () => {
    const text = [
      'Senator Paul Okafor joined Fox News host Dana Whitfield on Sunday.',
      '',
      '"WHITFIELD: Senator, the bill looks dead to me.',
      '',
      '"OKAFOR: Not at all. We will bring it back in the spring.',
      '',
      '"We have the votes, and the leadership knows it.',
    ].join('\n');
    assert.deepEqual(
      spoken(text).map((m) => [m.text, m.speaker]),
      [
        ['Senator, the bill looks dead to me.', 'Dana Whitfield'],
        ['Not at all. We will bring it back in the spring.', 'Paul Okafor'],
        ['We have the votes, and the leadership knows it.', 'Paul Okafor'],
      ],
    );
  });

  test('capitalised labels count in a dialogue where the article prints the names', () => {
    const text = [
      'A panel led by MSNBC’s Carla Benton and Reuters’ Omar Haddad argued about the tax on Saturday.',
      '',
      'Benton: The tax sounds great on paper.',
      '',
      'Haddad: Everyone has a different picture of what speculation is.',
      '',
      'Benton: Well, speculation is bad for savers.',
    ].join('\n');
    assert.deepEqual(
      spoken(text).map((m) => m.speaker),
      ['Carla Benton', 'Omar Haddad', 'Carla Benton'],
    );
  });

  test('a list of labels, a tally and an interview’s Q and A are no transcript', () => {
    const list = [
      'Where each candidate stands:',
      '',
      'Sanders: Win in a walk.',
      '',
      'Rubio: Finish second, ahead of the pack.',
      '',
      'Cruz: Just hang on until March.',
    ].join('\n');
    assert.deepEqual(spoken(list), []);
    const tally = [
      'The count so far:',
      '',
      'Clinton: 2,316.',
      '',
      'Sanders: 1,547.',
      '',
      'Clinton: 547.',
      '',
      'Sanders: 46.',
    ].join('\n');
    assert.deepEqual(spoken(tally), []);
    const qa = [
      'Q: Are you running again?',
      '',
      'A: No, I am not.',
      '',
      'Q: Why not?',
      '',
      'A: It is time for someone new.',
    ].join('\n');
    assert.deepEqual(spoken(qa), []);
  });

  test('a label in capitals that names nobody and speaks once ("VIDEO:") is no one’s line', () => {
    const text = [
      '"RAMOS: You lied to them.',
      '',
      '"VIDEO: They all told me it was a video.',
      '',
      '"RAMOS: Secretary, you knew it.',
    ].join('\n');
    const video = spoken(text).find((m) => m.text.includes('told me'));
    assert.equal(video?.speaker ?? null, null);
    assert.deepEqual(
      spoken(text)
        .filter((m) => m.speaker === 'Ramos')
        .map((m) => m.text),
      ['You lied to them.', 'Secretary, you knew it.'],
    );
  });

  test('a label that names a kind of line, not a person, attributes nothing ("QUESTION:", "EDITOR\'S NOTE:")', () => {
    const text = [
      'The minister answered readers’ questions on Friday.',
      '',
      'QUESTION: When will the ports reopen after the strike?',
      '',
      'ANSWER: By Thursday, if the talks go as well as they have.',
      '',
      'QUESTION: And the workers’ demands on pay?',
      '',
      'ANSWER: We have met most of them already, as promised.',
      '',
      'EDITOR’S NOTE: This interview was edited for length.',
    ].join('\n');
    const speakers = spoken(text).map((m) => m.speaker);
    assert.ok(!speakers.some((s) => s !== null && /question|answer|note/i.test(s)), speakers.join(', '));
  });
});

describe('an advice column: "DEAR ..." opens a letter, it is no speaker label', () => {
  const column = [
    'DEAR MARGO: My neighbour of ten years parks his van across our drive every Sunday. He says the street is public. Am I wrong to mind? -- BLOCKED IN BRISTOL',
    '',
    'DEAR BLOCKED IN: You are not wrong. Leave him a polite note first, and if that fails, ask the council about a white line.',
    '',
    'DEAR MARGO: My sister borrowed my wedding dress two years ago and still has not returned it. -- WAITING IN WATFORD',
    '',
    'DEAR WAITING: Ask for it back plainly and give her a date.',
  ].join('\n');

  test('neither the letters nor the answers are said by the one they are written to', () => {
    assert.deepEqual(
      spoken(column).filter((m) => /^DEAR/.test(m.printed ?? '')),
      [],
    );
  });
});

describe('interviews printed as "Q:" and "A:": the answers are the interviewee’s', () => {
  const interview = [
    'Harbor Books has a new publisher, Ilse Marchetti, who joined from a rival house in May.',
    '',
    'We asked her about the year ahead.',
    '',
    'Q: What surprised you most in your first month?',
    '',
    'A: How quickly the backlist sells. We had assumed the new titles would carry the spring.',
    '',
    'Our readers in smaller towns still order by post, and that keeps the warehouse busy all year round.',
    '',
    'Q: Favorite authors?',
    '',
    'A: Tove Jansson, Italo Calvino and Grace Paley',
    '',
    'Q: What comes next for the imprint?',
    '',
    'A: We will open a children’s list in the autumn and hire two editors for it.',
    '',
    'Thanks for your time, and good luck with the new season at the press!',
  ].join('\n');
  const lines = () => spoken(interview).filter((m) => m.speaker === 'Ilse Marchetti');

  test('each answer, and a paragraph between an answer and the next question, is the person the text names before the first question', () => {
    assert.deepEqual(
      lines().map((m) => m.text),
      [
        'How quickly the backlist sells. We had assumed the new titles would carry the spring.',
        'Our readers in smaller towns still order by post, and that keeps the warehouse busy all year round.',
        'We will open a children’s list in the autumn and hire two editors for it.',
      ],
    );
  });

  test('the questions, an answer that only names things, and the writer’s words after the last answer are nobody’s line', () => {
    const texts = spoken(interview).map((m) => m.text);
    assert.ok(!texts.some((t) => /surprised you|Favorite authors|Tove Jansson|Thanks for your time/.test(t)));
  });

  test('with two people named as often before the first question, the answers are nobody’s', () => {
    const two = interview.replace('We asked her about the year ahead.', 'Ilse Marchetti spoke with Paul Okafor of the trade weekly. Paul Okafor asked about the year ahead.');
    assert.deepEqual(
      spoken(two).filter((m) => /backlist sells/.test(m.text)).map((m) => m.speaker),
      [],
    );
  });

  test('a single "Q:" and "A:" is no interview', () => {
    const one = ['Ilse Marchetti runs Harbor Books.', '', 'Q: What comes next?', '', 'A: We will open a children’s list in the autumn and hire two editors.'].join('\n');
    assert.ok(!spoken(one).some((m) => /children’s list/.test(m.text) && m.speaker === 'Ilse Marchetti'));
  });
});

describe('an interview whose questions print their "Q" glued to the first word', () => {
  const interview = [
    'Former mayor Ruth Okonjo talked this week about the river clean-up she has led for a decade.',
    '',
    'QThere are many causes that compete for a former mayor’s time. Why this one?',
    '',
    'A: Because the river was dying, and the town grew up along its banks for two centuries.',
    '',
    'QWhat would have happened without the volunteers?',
    '',
    'A: I think the fish would have gone within five years, and the mills would never have reopened.',
  ].join('\n');

  test('each answer is the person the text names before the first question; the questions are nobody’s', () => {
    const lines = spoken(interview).filter((m) => m.speaker === 'Ruth Okonjo').map((m) => m.text);
    assert.deepEqual(lines, [
      'Because the river was dying, and the town grew up along its banks for two centuries.',
      'I think the fish would have gone within five years, and the mills would never have reopened.',
    ]);
    assert.ok(!spoken(interview).some((m) => /compete for|without the volunteers/.test(m.text) && m.speaker !== null));
  });
});

describe('an interviewee whose surname is also a thing’s noun', () => {
  test('is still the person a first name opens ("Nadia Birch"), not a firm ("Harbor Books")', () => {
    const interview = [
      'Former mayor Nadia Birch talked this week about the river clean-up she has led for a decade.',
      '',
      'Q: Why this cause?',
      '',
      'A: Because the river was dying, and the town grew up along its banks for two centuries.',
      '',
      'Q: What would have happened without the volunteers?',
      '',
      'A: I think the fish would have gone within five years, and the mills would never have reopened.',
    ].join('\n');
    assert.deepEqual(
      spoken(interview).filter((m) => m.speaker === 'Nadia Birch').map((m) => m.text),
      [
        'Because the river was dying, and the town grew up along its banks for two centuries.',
        'I think the fish would have gone within five years, and the mills would never have reopened.',
      ],
    );
  });
});
