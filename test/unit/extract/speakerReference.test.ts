import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a role as speaker: the person the article names with it, or the description', () => {
  test('"the secretary" is the one person printed with that title, however far before', () => {
    const text =
      'Housing Secretary Dalia Fenwick unveiled the plan on Monday in Carrisford.\n\nThe plan sets aside land for 4,000 homes along the river.\n\nCouncils must approve each site within a year, the secretary stressed.';
    assert.deepEqual(speakers(text), ['Dalia Fenwick']);
  });

  test('"her publicist" is the one publicist the article names, even when it names him after', () => {
    const text =
      'Marla Quint has left the production.\n\n“She needs rest,” her publicist told the Courier on Friday.\n\nIn a statement, the singer’s publicist Tomas Ruel said that the tour would resume in May.';
    assert.deepEqual(speakers(text), ['Tomas Ruel', 'Tomas Ruel']);
  });

  test('two people with the role leave it as the description, never one of them', () => {
    const text =
      'Harbour Minister Olek Brand and Fisheries Minister Petra Lund met the crews in Aldham.\n\nThe quotas will not change this year, the minister told reporters.';
    assert.deepEqual(speakers(text), ['minister']);
  });

  test('a role is matched by whole words: "the resident" is not the President, "the man" not the Chairman', () => {
    const printed =
      'President Ana Morales visited the flooded town of Brevik on Monday.\n\n“The water came up in ten minutes,” the resident said.';
    assert.deepEqual(speakers(printed), ['resident']);
    const spoke = '“We are ready,” said President Ana Morales.\n\n“The water came up in ten minutes,” the resident said.';
    assert.deepEqual(speakers(spoke), ['Ana Morales', 'resident']);
    const chairman = 'Chairman John Smith opened the harbour meeting on Monday.\n\nThe fees will double next year, the man said.';
    assert.deepEqual(speakers(chairman), ['man']);
  });

  test('a new description of the person the last sentence was about is that person', () => {
    const text =
      'Gordon Vale took the stage in Fresno after his rival.\n\n“We need a new start,” the property developer said, to loud cheers.';
    assert.deepEqual(speakers(text), ['Gordon Vale']);
  });

  test('a description of four or five modifiers before its noun ("the presumptive Liberal mayoral nominee") describes anew too', () => {
    const text =
      'Gordon Vale called for the harbour chief to step down. Vale said the chief had “lost the plot.”\n\n“The harbour is a disgrace,” the presumptive Liberal mayoral nominee wrote on Monday.';
    assert.deepEqual(speakers(text).at(-1), 'Gordon Vale');
  });

  test('"he" after a quote that closes its sentence is the man printed in full since, not the quote\'s speaker', () => {
    const text =
      'In his old ballad, Milo Stone sings, “Never bend for anyone.” With stubborn Gordon Vale, there is little chance of bending. Just ask him. “You think I will bend?” he said on Monday.';
    assert.deepEqual(speakers(text), ['Milo Stone', 'Gordon Vale']);
  });

  test('a description the text introduced as someone new ("a developer") or of the other gender is not the last person', () => {
    const introduced =
      'Gordon Vale met a property developer in Fresno.\n\nThe talks went on past midnight.\n\n“We need a new start,” the property developer said.';
    assert.deepEqual(speakers(introduced), ['property developer']);
    const otherGender = 'Gordon Vale took the stage in Fresno after his rival.\n\n“We need a new start,” the businesswoman said.';
    assert.deepEqual(speakers(otherGender), ['businesswoman']);
  });

  test('the person just written about is not the one described when the article names another twice as often', () => {
    const text =
      'Gordon Vale spoke in Fresno. Gordon Vale wants the dam rebuilt, and Vale says the state must pay.\n\nVale met Mayor Ana Ruiz. Ana Ruiz closed the old bridge.\n\n“We need a new start,” the property developer said.';
    assert.deepEqual(speakers(text).at(-1), 'property developer');
  });
});
describe('an office as the cue right after a sentence about a named person who holds it: that person', () => {
  test('"the senator" after a sentence about a senator is that senator, though the sentence before named another', () => {
    const text = 'Sen. Olivia Marsh spoke after Sen. Ada Pell on Monday. At one point in the interview, Nina Varga tried to press Marsh on the dam, but the senator insisted she had not read the plan.';
    assert.deepEqual(speakers(text).at(-1), 'Olivia Marsh');
  });

  test('an office printed as the title in the subject\'s own name ("Pres. Ian Kell") is held', () => {
    const text = 'Nina Varga met Pres. Ian Kell on Monday. Regarding the dam, Kell defended the plan. “We built it well,” the president told the Herald.';
    assert.deepEqual(speakers(text).at(-1), 'Pres. Ian Kell');
  });

  test('an office the subject is never printed with, printed after the subject, or of the other gender stays the description', () => {
    assert.deepEqual(speakers('Tomas Brenner attacked Lydia Hart on Monday. “The dam will be rebuilt,” the senator said.'), ['senator']);
    assert.deepEqual(speakers('Sen. Tomas Brenner met the governor on Monday. “The dam will be rebuilt,” the governor said.'), ['governor']);
    assert.deepEqual(speakers('Rep. Tomas Brenner attacked Lydia Hart on Monday. “The dam will be rebuilt,” the congresswoman said.'), ['congresswoman']);
  });

  test('another holder of the office named in the subject\'s sentence leaves the description', () => {
    const text = 'Sen. Ada Pell backed the bill. At one point, Nina Varga tried to press Sen. Olivia Marsh on the dam, but the senator insisted she had not read it.';
    assert.deepEqual(speakers(text).at(-1), 'senator');
  });

  test('the one who asked is the other side of an exchange, not the office that answers; the one who replied is', () => {
    const asked = 'Tomas Brenner met Nina Varga in the studio. “Is the dam your plan?” Varga asked. “It is mine, yes,” the senator said.';
    assert.deepEqual(speakers(asked).at(-1), 'senator');
    const replied = '“Is the dam your plan?” Nina Varga asked Sen. Tomas Brenner. “It is mine, yes,” Brenner replied. A year ago, the senator said, nobody had heard of the dam.';
    assert.deepEqual(speakers(replied).at(-1), 'Tomas Brenner');
  });
});
describe('"he" and "she": the person the pronoun agrees with who is the topic, not simply the last speaker', () => {
  test('a name set off by commas after a description opening the sentence is its subject for "he"', () => {
    const text =
      '“We are shocked,” said Premier Alan Korda.\n\nA professor of history at Carrisford University, Nikos Varda, stayed at home. But he walked into town later.\n\n“The square was empty,” he said.';
    assert.deepEqual(speakers(text), ['Alan Korda', 'Nikos Varda']);
    const minister = '“We will not retreat,” said Premier Alan Korda.\n\nThe foreign minister, Ilse Varga, said little.\n\n“The talks go on,” she said.';
    assert.deepEqual(speakers(minister), ['Alan Korda', 'Ilse Varga']);
    // A clause before the comma is no description: "he" stays the man the text was about.
    const clause =
      'Omar Feld hoped to lead the agency.\n\nThe minister instead chose a loyal official, Piet Brandt, who later resigned. The choice angered Feld.\n\n“He was a puppet,” he wrote.';
    assert.deepEqual(speakers(clause), ['Omar Feld']);
  });
});

describe('"he" and "she" right after a speaker the text describes without naming', () => {
  test('the pronoun is that unnamed speaker, not the person named before', () => {
    const text =
      '“The ferry will run again on Friday,” said Mayor Ruth Okonedo.\n\nA spokesman for the harbour board said the engines had been replaced. He added that the timetable would not change.';
    assert.deepEqual(speakers(text), ['Ruth Okonedo', 'spokesman for the harbour board', 'spokesman for the harbour board']);
    const woman =
      '“Prices are falling,” said Anton Belsky, the market manager.\n\n“Nobody buys fish anymore,” said the woman, who sells bread at the next stall. “The tourists have gone,” she said.';
    assert.deepEqual(speakers(woman), ['Anton Belsky', 'woman', 'woman']);
  });

  test('not across another subject, not of the other gender, not for a plural or a definite role', () => {
    const between =
      '“The ferry will run again on Friday,” said Mayor Ruth Okonedo.\n\nA spokesman for the harbour board said the engines had been replaced. The council praised Okonedo. “We are proud,” she said.';
    assert.equal(speakers(between).at(-1), 'Ruth Okonedo');
    const gender =
      '“The ferry will run again on Friday,” said Mayor Ruth Okonedo.\n\nA spokesman for the harbour board said the engines had been replaced. “We are proud,” she said.';
    assert.equal(speakers(gender).at(-1), 'Ruth Okonedo');
    const plural =
      '“The ferry will run again on Friday,” said Mayor Ruth Okonedo.\n\nOne of her aides said the engines had been replaced. “We are proud,” she said.';
    assert.equal(speakers(plural).at(-1), 'Ruth Okonedo');
  });
});

describe('"he" right after a single name that nothing showed to be a person\'s', () => {
  test('the name is a person: "he" is that speaker, not the last person with a first name', () => {
    const text =
      '“The rule protects the river,” said Olek Varn, a farmer.\n\nThe plan was praised by Delacourt at the hearing. Agencies may still consult experts, Delacourt said. They need not wait for a ruling, he said.';
    assert.deepEqual(speakers(text), ['Olek Varn', 'Delacourt', 'Delacourt']);
  });

  test('a capitalised word that only opens sentences ("Insiders") is no such name', () => {
    const text =
      '“The rule protects the river,” said Olek Varn, a farmer.\n\nInsiders said the road would reopen soon. Crews are working through the night, he said.';
    assert.notEqual(speakers(text).at(-1), 'Insiders');
  });
});

describe('joint speakers are named by the first-named, wherever the attribution stands', () => {
  test('"said X and Y", "X and Y:", "X and Y wrote:" and "X and his wife Y said" all give X', () => {
    assert.deepEqual(speakers('“The bridge will reopen in May,” said Tom Smith and Ann Lee.'), ['Tom Smith']);
    assert.deepEqual(speakers('Newport and Harter: “The bridge will reopen in May.”'), ['Newport']);
    assert.deepEqual(speakers('Tom Smith and Ann Lee wrote: “The bridge will reopen in May.”'), ['Tom Smith']);
    assert.deepEqual(speakers('Smith and his wife Ann Lee said the bridge would reopen in May.'), ['Smith']);
  });

  test('a place before "and" is no speaker, and an organisation\'s "and" joins no one', () => {
    assert.deepEqual(speakers('Trump won in Iowa and Clinton said: “The bridge will reopen in May.”'), ['Clinton']);
    assert.notDeepEqual(speakers('Ways and Means Committee: “The bill will pass.”'), ['Ways']);
  });
});

test('a sentence-opening adverb, subordinator or role before a name is no part of the name a surname completes to', () => {
  const speakerOf = (text: string): string | null => extractMentions(text).mentions.find((m) => m.kind === 'quote')?.speaker ?? null;
  assert.equal(speakerOf('Jurors deadlocked. Ironically Nichols had offered to plead guilty. "I am sorry," Nichols said.'), 'Nichols');
  assert.equal(speakerOf('Until Microsoft produces a patch, users are at risk. "We are working on a fix," Microsoft said.'), 'Microsoft');
  assert.equal(speakerOf('Quarterback Pat Smith threw three touchdowns. "I was nervous the whole game," Smith said.'), 'Pat Smith');
  // A first name, even one ending in -ly or naming a trade, stays.
  assert.equal(speakerOf('Jurors deadlocked. Kelly Nichols had offered to plead guilty. "I am sorry," Nichols said.'), 'Kelly Nichols');
  assert.equal(speakerOf('Baker Mayfield threw three touchdowns. "I was nervous the whole game," Mayfield said.'), 'Baker Mayfield');
});

test('"Professor Varoufakis" is the person named in full before: the written-out title is no first name', () => {
  const text =
    'A professor of economics at the University of Athens, Yanis Varoufakis, stayed home. "The city was empty, " he said.\n\nProfessor Varoufakis blames angry youths for the violence. "They are the ones who created the circumstances, " he said.';
  assert.deepEqual(speakers(text), ['Yanis Varoufakis', 'Yanis Varoufakis']);
});

describe('a surname two people share: the one the story introduced first', () => {
  test('"Okafor said" is the player the story is about, not his father named in full twice', () => {
    const text =
      'Tobi Okafor will stay at Lakeside for his final season.\n\nHe told his father, Lakeside coach Emeka Okafor, on Tuesday. Emeka Okafor said nothing to the team.\n\n“I have unfinished business here,” Okafor said.';
    assert.deepEqual(speakers(text), ['Tobi Okafor']);
  });

  test('one person printed two ways is still the most printed form', () => {
    const text =
      'Senator Marta Ilves Berg spoke first. Marta Berg later left the hall. Marta Berg returned at noon.\n\n“The bill is dead,” Berg said.';
    assert.deepEqual(speakers(text), ['Marta Berg']);
  });
});

describe('a description naming a kind of organisation', () => {
  test('"the airline" is the name nearest before it with that kind\'s word, not the last organisation printed', () => {
    const text =
      'Corvane Airlines grounded six jets on Tuesday after a fault was found in their engines.\n\nThe inspection was ordered by the Norland Aviation Authority, a spokesman told the Tarnby Gazette.\n\nAll passengers would be offered seats on other flights by Friday, the airline said.';
    assert.deepEqual(speakers(text), ['spokesman', 'Corvane Airlines']);
  });
  test('"the bank" is the name printed right after that word, not the organisation that spoke since', () => {
    const text =
      'The lender Harwick Trust cut its rate to 4 percent on Monday.\n\nThe cut was overdue, Fitch said in a note.\n\nMore cuts could follow in the spring, the lender said.';
    assert.deepEqual(speakers(text), ['Fitch', 'Harwick Trust']);
  });
});
