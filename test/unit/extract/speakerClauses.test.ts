import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('speakers set off by a clause of their own', () => {
  test('"“...,” Name, who has led the city, said": the relative clause after the name is no clause before the cue', () => {
    assert.deepEqual(speakers('The council met.\n\n“We are going to fix the roads this year,” Paula Grantham, who has led the city since 2010, said at the time.'), ['Paula Grantham']);
    assert.deepEqual(speakers('The council met.\n\n“The vote was never close,” Warrender, who has not endorsed anyone, told reporters in Leeds.'), ['Warrender']);
    // A clause of its own before the comma is still no subject.
    assert.deepEqual(speakers('The council met.\n\n“Crime is rare here, and it was rare then,” police say.'), ['police']);
  });
});

describe('the main clause after a fronted phrase speaks', () => {
  test('a fronted clause or prepositional phrase set off by commas is no subject: ", saying" and "and said" go to the main clause', () => {
    assert.deepEqual(speakers('The polls closed.\n\nWhile toasting big wins in five states on Tuesday night, Fulbright mocked the record of his rival, saying she would be a weak leader.'), ['Fulbright']);
    assert.deepEqual(speakers('The polls closed.\n\nAt a rally in Dover, Del., on Tuesday, Senator Rob Hanley of Maine endorsed his rival, saying that she would make a fine president.'), ['Rob Hanley']);
    assert.deepEqual(speakers('The case went on.\n\nBeyond the camera footage, the affidavit cited two interviews and said that the officer had seen bruises.'), ['affidavit']);
  });

  test('"Name, who lost her son in Aurora, Colorado, in 2012, said that": the region of a place is no name that opens a clause', () => {
    assert.deepEqual(speakers('The hearing began.\n\nSandra Pell, who lost her son in Aurora, Colorado, in July 2012, said that the senator had been rude to her family.'), ['Sandra Pell']);
  });

  test('a verb in lower case after a name ends the subject: "Mrs. Dalton shook her head and said"', () => {
    assert.deepEqual(speakers('The vote was near.\n\nAsked whether her husband would serve, Mrs. Dalton shook her head and said, “No.”'), ['Dalton']);
    assert.deepEqual(speakers('The vote was near.\n\nIn a speech on Tuesday, Mr. Harmon struck a calm tone, saying he understood the job.'), ['Harmon']);
  });

  test('a subject of two common words runs to its verb: "a familiar voice celebrated", "his first five callers ranged"', () => {
    assert.deepEqual(speakers('It was late.\n\nIn the hours after the fire, a familiar voice cheered on the radio: “We have arrived.”'), ['familiar voice']);
    assert.deepEqual(speakers('It was late.\n\nAt the meeting, Mayor Brandt’s first five callers ranged from cool to hostile: “Is it time to change course?”'), ['Mayor Brandt’s first five callers']);
  });

  test('a time before the subject is no part of it, and a verb pair after "when" is that clause\'s', () => {
    assert.deepEqual(speakers('First, party officials said the caucus would start at once. A few minutes later they changed course, opened the doors and said they would count every voter.'), ['party officials', 'party officials']);
    assert.deepEqual(speakers('The hall was full.\n\nSome in the crowd booed, and when Rubens thanked the city and said it was good to be home, nobody cheered.'), []);
  });
});

describe('the first person stays itself', () => {
  test('"I said" is never completed to a capitalised run that ends on "I" ("Had I received")', () => {
    assert.deepEqual(speakers('I feared a long term. Had I received a year or more, I could not have gone on. The judge turned to me.\n\n“Okay,” I said. “I was seventeen years old.”'), ['I', 'I']);
  });
});

describe('verbs of manner and the first person', () => {
  test('"scoffed Name", "Name fumed", "Name assured": verbs of how a quote was said are cues', () => {
    assert.deepEqual(speakers('The skaters met.\n\n“Silly boys,” scoffed Ariane Gill, 22, who helped found the group in 2014.'), ['Ariane Gill']);
    assert.deepEqual(speakers('The bill failed.\n\n“If they were serious, they would have backed it,” Toombs fumed on Tuesday.'), ['Toombs']);
  });

  test('"she" after a first-person narrator points back at the last person named, never at "I"', () => {
    assert.deepEqual(speakers('Megan Kell asked me about the verdict. Had I received a year, I would have lost. The judge was kind.\n\n“This is a big win for me,” I said. “Only you,” she said.'), ['I', 'Megan Kell']);
  });
});

describe('tellings reported with their "that"', () => {
  test('"related that" and "points out that" report a clause; the particle is no word of it; "related to" is no cue', () => {
    const mentions = (text: string) => extractMentions(text).mentions.filter((m) => m.kind !== 'number').map((m) => [m.speaker, m.text]);
    assert.deepEqual(mentions('The service ended.\n\nThe pastor further related that the next mayor would be the city’s 45th.'), [['pastor', 'the next mayor would be the city’s 45th']]);
    assert.deepEqual(mentions('The budget passed.\n\nHarlan points out that the state had cut its budget twice.'), [['Harlan', 'the state had cut its budget twice']]);
    assert.deepEqual(mentions('The budget passed.\n\nHarlan pointed out that the state had cut its budget twice.'), [['Harlan', 'the state had cut its budget twice']]);
    assert.deepEqual(mentions('The budget passed.\n\nThe cost is related to the price of oil.'), []);
  });
});

describe('a signature line after a quote', () => {
  test('a quote that is its paragraph, then "- Name." on a line of its own, is that name\'s; an agency credit after narration signs nothing', () => {
    assert.deepEqual(speakers('We check the claims of the debate.\n\n“Tollmakers and shippers pay zero taxes.”\n\n- Sandersen.\n\nThis is a complex issue.'), ['Sandersen']);
    assert.deepEqual(speakers('We check the claims of the debate.\n\n“I went to the bank before the crash.”\n\n- Hilda Clarkson\n\nShe tends to overstate it.'), ['Hilda Clarkson']);
    assert.deepEqual(speakers('He pointed at a man in the crowd and called him “my old friend from the coast.”\n\n- Reuters.'), []);
  });
});

describe('tokenised copy and inverted cues before a colon', () => {
  test('a right single mark set off after a full stop ends the sentence: the next subject is its own', () => {
    assert.deepEqual(speakers('The square filled at dusk.\n\nThe councillor said : ‘ We are in the thick of it. The students have gone home. ’ Mrs Orme later told reporters that two shop windows had been broken. She added that a guard had been hurt.'), ['councillor', 'Orme', 'Orme']);
  });

  test('"Lund ’ s older sister, Maria Lund, told ..." : a possessive set apart by tokenised copy is no subject for "she"', () => {
    assert.deepEqual(
      speakers('Deputies stopped Clara Lund on Friday, the sheriff said. Lund was 17. Lund ’ s aunt, Maria Lund, 52, told the Courier that her niece had been walking home. She added that her niece had no reason to run.'),
      ['sheriff', 'Maria Lund', 'Maria Lund'],
    );
  });

  test('"One big difference, said Brill: “...”": a cue set off by a comma with only a name after it up to the colon is inverted', () => {
    assert.deepEqual(speakers('Lena Ortiz painted for decades. "She never stopped,\'\' said Tom Brill. The main thing about her work, said Brill: "She painted only at night.\'\''), ['Tom Brill', 'Tom Brill']);
    // A cue that takes a hearer names the hearer after it, not the speaker.
    assert.notDeepEqual(speakers('Senator Ada Kemp was critical of the plan, telling Channel Nine: "It is a poor plan and it will fail."').at(-1), 'Channel Nine');
  });

  test('"The pastor said, “...” He declined to say ...": a refusal after a quote is no cue of it; the cue before it is', () => {
    assert.deepEqual(speakers('The barn burned on Sunday. The Grace Chapel’s senior pastor said, "Somebody set it alight, and we want to know why." He declined to say whether the chapel had been threatened.'), ['Grace Chapel’s senior pastor']);
  });

  test('"As Name, an appositive, noted, “...”": a sentence opening on "As" names the speaker before the appositive', () => {
    assert.deepEqual(speakers("The bill is stalled. As Mara Quist, professor of law at Dunmore and author of ''The Quiet Court,'' put it, ''Nobody in the Senate wants to own this vote.''"), ['Mara Quist']);
    assert.deepEqual(speakers("The bill is stalled. As Tom R. Vance, an expert on tariffs at the Harwell Institute for Trade, noted, ''Everyone is waiting for the next election.''"), ['Tom R. Vance']);
    // A fronted "As expected," is no speaker: the subject after it is.
    assert.deepEqual(speakers("The bill is stalled. As expected, the mayor said, ''Nobody wants it.''"), ['mayor']);
  });

  test('"Rusk fired back: “...”", "Marlow proclaimed at a press conference, “...”": a retort and a proclamation are cues', () => {
    assert.deepEqual(speakers('When Vance suggested that the port would close, Rusk fired back forcefully: "If they close it, they will lose."'), ['Vance', 'Rusk']);
    assert.deepEqual(speakers('The storm passed. In the spring after the report broke, Marlow emphatically proclaimed at a press conference, "I did not take any money."'), ['Marlow']);
    assert.deepEqual(speakers('The debate grew tense. "You were never there," Ada Rusk said. "I was there every day," Vance shot back with a laugh.'), ['Ada Rusk', 'Vance']);
  });

  test('", saying, “...”" after an irregular past: "went", "took" end the subject as "-ed" does; an opening "And then" is no part of it', () => {
    assert.deepEqual(speakers('The storm passed. And then Marlow went fully on the attack, saying, "Is the governor going to apologize?"'), ['Marlow']);
    assert.deepEqual(speakers('The storm passed. Senator Ada Rusk quickly took to the radio, saying, "We will rebuild every house."'), ['Ada Rusk']);
  });
});

describe('speakers past words that stand between them and their clause', () => {
  test('"“...” before taking questions, he said": a circumstance of the saying between a quote and its cue', () => {
    const text = '“It was rude,” said Ann Fleischman.\n\nMr. Hallam was asked about the vote on Monday. “What do I want? I want to see the figures first” before committing to anything, he said. The answer got boos.';
    assert.deepEqual(speakers(text), ['Ann Fleischman', 'Hallam']);
    // A clause of another kind after the quote is no circumstance of the saying: the quote goes on with the one before.
    assert.deepEqual(speakers(text.replace('before committing to anything', 'and then the vote was held')), ['Ann Fleischman', 'Ann Fleischman']);
  });

  test('a crosshead glued to the sentence after it ("Vote questioned Ostrander believed ..., saying") is no subject', () => {
    assert.deepEqual(
      speakers('The board met on Monday.\n\nVote questioned Ostrander believed no such ballot took place, saying he counted every card himself.'),
      ['Ostrander'],
    );
    // A subject opening on an article is the sentence's own.
    assert.deepEqual(
      speakers('The board met on Monday.\n\nThe board ordered Ostrander replaced last week, saying he had counted the cards badly.'),
      ['board'],
    );
  });
});

describe('"he" after a description nothing resolved', () => {
  test('is the description when its paragraph named no person before it, else the person named', () => {
    const text = '“It was rude,” said Ann Fleischman.\n\nMore worrying was the delay. Instead, the banker has insisted that the deal would wait. “What do I want? I want to see the figures first” before committing to anything, he said.';
    assert.deepEqual(speakers(text), ['Ann Fleischman', 'banker', 'banker']);
    const named = 'The vote was near.\n\nRob Hanley toured the plant on Monday. Walking into the hall, the senator said his campaign was strong. He noted that volunteers had come from far away.';
    assert.deepEqual(speakers(named), ['senator', 'Rob Hanley']);
  });
});
