import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('who speaks: cues and names the rules used to miss', () => {
  test('a nearer cue\'s subject after an earlier cue\'s preposition ("concludes with footage of Vale saying") says the quote', () => {
    assert.deepEqual(
      speakers('The spot concludes with footage of Gordon Vale saying during the debate last week, “That makes me clever,” when Ana Lind attacked him.'),
      ['Gordon Vale'],
    );
  });

  test('a relative clause whose cue has its own object does not say the quote; one with "that" does', () => {
    assert.deepEqual(
      speakers(
        'Reporter Tim Cole tweeted back at the mayor, mocking a candidate who promised free ferries: “Your levy is a tax on the poor.”',
      ),
      ['Tim Cole'],
    );
    const fragment =
      'Groups want the mayor to reject a councillor who suggested last year that the town should “wall off” the harbour.';
    assert.deepEqual(
      extractMentions(fragment).mentions.map((m) => [m.text, m.cue]),
      // The time of the saying before "that" is no part of what was said.
      [['the town should “wall off” the harbour', 'suggested']],
    );
  });

  test('"said to cheers" names to what it was said; "is said to be" is hearsay', () => {
    assert.deepEqual(
      speakers(
        'Senator Ruth Alder spoke in Fresno.\n\n“We will win this state,” Alder said to cheers at the fairground.',
      ),
      ['Ruth Alder'],
    );
    assert.deepEqual(speakers('The painting is said to be worth “a small fortune” by dealers.'), []);
  });

  test('a generational suffix is no surname: "Pate" is "Luther Stan Pate IV"', () => {
    const text =
      'The donor, Luther Stan Pate IV, paid for the banner.\n\nPate said in an interview that he backs no candidate, and he met Senator Marco Rubio a year ago.\n\n“This is all me,” he said.';
    assert.deepEqual(speakers(text), ['Luther Stan Pate IV', 'Luther Stan Pate IV']);
  });

  test('"Trump shot back in a statement, saying ...": the subject ends before its phrasal verb', () => {
    assert.deepEqual(
      speakers(
        'Donald Trump spoke on Monday.\n\nTrump shot back in a statement, saying he had “made a lot of money in down markets.”',
      ),
      // The statement and its quoted stretch, a quote of its own (quotedFragments.test.ts).
      ['Donald Trump', 'Donald Trump'],
    );
  });

  test('a long sentence after a quote attributes it when it opens on the name and its cue', () => {
    const text =
      'Dana Ruiz runs the group.\n\n“Not us, but we cannot argue with it!” Ruiz, the head of the group, tweeted on Friday with a picture of the banner over the stadium.';
    assert.deepEqual(speakers(text), ['Dana Ruiz']);
    // A cue with an object of its own says something else (and after "noted" a noun object reports nothing at all).
    const other =
      'Tom Blake spoke first.\n\n“The road is a wall for wildlife and for the people who drive it every day.” Inslee noted the administration’s recent moves on the Arctic coast and the polar bear.';
    assert.deepEqual(speakers(other), [null]);
  });

  test('a spokesman first described, then named in the next sentence, is that person', () => {
    const text =
      'Mara Lind, the swimmer, has died at 91, her spokesman said. She died in her sleep, spokesman Harlan Voss said.';
    assert.deepEqual(speakers(text), ['Harlan Voss', 'Harlan Voss']);
  });

  test('a clause is no speaker: "Because I", "What that", "It\'s worth"', () => {
    assert.equal(parseSpeakerPhrase('What that'), null);
    assert.equal(parseSpeakerPhrase('It’s worth'), null);
    assert.equal(parseSpeakerPhrase('Because the mayor')?.name, 'mayor');
    const text = 'Because I was nervous, I stood up.\n\n“Your Honor, I am not shy,” I said.';
    assert.ok(extractMentions(text).mentions.every((m) => m.speaker !== 'Because I'));
  });

  test('"the United States should" holds no cue: "States" is part of a name', () => {
    const text =
      'Groups asked Ann Lee to repudiate a general who suggested that the United States should “segregate” radicals.';
    assert.ok(extractMentions(text).mentions.every((m) => m.speaker !== 'United' && m.cue !== 'States'));
  });

  test("a relative clause's cue belongs to the noun it modifies, not to the sentence's subject", () => {
    const text =
      'Tax Fight Returns.\n\nNine civic groups are urging the mayor to drop a contractor who claimed last spring that the city should “privatize” its repairs.';
    assert.deepEqual(speakers(text), ['contractor']);
    const named =
      'The bill drew fire from Sen. Maria Ortiz of Nevada, who said in a hearing that the tax was “a burden on families” across the state.';
    assert.deepEqual(speakers(named), ['Maria Ortiz']);
  });

  test('"they" is the last group or organisation that spoke, never one person', () => {
    const text =
      'Port Rates Rise.\n\nDock workers’ unions say the new fees will “drive ships to other ports,” the unions said on Monday. They argue that the port should “share the burden” with shippers.';
    assert.deepEqual(speakers(text), ['unions', 'unions']);
    const person =
      'Judge Ann Moss heard the case. They said the hearing was “a fair one for all sides,” reporters wrote.';
    assert.ok(extractMentions(person).mentions.every((m) => m.speaker !== 'Ann Moss'));
  });

  test('"the comedian and talk show host said": "and" joins two roles of one speaker after a quote', () => {
    const text =
      'Jon Vale will host the awards.\n\n“I am thrilled to be back on that stage,” the comedian and talk show host said on Twitter.';
    // One described speaker, and the person the sentence before was about (speakerReference.test.ts).
    assert.deepEqual(speakers(text), ['Jon Vale']);
    assert.deepEqual(speakers('The awards are in May.\n\n“I am thrilled to be back,” the comedian and talk show host said.'), ['comedian and talk show host']);
  });

  test('junk speakers: a predicate before ", telling them" and a link line are no one', () => {
    const text =
      'Rita Sole, the union’s vice president, emailed members on Monday evening, telling them, “We have to be ready for a long strike.”';
    assert.deepEqual(speakers(text), ['Rita Sole']);
    assert.equal(parseSpeakerPhrase('See live results here'), null);
    assert.equal(parseSpeakerPhrase('Read the latest updates below'), null);
    assert.equal(parseSpeakerPhrase('Tom Read')?.name, 'Tom Read');
  });
  test('an age printed with spaced hyphens before an inverted speaker is part of the name, not the speaker', () => {
    const text =
      'The champion kept his belts.\n\n“She was not easy to beat. I am satisfied,” said the 36 - year - old Marta Kline, who improved her record to 30 - 2. “They took everything from me,” said 61 - year - old Tom Reyes, a city worker.';
    assert.deepEqual(speakers(text), ['Marta Kline', 'Tom Reyes']);
  });
  test('a name after a dash and before a colon introduces the quote after it, as a crosshead line prints it', () => {
    const text =
      'THE STATE WILL BE CLOSE - Dana Ruiz: “The county has long voted with the winner, and the polls show a tight race.” [Blog]\nTURNOUT IS UP IN THE SUBURBS - Sam Ortiz: “We found that early voting rose in every district.” [Survey]';
    assert.deepEqual(speakers(text), ['Dana Ruiz', 'Sam Ortiz']);
  });

  test('an outlet reporting news of its own after a quote that ends a sentence is not its speaker', () => {
    // Straight marks, the closing one printed apart from the quote ("… happen. \" The Gazette"), as wire copy often is.
    const text =
      'Defence lawyer Mark Ortiz asked the judge to let his client stay at the clinic.\n\n"My client is in treatment right now, "Ortiz argued. "She is in the clinic. Nothing bad is going to happen. " The Gazette reported the singer was shopping downtown while her lawyer was in court on Friday.';
    assert.deepEqual(speakers(text), ['Mark Ortiz', 'Mark Ortiz']);
    // A short sentence after it still attributes it, and so does one that opens on its cue.
    assert.deepEqual(speakers('“Nothing bad is going to happen.” Mark Ortiz said.'), ['Mark Ortiz']);
  });

  test('"He releases statement saying ...": the pronoun is the subject, not the words of its verb after it', () => {
    assert.deepEqual(speakers('Piet Maasland was banned on Friday. He issues statement saying he will appeal the ruling to the league.'), ['Piet Maasland']);
    // At the top of a text the pronoun names nobody yet: a deck line, no speaker, nothing stored.
    assert.deepEqual(speakers('He issues statement saying he will appeal the ruling to the league. Piet Maasland was banned on Friday.'), []);
  });

  test('a quoted fragment inside the clause does not end the subject of ", adding: “...”"', () => {
    assert.deepEqual(
      speakers(
        'Coach Ray Dunn praised the squad. “They never gave up,” he said. Lena Vos said she was “over the moon” about the cup, adding: “Now we want the league too.”',
      ),
      ['Ray Dunn', 'Lena Vos'],
    );
    // A quote that opens the sentence, or has its own attribution after it, still ends it: the participle's subject
    // is the one after the quote.
    assert.deepEqual(speakers('“We won,” Ray Dunn said after the final, adding: “Now we rest.”'), ['Ray Dunn', 'Ray Dunn']);
    assert.deepEqual(
      extractMentions('Coach Ray Dunn weighed in as well, telling the paper, “We won the cup,” he said, adding, “Now we rest.”')
        .mentions.filter((m) => m.kind !== 'number')
        .map((m) => m.speakerRaw),
      ['he', 'he'],
    );
  });
});

describe('who speaks: phrases of outlets the rules were not fitted on', () => {
  test('what someone "cannot say" is no report of theirs; the cue after it names the speaker', () => {
    const text =
      '“We are ready for the vote,” Tom Smith said. Jones cannot say that “from his seat in the chamber,” Smith added, saying it should be “up to the board to decide.”';
    const found = speakers(text);
    assert.ok(!found.includes('Jones cannot'));
    assert.deepEqual([...new Set(found)], ['Tom Smith']);
  });

  test('a time counted back from now between the subject and its cue is no part of the subject', () => {
    assert.deepEqual(
      speakers(
        'The outbreak began in March. The Health Ministry less than two weeks ago said that the outbreak had been contained in the northern provinces.',
      ),
      ['Health Ministry'],
    );
    assert.deepEqual(
      speakers(
        'The port reopened in June. The harbour authority a few days ago said that the cranes would be replaced by the end of the year.',
      ),
      ['harbour authority'],
    );
  });

  test('sources "cited by" or "quoted by" an outlet are the speaker, not the outlet that relays them', () => {
    assert.deepEqual(
      speakers(
        'The company sells widgets around the world. Prices will rise sharply next year, according to industry analysts cited by the trade newspaper Widget Weekly.',
      ),
      ['industry analysts'],
    );
    assert.equal(parseSpeakerPhrase('two engineers quoted by the Daily Ledger')?.name, 'two engineers');
  });

  test('adjectives set apart by a comma before one noun are one description of the person just written about', () => {
    const phrase = parseSpeakerPhrase('the bespectacled, 71-year-old diplomat');
    assert.equal(phrase?.head, 'diplomat');
    assert.equal(phrase?.raw, 'the bespectacled, 71-year-old diplomat');
    assert.notEqual(parseSpeakerPhrase('the mayor, a lawyer')?.head, 'lawyer');
    assert.deepEqual(
      speakers(
        'Envoy Peter Lang met the rebels on Friday. “We have made real progress toward a ceasefire,” said the bespectacled, 71-year-old diplomat.',
      ),
      ['Envoy Peter Lang'],
    );
  });

  test('an appositive whose closing comma the writer left out ends before its cue, over a comma of a list in a name', () => {
    assert.deepEqual(
      speakers(
        'Rain fell all week.\n\n“The rain has been heavy this month because the monsoon came late,” Jane Doe, an analyst at the Institute for Energy, Environment and Water think tank told the BBC.',
      ),
      ['Jane Doe'],
    );
    assert.deepEqual(
      speakers(
        'Turnout fell in the north.\n\n“The party needs a plan for the rural voters it lost,” Sam Hale, the pollster who founded a survey firm tweeted on Monday.',
      ),
      ['Sam Hale'],
    );
    // A sentence of its own after the quote, whose cue such an appositive ends before, opens on its cue all the same.
    assert.deepEqual(
      speakers(
        'Rain fell all week.\n\n“The rain has been heavy this month.” Jane Doe, an analyst at the Water Institute think tank said on Monday in an interview at her office.',
      ),
      ['Jane Doe'],
    );
  });

  test('", with Name tweeting that ..." names its own speaker; a tweet with no "that" or quote is a thing', () => {
    assert.deepEqual(
      speakers('The senator spoke in Ohio on Monday. Republicans were quick to chime in, with Senator Mark Brown tweeting that the plan “will bankrupt the state.”'),
      ['Mark Brown'],
    );
    assert.deepEqual(speakers('The mayor opened the new bridge on Friday, tweeting her thanks to the builders who worked through the winter.'), []);
  });

  test('"Her exact words:" and "His reply:" before a quote point at the person as "she" and "he" do', () => {
    assert.deepEqual(
      speakers('Mayor Ann Cole was asked about the budget on Friday. Her exact words: “The money is not there and it will not be there next year either.”'),
      ['Ann Cole'],
    );
    assert.deepEqual(
      speakers('Coach Tim Hale was asked about the loss. His reply: “We played badly, and the other side deserved the win today.”'),
      ['Tim Hale'],
    );
  });

  test('a counted time fronted before the main clause ("Hours before ...,") is no subject of its participle', () => {
    assert.deepEqual(
      speakers('Hours before Tom Baker’s fine game on Friday, coach Bill Smith praised the young forward, saying he always finds a way to score.'),
      ['Bill Smith'],
    );
  });

  test('a player named by team and position before the name is a subject "he" points back at', () => {
    assert.deepEqual(
      speakers(
        'Tom Baker had scored once in ten games. Rovers defenseman Ken Lowe, who joked about Baker’s habit of changing skates, saw the frustration on his face.\n\n“He is used to scoring every week,” he said.',
      ),
      ['Ken Lowe'],
    );
  });

  test('a romanised given name of two syllables joined by a hyphen ends the name ("Lee Hau-yip")', () => {
    assert.equal(parseSpeakerPhrase('Lee Hau-yip')?.name, 'Lee Hau-yip');
    assert.equal(parseSpeakerPhrase('President Park Min-ho')?.name, 'Park Min-ho');
    assert.deepEqual(speakers('Lee Hau-yip, the head of the eastern district, said: “The roads will stay closed all night.”'), ['Lee Hau-yip']);
    assert.equal(parseSpeakerPhrase('The Ex-wife')?.name ?? null, null);
  });

  test('a description by looks or manner ("the bespectacled diplomat") is the person just written about', () => {
    assert.deepEqual(
      speakers('Envoy Peter Lang met the rebels on Friday. “We have made real progress toward a ceasefire,” said the bespectacled diplomat.'),
      ['Envoy Peter Lang'],
    );
    assert.deepEqual(speakers('Envoy Peter Lang met the rebels on Friday. “We have made real progress toward a ceasefire,” said a bespectacled diplomat.'), [
      'bespectacled diplomat',
    ]);
  });

  test('a jurisdiction in lower case before an organisation\'s name is no part of it ("the state Department of Health")', () => {
    assert.equal(parseSpeakerPhrase('the state Department of Health')?.name, 'Department of Health');
    assert.equal(parseSpeakerPhrase('the federal Bureau of Prisons')?.name, 'Bureau of Prisons');
  });

  test('a full name in the possessive opening a sentence is whom a later "he" points back at', () => {
    assert.deepEqual(
      speakers(
        'Peter Lang was named envoy in 2007 by Tom Hart. Tom Hart said on Monday that the talks would be hard. Peter Lang’s visit to the capital was his last as envoy. “We made progress,” he said.',
      ),
      ['Tom Hart', 'Peter Lang'],
    );
  });

  test('"estimated that" reports its clause; a bare group after a subordinator ("after police said") speaks', () => {
    assert.deepEqual(speakers('The Carrisford Institute on Water Safety has estimated that about 4,000 wells in the county are unsafe to drink from.'), [
      'Carrisford Institute on Water Safety',
    ]);
    assert.deepEqual(speakers('The march ended early after police said the crowd had grown too large for the square.'), ['police']);
    assert.equal(parseSpeakerPhrase('the Council on Foreign Relations')?.name, 'Council on Foreign Relations');
  });
});
