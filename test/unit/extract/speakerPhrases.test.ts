import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('speaker phrases: names, roles and places', () => {
  test('a month or a modal that is also a name ends a name run: "Theresa May said"', () => {
    assert.equal(parseSpeakerPhrase('Theresa May')?.name, 'Theresa May');
    assert.equal(parseSpeakerPhrase('Prime Minister Theresa May')?.name, 'Theresa May');
    assert.deepEqual(speakers('“We will leave the union in March,” Theresa May said.'), ['Theresa May']);
    assert.deepEqual(speakers('Theresa May spoke.\n\n“We will go,” Mrs. May said.'), ['Theresa May']);
    // A date stays a date: "Tuesday May", "in May".
    assert.equal(parseSpeakerPhrase('Tuesday May Smith')?.name, 'Smith');
    assert.deepEqual(speakers('“We will go,” the mayor said in May 2016.'), ['mayor']);
  });

  test('"She’s suggesting that ...": a pronoun with a contracted auxiliary is the pronoun, never a speaker named "She"', () => {
    assert.equal(parseSpeakerPhrase('She’s')?.refersTo, 'person');
    assert.equal(parseSpeakerPhrase("He'd")?.refersTo, 'person');
    const text = 'Mayor Ann Pellow is digging in for a long fight. She’s suggesting that towns she won should back her plan.';
    assert.deepEqual(speakers(text), ['Ann Pellow']);
  });
});

describe('speaker phrases: organisations and plural titles', () => {
  test('"the United Nations said": a capitalised run after "the", with no title, is an organisation', () => {
    const un = extractMentions('“The talks will resume in Geneva next week,” the United Nations said in a statement.').mentions[0];
    assert.deepEqual([un?.speaker, un?.speakerType], ['United Nations', 'organisation']);
    assert.equal(parseSpeakerPhrase('The Sierra Club')?.type, 'organisation');
    // A title keeps a person a person: "the Rev. Al Sharpton".
    assert.deepEqual([parseSpeakerPhrase('the Rev. Al Sharpton')?.name, parseSpeakerPhrase('the Rev. Al Sharpton')?.type], ['Al Sharpton', 'person']);
  });

  test('"Reps." and "Sens." are titles whose period ends no sentence', () => {
    assert.deepEqual(speakers('Paul Ryan spoke.\n\n“The bill is dead on arrival in the House,” said Reps. Paul Ryan and Nancy Pelosi.'), ['Paul Ryan']);
    const phrase = parseSpeakerPhrase('Sens. Tim Kaine and Mark Warner');
    assert.deepEqual([phrase?.name, phrase?.type], ['Tim Kaine', 'person']);
  });
});

describe('speaker phrases: who is served, the place and the body are not the speaker', () => {
  test('"an aide to Mr. X said" is an unnamed source described, never X', () => {
    const text = 'Mitch McConnell spoke on Monday.\n\n“The senator will not vote for the bill,” an aide to Mr. McConnell said.';
    assert.deepEqual(speakers(text), ['aide to Mr. McConnell']);
    assert.equal(parseSpeakerPhrase('a lawyer for Ann Lee')?.name, 'lawyer for Ann Lee');
    assert.deepEqual([parseSpeakerPhrase('a source close to Mr. Trump')?.name, parseSpeakerPhrase('a source close to Mr. Trump')?.head], ['source close to Mr. Trump', 'source']);
  });

  test('"the Senator from Texas", "the Mayor of New York City": the place is not the speaker', () => {
    assert.deepEqual(speakers('Ted Cruz spoke on Monday.\n\n“We will win this state,” the Senator from Texas said.'), ['senator from Texas']);
    // The senator the text named with the title is the one "the Senator from Texas" points back at.
    assert.deepEqual(speakers('Senator Ted Cruz spoke on Monday.\n\n“We will win this state,” the Senator from Texas said.'), ['Ted Cruz']);
    assert.equal(parseSpeakerPhrase('the Mayor of New York City')?.name, 'mayor of New York City');
    assert.equal(parseSpeakerPhrase('Senator Ted Cruz of Texas')?.name, 'Ted Cruz');
    // A body's own name keeps its "of": "Bank of America".
    assert.equal(parseSpeakerPhrase('Bank of America')?.name, 'Bank of America');
  });

  test('"Mr. Morgan of the Sierra Club said": the titled surname speaks, resolved to the full name', () => {
    assert.deepEqual(parseSpeakerPhrase('Mr. Morgan of the Sierra Club')?.name, 'Morgan');
    const text = 'Dan Morgan leads a group.\n\n“We will fight this road in every court,” Mr. Morgan of the Sierra Club said.';
    assert.deepEqual(speakers(text), ['Dan Morgan']);
  });

  test('"Secretary of State John Kerry said": the name after the office, the office its role', () => {
    const phrase = parseSpeakerPhrase('Secretary of State John Kerry');
    assert.deepEqual([phrase?.name, phrase?.role, phrase?.type], ['John Kerry', 'Secretary of State', 'person']);
    const kerry = extractMentions('“The talks will resume in Geneva,” Secretary of State John Kerry said on Monday.').mentions[0];
    assert.deepEqual([kerry?.speaker, kerry?.role], ['John Kerry', 'Secretary of State']);
    assert.equal(parseSpeakerPhrase('the Secretary of State')?.name, 'Secretary of State');
  });
});

describe('speaker phrases: a long office title before the holder\'s name', () => {
  test('"Secretary of State for Transport Ana Lind", "Minister of Energy and Climate Change Tom Roe": the name is the holder\'s, the title the role', () => {
    assert.deepEqual(speakers('The rail strike began on Monday. Secretary of State for Transport Ana Lind said the strike was unjustified.'), ['Ana Lind']);
    assert.deepEqual(speakers('The rail strike began on Monday. Minister for Transport Ana Lind said the strike was unjustified.'), ['Ana Lind']);
    assert.deepEqual(speakers('The rail strike began on Monday. “We will not give in,” said Secretary of State for Transport Ana Lind.'), ['Ana Lind']);
    assert.deepEqual(speakers('The rail strike began on Monday. “We will not give in,” said Minister of Energy and Climate Change Tom Roe.'), ['Tom Roe']);
    const phrase = parseSpeakerPhrase('Secretary of State for Transport Ana Lind');
    assert.deepEqual([phrase?.name, phrase?.role], ['Ana Lind', 'Secretary of State for Transport']);
  });

  test('a title\'s body that runs on over "for" still ends where the name does not follow it', () => {
    assert.deepEqual(speakers('“We will not give in,” said Secretary of State Mark Pell.'), ['Mark Pell']);
    assert.deepEqual(speakers('“We will not give in,” said Secretary of the Treasury Janet Lowe.'), ['Janet Lowe']);
    assert.deepEqual(speakers('“We will not give in,” said President Ann Lee of Norland and Minister for Transport Tom Roe.'), ['Ann Lee']);
  });
});

describe('speaker phrases: words set off by a pair of dashes between the subject and its cue', () => {
  test('a description set off leaves the subject before it; names set off are the subject', () => {
    assert.deepEqual(speakers('The dam opened on Monday. The inspectors — two engineers and a geologist — said the wall was sound.'), ['inspectors']);
    assert.deepEqual(speakers('The dam opened on Monday. Ada Pell — a geologist from Aldham — said the wall was sound.'), ['Ada Pell']);
    assert.deepEqual(speakers('The dam opened on Monday. “The wall is sound,” the inspectors — two engineers and a geologist — said.'), ['inspectors']);
    assert.deepEqual(speakers('The dam opened on Monday. “The wall is sound,” the inspectors — Ada Pell and Tom Roe — said.'), ['Ada Pell']);
  });

  test('a clause between dashes keeps its own subject; an aside set off is not the subject', () => {
    assert.deepEqual(speakers('Prices rose — analysts said the dam was a risk — and fell.'), ['analysts']);
    // An aside set off that names someone is no more of the subject than a description is.
    assert.deepEqual(speakers('The dam opened on Monday. Local leaders — and, in particular, Sen. Ada Pell — insisted that the wall be rebuilt.'), ['Local leaders']);
  });
});

describe('speaker phrases: a described source after an inverted cue', () => {
  test('"said one Democratic source": the capitalised word modifies the role noun, which heads the subject', () => {
    const source = extractMentions('“The deal is likely to pass the Senate next week,” said one Democratic source familiar with the talks.').mentions[0];
    assert.deepEqual([source?.speaker, source?.speakerType], ['one democratic source', 'person']);
    const spokesman = extractMentions('“The deal is likely to pass,” said a Trump spokesman.').mentions[0];
    assert.deepEqual([spokesman?.speaker, spokesman?.speakerType], ['Trump spokesman', 'person']);
    // A name after the role is still the speaker; an organisation stays one.
    assert.deepEqual(speakers('“The deal is likely to pass,” said a Trump campaign official, Jane Roe.'), ['Jane Roe']);
    assert.deepEqual(speakers('“The deal is likely to pass,” said the Kremlin on Monday.'), ['Kremlin']);
  });
});

describe('speaker phrases: a title agrees with the name it resolves to', () => {
  test('"Mr. Clinton" is Bill and "Mrs. Clinton" Hillary, whichever the text named first', () => {
    assert.deepEqual(speakers('Hillary Clinton spoke on Monday. Bill Clinton spoke too.\n\n“I will not step aside,” Mr. Clinton said.'), ['Bill Clinton']);
    assert.deepEqual(speakers('Bill Clinton spoke on Monday. Hillary Clinton spoke too.\n\n“I will not step aside,” Mrs. Clinton said.'), ['Hillary Clinton']);
    // No full name agrees: the surname as printed, never the woman's full name.
    assert.deepEqual(speakers('Kate Brown spoke to reporters on Monday.\n\n“I will not step aside,” Mr. Brown said.'), ['Brown']);
  });
});

describe('speaker phrases: a participle clause before the subject', () => {
  test('"Having told reporters ..., X said ...": the main clause after the comma is the statement, X its speaker', () => {
    const [statement] = extractMentions('Having told reporters on Monday that he would run, John Smith said the race was open to anyone who wanted it.').mentions;
    assert.deepEqual([statement?.speaker, statement?.text], ['John Smith', 'the race was open to anyone who wanted it']);
    // A subordinate clause keeps its own reading: "When the vote came, the senator said ...".
    assert.deepEqual(speakers('When the vote came, the senator said the bill would fail in the House next week.'), ['senator']);
  });
});

describe('speaker phrases: a verb of saying before a colon', () => {
  test('"The New York Times reports: “...”": the outlet speaks, "reports" is the cue', () => {
    const [quote] = extractMentions('The New York Times reports: “The deal is likely to pass the Senate next week.”').mentions;
    assert.deepEqual([quote?.speaker, quote?.speakerType, quote?.cue], ['New York Times', 'organisation', 'reports']);
  });
});

describe('speaker phrases: a role WordNet knows, kept apart from the name', () => {
  const read = (phrase: string) => {
    const parsed = parseSpeakerPhrase(phrase);
    return [parsed?.name, parsed?.role];
  };

  test('a capitalised kind of person ends the role before a name of two words or more', () => {
    assert.deepEqual(read('New York City Public Advocate Trish James'), ['Trish James', 'New York City Public Advocate']);
    assert.deepEqual(read('Senate Intelligence Ranking Democrat Dianne Feinstein'), ['Dianne Feinstein', 'Senate Intelligence Ranking Democrat']);
    assert.deepEqual(read('Senate Minority Whip Dick Durbin'), ['Dick Durbin', 'Senate Minority Whip']);
    assert.deepEqual(
      speakers('“There is no deal yet,” New York City Public Advocate Trish James said.'),
      ['Trish James'],
    );
  });

  test('a named person, a first name after a title, a trade as a surname and a body are no role', () => {
    // "Herman" is a bandleader in WordNet, an instance, not a kind of person.
    assert.deepEqual(read('European Union President Herman Van Rompuy'), ['Herman Van Rompuy', 'European Union President']);
    // Right after a title the word is a first name, whatever WordNet files it under ("jack": a man).
    assert.equal(read('Coach Jack Del Rio')[0], 'Jack Del Rio');
    assert.equal(read('U.S. District Judge Michael W. Mosman')[0], 'Michael W. Mosman');
    // One word left after it is a surname, not a name: "Baker" is a trade.
    assert.equal(read('Mary Baker Eddy')[0], 'Mary Baker Eddy');
    // A run that ends on a common noun is a body's name: "Canadian" is a person in WordNet, "Police" a kind of group.
    assert.equal(read('Royal Canadian Mounted Police')[0], 'Royal Canadian Mounted Police');
    assert.equal(read('CARA Family Detention Pro Bono Project')[0], 'CARA Family Detention Pro Bono Project');
  });

  test('a role that ends on a kind of person no list holds is kept; an adjective is not a role', () => {
    assert.deepEqual(read('his agent Mark Roesler'), ['Mark Roesler', 'agent']);
    assert.deepEqual(read('Dallas Cowboys quarterback Tony Romo'), ['Tony Romo', 'Dallas Cowboys quarterback']);
    // "senior", "liberal" and "super" are people in WordNet too, but adjectives first here.
    assert.equal(read('several senior Democrats')[1] ?? null, null);
  });
});

describe('speaker phrases: a body and the place where it sits', () => {
  test('"the Harbour Board in Dunmore found that": the body speaks, not the place', () => {
    assert.equal(parseSpeakerPhrase('the Harbour Board in Dunmore')?.name, 'Harbour Board');
    assert.equal(parseSpeakerPhrase('Norland’s 3rd Circuit Court of Appeals at Kell')?.name, 'Norland’s 3rd Circuit Court of Appeals');
    assert.deepEqual(speakers('Norland’s 3rd Circuit Court of Appeals at Kell found that the ferry levy was lawful.'), ['Norland’s 3rd Circuit Court of Appeals']);
    // A person at a place keeps their name; a body with no word that marks one is left as it was read.
    assert.equal(parseSpeakerPhrase('Ruth Mallory at Kell')?.name, 'Ruth Mallory');
  });
});
