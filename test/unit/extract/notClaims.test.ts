import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { findCaptions } from '../../../extract/findCaptions.ts';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';
import { growthOf } from '../growth.ts';

const items = (text: string) => extractMentions(text).mentions.map((m) => ({ kind: m.kind, text: m.text, speaker: m.speaker }));
/** The speakers of a text's quotes, in order. */
const quoteSpeakers = (text: string) => items(text).filter((m) => m.kind === 'quote').map((m) => m.speaker);
const statements = (text: string) => items(text).filter((m) => m.kind === 'statement');
const speakers2 = (text: string) => extractMentions(text).mentions.filter((m) => m.kind !== 'number').map((m) => [m.speaker, m.role]);
const figures = (text: string) => items(text).filter((m) => m.kind === 'number').map((m) => m.text);

describe('what is not a claim', () => {
  test('"said nothing" reports nothing; the sentence is the sheriff\'s statement', () => {
    const found = statements('Anthony Reed, 38, said nothing after officers surrounded him, Sheriff Robert Pickell said.');
    assert.deepEqual(found, [{ kind: 'statement', text: 'Anthony Reed, 38, said nothing after officers surrounded him', speaker: 'Robert Pickell' }]);
  });

  test('"Let\'s say" sets up the writer\'s example', () => {
    assert.deepEqual(statements("Let's say you think a degree from a state university will cost a great deal in the end."), []);
  });

  test('a hedge between dashes qualifies a word', () => {
    assert.deepEqual(statements('He made an aggressive - some say unrealistic - pledge to cut greenhouse gas emissions by 2050.'), []);
  });

  test('a circumstance before a mid-sentence attribution belongs to what follows', () => {
    const found = statements('During his seven years in office, Mr. Obama said, a majority of Americans have come to believe the climate is changing.');
    assert.equal(found.length, 1);
    assert.match(found[0]?.text ?? '', /^During his seven years in office, .* a majority of Americans have come to believe/);
  });

  test('a verb without a subject after a mid-sentence attribution narrates', () => {
    const found = statements('Reed was fired from the accounting firm last week, Craft said, but still was listed on the firm\'s website.');
    assert.deepEqual(found.map((s) => s.text), ['Reed was fired from the accounting firm last week']);
  });

  test('figures in a sentence speaking to the reader are an example, outside quotes only', () => {
    assert.deepEqual(figures("To save that much, you'd need to put aside about $115 each month."), []);
    assert.deepEqual(figures('“We’re going to tax you,” Trump said of Carrier, which moved 1,400 jobs to Mexico.'), ['1,400 jobs']);
  });

  test('a question the writer asks asserts no figure; one in a quote is the speaker\'s', () => {
    assert.deepEqual(figures('And where is that $115 supposed to come from? Has he gotten above 38 percent in any primary?'), []);
    assert.deepEqual(figures('“Can we find $115 a month?” she asked. He saved $115 a month.'), ['$115', '$115']);
  });

  test('a period named by its place in time is no measured duration: "the last seven years", "the first 100 days"', () => {
    assert.deepEqual(figures('Over the past three decades the party changed. In the first 100 days he will act. Save over a child\'s first 18 years.'), []);
    assert.deepEqual(figures('A great deal of money was made over the last 10 - 20 years.'), []);
    assert.deepEqual(figures('The standoff lasted two hours. He spent 12 years in prison.'), ['two hours', '12 years']);
  });

  test('a headline in title case or capitals claims no figure; a sentence full of names has its lower-case words', () => {
    assert.deepEqual(figures('31 Latinos Share Their Most Honest Thoughts On Donald Trump.\n\nThe poll was taken in May.'), []);
    assert.deepEqual(figures('ELEVEN POLICE KILLED, DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK.'), []);
    assert.deepEqual(figures('Ted Cruz has 370 delegates, Marco Rubio has 163 and John Kasich has 63.'), ['370 delegates']);
  });

  test('a crosshead run into the sentence it heads, as flattened copy prints it', () => {
    assert.deepEqual(figures('She won a scholarship. Three Husbands In February 1943, she married Billy Neal, the first of her three husbands.'), ['three husbands']);
    const quotes = (text: string) => items(text).filter((m) => m.kind === 'quote').map((m) => m.text);
    assert.deepEqual(quotes("'Pop, pop, pop' “We heard pop, pop, pop,” smelled gunpowder, said Jean Larson."), ['We heard pop, pop, pop']);
  });

  test('a headline in sentence case printed as the first line heads the story: no copula, no past, a few words', () => {
    const lede = 'The council voted on Tuesday to close the library, the mayor said.';
    assert.deepEqual(figures(`Storm leaves 40,000 homes without power.\n\n${lede}`), []);
    assert.deepEqual(statements(`Mayor calls the library cuts ‘reckless’.\n\n${lede}`).map((s) => s.text), ['The council voted on Tuesday to close the library']);
    // A lede has its past, perfect or copula, and runs longer; a quote or a dateline opens the story itself.
    assert.deepEqual(figures(`Three firefighters were hurt.\n\n${lede}`), ['Three firefighters']);
    assert.deepEqual(figures(`Rain is due in 12 towns.\n\n${lede}`), ['12 towns']);
    assert.deepEqual(figures(`“We lost 40 homes,” says the fire chief.\n\n${lede}`), ['40 homes']);
    assert.deepEqual(figures(`OSLO (AP) — Storm leaves 40,000 homes without power.\n\n${lede}`), ['40,000 homes']);
    assert.deepEqual(figures('Storm leaves 40,000 homes without power.'), ['40,000 homes']);
  });

  test('a bare number opening a short line before a name is a place in a ranked list, no count', () => {
    const list = 'The rankings did not change:\n\n1 Jane Roe.\n\n2 John Doe.\n\n3 Mary Major Smith.';
    assert.deepEqual(figures(list), []);
    assert.deepEqual(figures(`${list}\n\n12 jurors heard the case, the clerk said.`), ['12 jurors']);
    assert.deepEqual(figures('The clerk said 3 Mary Major Smith supporters came.'), ['3 Mary Major Smith supporters']);
  });

  test('a short title-case line heads a section', () => {
    assert.deepEqual(figures('She was born in Nashville.\n\nThree Husbands\n\nShe married three times.'), ['three times']);
  });

  test('a cue word after a determiner is a noun or an adjective: "the confirmed death toll", "the charged term"', () => {
    assert.deepEqual(statements('The quake killed six children in Aceh province, bringing the confirmed death toll to 11.'), []);
    assert.deepEqual(statements('She also maneuvered around the charged term, "radical Islam," which some Republicans want U.S. leaders to use.'), []);
    assert.deepEqual(statements('Police confirmed the death toll had risen to 11.').map((s) => s.text), ['the death toll had risen to 11']);
  });

  test('the question put to a speaker ("Asked whether ...", "When asked about ...") is not what they said', () => {
    assert.deepEqual(statements('Asked whether he would fire a speechwriter under these circumstances, Priebus said, "Probably."'), []);
    assert.deepEqual(statements('When asked why Cruz decided to go after Trump this past week, Tyler said the race was close.').map((s) => s.text), ['the race was close']);
    assert.deepEqual(statements('Asked whether the riots were a social uprising, 60 percent responded yes.'), []);
    assert.equal(statements('Asked about his criticism of Trump, Christie said that was a natural part of running against him, he said.').length, 1);
  });

  test('a quote closed by a spaced mark ("okay. \'\'") is not attributed to the next sentence\'s subject', () => {
    const text = "\"Some people seemed concerned, '' Mr. Pinder said. \"Everyone was calling their family. '' Work place killings are rare, police say.";
    assert.deepEqual(quoteSpeakers(text), ['Pinder', 'Pinder']);
  });

  test('a nickname in double marks between a first name and a surname is part of the name', () => {
    const quotes = (text: string) => items(text).filter((m) => m.kind === 'quote').map((m) => m.text);
    assert.deepEqual(quotes('At the cookout, Marcia "Cia" Price shouted to the crowd. Adam "Pacman" Jones says his neck hurts.'), []);
    assert.deepEqual(quotes('"We will win," Price said. "Never" Jones answered.'), ['We will win', 'Never']);
  });

  test('quoted words in title case where a work is named are a title, even in a sentence with a cue', () => {
    const quotes = (text: string) => items(text).filter((m) => m.kind === 'quote').map((m) => m.text);
    assert.deepEqual(quotes('Blige sings Bruce Springsteen’s “American Skin” to Hillary Clinton, the show said.'), []);
    assert.deepEqual(quotes('In a statement, the “American Pie” star’s representative Jack Ketsoyan confirmed the stay.'), []);
    assert.deepEqual(quotes('In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested saving early.'), []);
    assert.deepEqual(quotes('“Absolutely Not,” Smith said when asked about the plan.'), ['Absolutely Not']);
    const anthem = 'Rita Reyes sang on Friday. Ms. Reyes got a roar when, at the end of her civil rights anthem “We Shall Not Be Moved,” she added the words, “Vote today.”';
    assert.deepEqual(quotes(anthem), ['Vote today.']);
    // After a possessive pronoun, a list's or a campaign's name ("their “Ten Worst Poachers” list").
    assert.deepEqual(quotes('The rangers have added to their “Ten Worst Poachers” list a trader who smuggled ivory.'), []);
    assert.deepEqual(quotes('Officials added: “Our Patience Is Over.”'), ['Our Patience Is Over.']);
  });

  test('marks set the wrong way round around a few words close there: the writer\'s sentences after them are no quote', () => {
    const text = 'The agency has added to its ” Ten Worst Poachers “ list a trader who smuggled ivory through Mombasa. He had been caught twice before. Officials said the trader fled to Tanzania in March.';
    assert.deepEqual(items(text).filter((m) => m.kind !== 'number'), [{ kind: 'statement', text: 'the trader fled to Tanzania in March', speaker: 'Officials' }]);
  });
});

describe('what a document says', () => {
  test('"the statement added" is its issuer speaking; "X\'s Web site" is X', () => {
    const found = statements(
      'The Indian government said in a statement that the captured pirates had a cache of arms. The pirates would be handed over to the authorities, the statement added. The fire was small and caused no damage, according to Crowley’s Web site.',
    );
    assert.deepEqual(found.map((s) => s.speaker), ['Indian government', 'Indian government', 'Crowley']);
  });

  test('"the statement" is who the text says issued it, even in a sentence that quotes nothing ("Kraft Foods issued a statement.")', () => {
    assert.deepEqual(quoteSpeakers('Kraft Foods issued a statement on Friday. "This is a tragic loss for all of us," the statement said.'), ['Kraft Foods']);
    // A sentence that only mentions a statement says nothing of who issued it.
    assert.notEqual(quoteSpeakers('INS Mysore reached the boats after a statement from the ministry. "The boats fled," the statement said.')[0], 'INS Mysore');
  });

  test('"the Post" is a newspaper, and "a congressional report" describes its source', () => {
    const found = statements('The senator was wrong about the budget, the Post reported. The agency hid three breaches, a congressional report said.');
    assert.deepEqual(found.map((s) => s.speaker), ['Post', 'congressional report']);
  });
});

describe('speakers that are not names', () => {
  test('an adverb opening a sentence is not a first name', () => {
    assert.equal(parseSpeakerPhrase('Ironically Nichols')?.name, 'Nichols');
    assert.equal(parseSpeakerPhrase('Separately Kelly Ayotte')?.name, 'Kelly Ayotte');
    assert.equal(parseSpeakerPhrase('Emily Kelly')?.name, 'Emily Kelly');
  });
  test('the month a subject spoke in is no part of the name ("Holt in October revealed ...")', () => {
    assert.equal(parseSpeakerPhrase('Holt in October')?.name, 'Holt');
    assert.equal(parseSpeakerPhrase('Mayor Ann Holt in March 2019')?.name, 'Ann Holt');
    assert.equal(parseSpeakerPhrase('Ann Holt on Tuesday')?.name, 'Ann Holt');
  });
});

describe('a role or party that opens the sentence is not part of the name', () => {
  test('a capitalised role noun or party before a full name', () => {
    assert.deepEqual(
      ['Spokeswoman Kim Lee', 'Reporter Jomana Karadsheh', 'Republican Christine Todd Whitman'].map((p) => [parseSpeakerPhrase(p)?.name, parseSpeakerPhrase(p)?.role]),
      [['Kim Lee', 'Spokeswoman'], ['Jomana Karadsheh', 'Reporter'], ['Christine Todd Whitman', null]],
    );
  });

  test('a capitalised plural role before joint speakers is their role, not part of the first one\'s name', () => {
    assert.deepEqual(
      ['Producers Dana Pirelli and Owen Marsh', 'Senators Ruth Adler and Tom Brandt', 'Councilwomen Ivy Tran and Ada Poole', 'Senators Adler and Brandt'].map(
        (p) => [parseSpeakerPhrase(p)?.name, parseSpeakerPhrase(p)?.role],
      ),
      [['Dana Pirelli', 'Producers'], ['Ruth Adler', 'Senators'], ['Ivy Tran', 'Councilwomen'], ['Adler', 'Senators']],
    );
    // A first name, or a plural that names no person, stays the name.
    assert.deepEqual(
      ['Thomas Reed and Ann Lee', 'Miles Okafor and Ann Lee', 'Tom Brown and Ann Lee'].map((p) => parseSpeakerPhrase(p)?.name),
      ['Thomas Reed', 'Miles Okafor', 'Tom Brown'],
    );
    const text = 'The film will open in May, said Producers Dana Pirelli and Owen Marsh.';
    assert.deepEqual(speakers2(text), [['Dana Pirelli', 'Producers']]);
  });

  test('more roles: a coach, a coroner, a pastor, an assemblywoman; a surname that is a title\'s word stays', () => {
    for (const [phrase, name, role] of [
      ['Coach Sean Payton', 'Sean Payton', 'Coach'],
      ['Coroner Gary Hargrove', 'Gary Hargrove', 'Coroner'],
      ['Assemblywoman Claudia Tenney', 'Claudia Tenney', 'Assemblywoman'],
      ['Representative Peter T. King', 'Peter T. King', 'Representative'],
    ]) assert.deepEqual([parseSpeakerPhrase(phrase ?? '')?.name, parseSpeakerPhrase(phrase ?? '')?.role], [name, role], phrase);
    assert.deepEqual(speakers2('House Speaker Paul Ryan will face challenger Paul Nehlen in August. "We will win," Nehlen said.'), [['Paul Nehlen', 'challenger']]);
  });

  test('names that start with such a word, and a party\'s bodies, stay whole', () => {
    assert.equal(parseSpeakerPhrase('Son Hyun Woo')?.name, 'Son Hyun Woo');
    assert.equal(parseSpeakerPhrase('Republican National Convention')?.name, 'Republican National Convention');
    assert.equal(parseSpeakerPhrase('Spokeswoman Lee')?.name, 'Spokeswoman Lee');
  });

  test('through extraction, with the name the text gives elsewhere', () => {
    const speakers = (text: string) => statements(text).concat(items(text).filter((m) => m.kind === 'quote')).map((m) => m.speaker);
    assert.deepEqual(speakers('Republican Christine Todd Whitman criticised him. "I am ashamed of this endorsement," Whitman said.'), ['Christine Todd Whitman']);
    assert.deepEqual(speakers('Spokeswoman Haley Morris said the campaign had always run lean.'), ['Haley Morris']);
  });
});

describe('a speaker is a name or a description, never a fragment or a clause', () => {
  const parsed = (phrase: string) => {
    const p = parseSpeakerPhrase(phrase);
    return p && { name: p.name, role: p.role, refersTo: p.refersTo };
  };

  test('small words alone, a phrase ending on a preposition, and a clause name nobody', () => {
    for (const phrase of ['to', 'the', 'the two', 'The most', 'line by', 'in the legislature', 'the walkouts were needed', 'Nudity did n\'t bother her', 'It is too soon to']) {
      assert.equal(parseSpeakerPhrase(phrase), null, phrase);
    }
  });

  test('a relative clause or a cut description after a name is left out of the role', () => {
    assert.deepEqual(parsed('The police source, who wished to remain anonymous'), { name: 'police source', role: 'police source', refersTo: 'role' });
    assert.deepEqual(parsed('Jay Jacobs, a Clinton supporter who is the Democratic chairman in Nassau County on'), { name: 'Jay Jacobs', role: 'Clinton supporter', refersTo: null });
    assert.deepEqual(parsed('Adam Segal, author of'), { name: 'Adam Segal', role: 'author', refersTo: null });
    assert.equal(parsed('Will Doyle, professor of higher education at Vanderbilt University in Nashville')?.name, 'Will Doyle');
    assert.equal(parsed('Others, however')?.name, 'Others');
  });

  test('a pronoun with an adverb or a verb of its own is the pronoun; a verb leading to the cue is the subject\'s', () => {
    for (const phrase of ['she jokingly', 'she recounted', 'Later he', 'She went on to']) assert.equal(parsed(phrase)?.refersTo, 'person', phrase);
    assert.equal(parsed('Mr. Trump was prompted to')?.name, 'Trump');
    assert.equal(parsed('Obama punctuated his list by')?.name, 'Obama');
    assert.notEqual(parsed('Democratic voters are slightly more likely to')?.name, 'Democratic');
  });

  test('a relative pronoun alone, or one the phrase was cut at, is no part of a name ("who", "Students who")', () => {
    assert.equal(parseSpeakerPhrase('who'), null);
    assert.equal(parseSpeakerPhrase('which was the first organization to do so'), null);
    assert.equal(parseSpeakerPhrase('Students who')?.name, 'Students');
    assert.equal(parseSpeakerPhrase('the official who uses one name')?.name, 'official who uses one name');
  });

  test('a participle opening the sentence leads a clause, never a name ("Speaking at a", "Following initial")', () => {
    for (const phrase of ['Speaking at a', 'Following initial', 'Holding signs', 'Having an entertainer', 'According to news', 'Having']) assert.equal(parseSpeakerPhrase(phrase), null, phrase);
    assert.equal(parseSpeakerPhrase('Fanning')?.name, 'Fanning');
    assert.equal(parseSpeakerPhrase('Peyton Manning')?.name, 'Peyton Manning');
    assert.ok(!statements('Speaking at a town hall in Salem, Trump went after Bush, calling him “a total stiff.”').some((s) => s.speaker === 'Speaking at a'));
  });

  test('words of a headline in capitals are not a name; initials are', () => {
    for (const phrase of ['FULL TEXT', 'QUESTIONABLE MEDICAL CLAIMS', 'HUFFPOLLSTER VIA EMAIL']) assert.equal(parseSpeakerPhrase(phrase), null, phrase);
    assert.equal(parseSpeakerPhrase('BFM TV')?.name, 'BFM TV');
    assert.equal(parseSpeakerPhrase('A.F.L. C.I.O.')?.name, 'A.F.L. C.I.O.');
  });

  test('an adverb between subject and cue is neither ("Cruz openly said", "Manafort politely declined"); a noun in -ly is the subject', () => {
    assert.deepEqual(items('Ted Cruz spoke first. "We will win this state," Cruz openly said.').map((m) => m.speaker), ['Ted Cruz']);
    assert.deepEqual(statements('Paul Manafort spoke later. Manafort politely said this might be seen as condescending.').map((s) => s.speaker), ['Paul Manafort']);
    assert.deepEqual(statements('The family said the state had lost the records.').map((s) => s.speaker), ['family']);
  });

  test('a verb with its object inside the phrase is the subject\'s act ("Security Council issued a statement saying")', () => {
    assert.equal(parseSpeakerPhrase('Security Council issued a statement')?.name, 'Security Council');
    assert.equal(parseSpeakerPhrase('Cruz campaign sent a fundraising email')?.name, 'Cruz campaign');
    assert.notEqual(parseSpeakerPhrase('Republicans who critiqued the speech')?.name, 'Republicans who');
    // The act alone, its subject left behind a comma, names nobody.
    assert.equal(parseSpeakerPhrase('issued a statement Saturday evening'), null);
    assert.equal(parseSpeakerPhrase('defended his father Tuesday on Facebook'), null);
  });

  test('words before a participle cue that open with the verb are the predicate: the subject is the sentence\'s', () => {
    const text = 'TallGrass, a wholesaler of health products, issued a statement Saturday evening saying it was "deeply saddened by the death of our president."';
    assert.deepEqual(statements(text).map((s) => s.speaker), ['TallGrass']);
  });

  test('after a comma the cue inverts when the words before it finish the quote ("” the plan, said Ken Salazar")', () => {
    assert.deepEqual(quoteSpeakers('"We need to set aside" the plan, said new Interior Secretary Ken Salazar who extended the comment period.'), ['Ken Salazar']);
    assert.deepEqual(quoteSpeakers('"It lasted a long time. You could tell" it was larger, said Hardester\'s Market clerk Alicia Mullin.'), ['Alicia Mullin']);
    assert.deepEqual(quoteSpeakers('"Ted Cruz is not my favorite," Lindsey Graham, a former candidate, told CBS News on Tuesday.'), ['Lindsey Graham']);
    assert.deepEqual(quoteSpeakers('"We are not confirming, \'\' echoed a second representative.'), ['second representative']);
  });

  test('a quote with no cue right after a person\'s reported statement goes on with that person', () => {
    assert.deepEqual(quoteSpeakers('Greek President Carolos Papoulias condemned the violence, saying the country was in danger. "Our country has reached the edge of the abyss."'), ['Carolos Papoulias']);
    assert.deepEqual(quoteSpeakers('Critics said the plan would fail. "It is a disaster for everyone involved."'), [null]);
    assert.deepEqual(quoteSpeakers('The Post reported that the plan would fail. "It is a disaster for everyone involved."'), [null]);
  });

  test('a name before a role that leads to a person is a modifier: "he" is the person ("Trump senior adviser Jason Miller")', () => {
    const text = 'Trump senior communications adviser Jason Miller said in a statement that the ads were working. "We see this as the right time to show voters the benefits of an economy under Mr. Trump," he added.';
    assert.deepEqual(quoteSpeakers(text), ['Jason Miller']);
  });

  test('a sentence after a quote that says something of its own does not attribute it ("The officer told Mr. Pinder to get ...")', () => {
    const text = '"I did not realize it was a police officer," Mr. Pinder said. "But then I saw that he had a weapon drawn." The officer told Mr. Pinder to get everyone in the basement.';
    assert.deepEqual(quoteSpeakers(text), ['Pinder', 'Pinder']);
  });

  test('"the judge", "the sheriff" is the one person the text printed with that title, even one who had not spoken', () => {
    const speakers = (text: string) => items(text).filter((m) => m.kind !== 'number').map((m) => m.speaker);
    assert.deepEqual(speakers('Superior Court Judge James Bodiford handed down the sentence. The judge had advice: "Do not trust Mr. Nichols ever again."'), ['James Bodiford']);
    assert.deepEqual(speakers('Genesee County Sheriff Robert J. Pickell arrived. The man was calm and quiet, the sheriff said.'), ['Robert J. Pickell']);
    // "the Democratic nominee" is not the Republican one; "his brother" is nobody's office.
    assert.deepEqual(speakers('Republican presidential nominee Donald Trump arrived. The plan is bad, the Democratic presidential nominee said.'), ['Democratic presidential nominee']);
  });

  test('an appositive after the name may run long and hold "and" or "who" ("Jeb Bush, the former Florida governor and a ... candidate, told CNN")', () => {
    assert.deepEqual(quoteSpeakers('"The president has no strategy," Jeb Bush, the former Florida governor and a Republican presidential candidate, told CNN.'), ['Jeb Bush']);
    assert.deepEqual(quoteSpeakers('"We heard gunshots," Bill Adgate, who works for LPL Financial in the office building, told CNN affiliate WDIV.'), ['Bill Adgate']);
  });

  test('a time word between subject and cue is not the subject', () => {
    assert.deepEqual(statements('HP today announced that it has signed a definitive agreement to acquire EYP.').map((s) => s.speaker), ['HP']);
  });
});

describe('names in headlines', () => {
  test('a headline in title case names nobody: its small words break a name, and a long run ends with the name', () => {
    assert.deepEqual(
      quoteSpeakers('Pence Endorses Paul Ryan With Trump’s Blessing\n\nDonald Trump has yet to endorse Ryan. “I like Paul, but these are horrible times,” Trump told the Post.'),
      ['Donald Trump'],
    );
    assert.deepEqual(
      quoteSpeakers('Maricopa County Recorder Helen Purcell apologised on Tuesday. “We made a mistake with the polling places,” Purcell said.'),
      ['Helen Purcell'],
    );
  });
});

describe('what was said starts after its circumstance', () => {
  test('"said today that", "said Tuesday that", "said last week that": the statement is what follows "that"', () => {
    assert.deepEqual(
      statements('Angela Merkel said today that the Greek crisis underlined the need for new fiscal rules. The minister said Tuesday that the plan would fail badly. She said last week that the deal was off for now.').map((s) => s.text),
      ['the Greek crisis underlined the need for new fiscal rules', 'the plan would fail badly', 'the deal was off for now'],
    );
  });
});

describe('an appositive names the speaker by its name, not its description', () => {
  const name = (phrase: string) => parseSpeakerPhrase(phrase)?.name;

  test('a description that opens on a possessive ("Clinton\'s campaign chairman, John Podesta") is the role', () => {
    assert.deepEqual(
      [parseSpeakerPhrase("Clinton's campaign chairman, John Podesta")?.name, parseSpeakerPhrase("Clinton's campaign chairman, John Podesta")?.role],
      ['John Podesta', "Clinton's campaign chairman"],
    );
    assert.equal(name("Abed Sultan's father, Samir"), 'Samir');
    assert.equal(name('the primary, Gov. John Kasich'), 'John Kasich');
  });

  test('a circumstance, examples or an age beside the subject name nobody', () => {
    assert.equal(name('Powell’s office, when contacted by Reuters'), 'Powell’s office');
    assert.equal(name('Several candidates, including Trump'), 'several candidates');
    assert.equal(name('Telephone providers, such as Portugal Telecom and Reliance'), 'Telephone providers');
    assert.equal(name('31, a Philadelphia freelance photographer'), 'Philadelphia freelance photographer');
  });

  test('a full name before the body it is of is the person ("Jeffrey Lewis of the James Martin Center")', () => {
    assert.equal(name('Jeffrey Lewis of the James Martin Center for Nonproliferation Studies'), 'Jeffrey Lewis');
    assert.equal(name('Bob Woodward of The Washington Post'), 'Bob Woodward');
    assert.equal(name('Rep. Tom Cole of Oklahoma'), 'Tom Cole');
  });

  test('a party and place in brackets are no part of the name', () => {
    assert.equal(name('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee'), 'Elijah Cummings');
  });

  test('through extraction: a relative and a delegate with a nickname ("state Del. Marcia "Cia" Price")', () => {
    const text = '"This is a big year for us!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd. "The nation is watching."';
    assert.deepEqual(items(text).map((m) => m.speaker), ['Marcia Cia Price', 'Marcia Cia Price']);
  });

  test('"said no to" reports a refusal, not a clause; "said no one ..." reports one', () => {
    assert.deepEqual(statements('Mary Stone said no to the harbour plan.'), []);
    assert.deepEqual(statements('Mary Stone said no one had asked her about the harbour plan.'), [
      { kind: 'statement', text: 'no one had asked her about the harbour plan', speaker: 'Mary Stone' },
    ]);
  });

  test('a participle before "X said" and a quote is no statement: the quote is what was said', () => {
    const found = items('Waving a printed map, Mary Stone said, “The harbour will flood before the new wall is built.”');
    assert.deepEqual(found, [{ kind: 'quote', text: 'The harbour will flood before the new wall is built.', speaker: 'Mary Stone' }]);
  });
  test('a finding with its "that" is reported ("the survey found that ..."); "found the keys", "she found that" are not', () => {
    assert.deepEqual(statements('The housing survey found that most renters pay more than a third of their income.'), [
      { kind: 'statement', text: 'most renters pay more than a third of their income', speaker: 'housing survey' },
    ]);
    assert.deepEqual(statements('The caretaker found the keys under the harbour office steps.'), []);
    assert.deepEqual(statements('Over the years she has found that the harbour office rarely answers letters.'), []);
  });
  test('recall: a group quoted as a source ("..., investigators said, as ...") and "even" between a subject and its cue', () => {
    assert.deepEqual(statements('Two barges ran aground near the lock on Sunday, investigators said, as the river kept falling.'), [
      { kind: 'statement', text: 'Two barges ran aground near the lock on Sunday', speaker: 'investigators' },
    ]);
    assert.deepEqual(statements('Mary Stone even suggested on local radio that the lock should close for a month.'), [
      { kind: 'statement', text: 'the lock should close for a month', speaker: 'Mary Stone' },
    ]);
  });
  test('recall: a name set off by commas after a long description says the clause after its cue', () => {
    const text = 'A ferry passenger on the late crossing, who would give only his first name, Tomas, said the crew had handed out life jackets twice.';
    assert.deepEqual(statements(text), [{ kind: 'statement', text: 'the crew had handed out life jackets twice', speaker: 'Tomas' }]);
  });
  test('recall: a fronted "as" clause attributes what follows ("As the harbour master noted, ..."); "As expected" does not', () => {
    assert.deepEqual(statements('But as the harbour master pointed out, the tide tables were printed a year ago.'), [
      { kind: 'statement', text: 'the tide tables were printed a year ago', speaker: 'harbour master' },
    ]);
    assert.deepEqual(statements('As expected, the tide tables were printed a year ago.'), []);
  });

  test('a few things picked out by a superlative or a word of rank count nothing', () => {
    assert.deepEqual(figures('Any deal had to be led by the two largest emitters, and all three leading candidates agreed.'), []);
    assert.deepEqual(figures('Police said two men were arrested.'), ['two men']);
    assert.deepEqual(figures('Two top officials were fired on Monday, the ministry said.'), ['Two top officials']);
    assert.deepEqual(figures('The talks stalled over two major sticking points, the union said.'), []);
  });

  test('"all" or "the top" before a count in words names a known group; a count in digits after "all" counts', () => {
    assert.deepEqual(figures('At half time the coach benched all four forwards and sent on the reserves.'), []);
    assert.deepEqual(figures('The ferry will be replaced by the harbour\'s top three pilots, the council said.'), []);
    assert.deepEqual(figures('All three ministers have said they would resign.'), []);
    assert.deepEqual(figures('The union has members in all 48 branches, its leader said.'), ['48 branches']);
    assert.deepEqual(figures('Police said four forwards were arrested.'), ['four forwards']);
  });

  test('"all" before a count in words still counts when the sentence says what befell them', () => {
    assert.deepEqual(figures('All six deckhands were injured when the crane collapsed, the port said.'), ['six deckhands']);
    assert.deepEqual(figures('All three climbers were rescued by helicopter on Sunday.'), ['three climbers']);
    // A group named and doing something is still no count.
    assert.deepEqual(figures('All three climbers have said they would try again next year.'), []);
  });

  test('a count of things, ways or reasons announces a list, and a figure printed "22, 000" is read whole', () => {
    assert.deepEqual(figures('Here are nine ridiculous things the candidate said this week.'), []);
    assert.deepEqual(figures('Three things are happening at once, the economist said.'), []);
    assert.deepEqual(figures('Police said three men were arrested.'), ['three men']);
    assert.deepEqual(figures('He won in front of a 22, 000 crowd in Bern, officials said.'), ['22, 000 crowd']);
  });

  test('"called [someone] to the stage" summons, it reports no speech', () => {
    assert.deepEqual(statements('At the cookout, the band leader called local officials to the stage, singing "It Is Our Time."'), []);
    assert.deepEqual(statements('Kaine called the plan "a disaster for the state."').map((s) => s.speaker), ['Kaine']);
  });

  test('a link line left inside quote marks is no quote', () => {
    const text = 'Mike Pence spoke on Sunday.\n\n"Follow Pam Key on Twitter @pamkeyNEN."';
    assert.deepEqual(items(text).filter((m) => m.kind === 'quote'), []);
  });

  test('what somebody would need to do, or what a thing of a kind can do, is an example', () => {
    assert.deepEqual(figures('For parents whose college costs $100,000, they will need to find a bit over $500 a month.'), []);
    assert.deepEqual(figures('Few families save anything, let alone $500 a month.'), []);
    assert.deepEqual(figures('A magnitude 6 quake can cause severe damage.'), []);
    assert.deepEqual(figures('The quake killed 10 people, officials said.'), ['10 people']);
    assert.deepEqual(figures('A spokesman could not say why 40 people were arrested.'), ['40 people']);
  });

  test('a first sentence that the next ones restate is a headline or deck: its figures are not taken twice', () => {
    const text =
      'Ten people are killed and about 50 hurt. The survey puts the magnitude at 6.1. Ten people were killed and at least 50 injured when an earthquake razed villages on Sunday. Crews searched the rubble.';
    assert.deepEqual(figures(text), ['Ten people', 'at least 50']);
    assert.ok(extractMentions(text).mentions.every((m) => m.start > text.indexOf('The survey')));
    // Its small words are English: another language's ("die", "will") are no shared content.
    const german =
      'Die Regierung will die Steuern um 5 Prozent senken. Die Opposition will die Ausgaben für die Schulen um 3 Prozent kürzen und die Steuern dagegen erhöhen.';
    assert.equal(extractMentions(german).mentions.filter((m) => m.start < german.indexOf('Die Opposition')).length, 1);
  });

  test('the caption after a photo credit claims nothing; an article sentence after one does', () => {
    const text = [
      'They spoke for an hour, aides said.',
      '',
      'Jane Roe via Getty Images.',
      '',
      'Two old friends having a long talk about 40 years of politics.',
      '',
      'Hackers accessed 21 million records, the report said.',
    ].join('\n');
    assert.deepEqual(figures(text), ['21 million records']);
  });

  test('a caption in the past after a photo credit claims nothing; one that quotes or reports speech is the article', () => {
    const after = (paragraph: string) => figures(['The club met at noon.', '', 'John Doe via Getty Images.', '', paragraph].join('\n'));
    assert.deepEqual(after('Part of the old stand the club had been renting for $4,000 a week. Fans paid about $90,000 to fix it.'), []);
    assert.deepEqual(after('The manager said the club paid about $90,000 to fix the stand.'), ['about $90,000']);
    assert.deepEqual(after('The manager called the $90,000 repair “a bargain.”'), ['$90,000']);
    const long = `The club paid about $90,000 to fix the stand, ${'and the old seats were taken out one by one, '.repeat(4)}before the new season.`;
    assert.deepEqual(after(long), ['about $90,000']);
    // What such a paragraph reports stays: only its figures go.
    const reported = ['The club met at noon.', '', 'John Doe via Getty Images.', '', 'The club revealed the old stand had cost $90,000 to fix.'].join('\n');
    assert.deepEqual(items(reported).map((m) => [m.kind, m.text]), [['statement', 'the old stand had cost $90,000 to fix']]);
  });

  test('"continued" before a word goes on doing something; "..., she continued" still attributes its quote', () => {
    const text =
      'Governor Ann Holt spoke in Dover on Monday. On the same day, Holt continued to portray the “reckless” bankers as criminals. She continued her attacks on the bank with a warning about the harbour deal. “The bank will pay for every lost job,” she continued.';
    assert.deepEqual(
      items(text).map((m) => [m.kind, m.text, m.speaker]),
      [['quote', 'The bank will pay for every lost job', 'Ann Holt']],
    );
  });

  test('"told X (more) about Y" names a topic; "told X the talks about Y had failed" reports a clause', () => {
    assert.deepEqual(statements('Sources have also told Channel 4’s Ann Holt more about the talks that took place on Friday at the harbour.'), []);
    assert.deepEqual(statements('Sources told reporter Ann Holt about the talks that took place on Friday at the harbour.'), []);
    assert.deepEqual(
      statements('The mayor told reporters the talks about the harbour tax had failed on Monday.').map((m) => m.text),
      ['the talks about the harbour tax had failed on Monday'],
    );
  });

  test('"it is safe to say" is the writer\'s hedge; "went on to say" still reports', () => {
    const hedge = 'Mayor Ann Holt spoke on Monday. Given her past “reckless” remarks on the harbour tax, it is safe to say she means the ferry levy.';
    assert.deepEqual(statements(hedge), []);
    assert.deepEqual(
      statements('Mayor Ann Holt spoke on Monday. She went on to say that the ferry levy would be scrapped by May.').map((m) => [m.text, m.speaker]),
      [['the ferry levy would be scrapped by May', 'Ann Holt']],
    );
  });

  test('narration before a colon and a quote is no statement; the quote is its own, and a clause before the colon stays', () => {
    const glued = (text: string) => items(text).map((m) => [m.kind, m.text, m.speaker]);
    assert.deepEqual(
      glued('Mayor Ann Holt spoke on Monday. Reporter Tim Cole tweeted back at Holt pointing out how odd the remark was coming from a mayor who cut the ferry: “Your levy is a tax on the poor.”'),
      [['quote', 'Your levy is a tax on the poor.', 'Tim Cole']],
    );
    assert.deepEqual(
      items('Mayor Ann Holt spoke on Monday. She explained the ferry levy by saying: “Nobody will pay more than they can.”').map((m) => [m.kind, m.text]),
      [['quote', 'Nobody will pay more than they can.']],
    );
    assert.deepEqual(
      glued('Mayor Ann Holt spoke on Monday. She said the levy was the fairest tax in the county: “Nobody will pay more than they can.”'),
      [
        ['statement', 'the levy was the fairest tax in the county', 'Ann Holt'],
        ['quote', 'Nobody will pay more than they can.', 'Ann Holt'],
      ],
    );
  });

  test('a one-sentence crosshead over a lone picture credit claims nothing; a quote or a paragraph over one does', () => {
    const text = [
      'Mayor Ann Holt spoke to the council on Monday. Here are five things she has said about the harbour since May.',
      '',
      'She said the ferry would run all night and cost nothing.',
      '',
      'Getty.',
      '',
      'In a speech to the chamber of commerce, Mayor Ann Holt said the ferry would be free. Her aides later said the council had not been asked.',
      '',
      'Getty.',
      '',
      '“We will open the harbour to everyone,” Holt told reporters.',
      '',
      'Handout/Reuters.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((m) => m.text),
      ['the ferry would be free', 'the council had not been asked', 'We will open the harbour to everyone'],
    );
  });

  test('an agency\'s sign-off under the last paragraph is no picture credit: the paragraph keeps its claims', () => {
    const text = [
      'Crowds gathered in the old town of Varenna on Saturday.',
      '',
      'Police said 12 people were arrested after protests in the capital on Sunday.',
      '',
      'Reuters',
    ].join('\n');
    assert.deepEqual(
      items(text).map((m) => [m.kind, m.text]),
      [
        ['number', '12 people'],
        ['statement', '12 people were arrested after protests in the capital on Sunday'],
      ],
    );
  });

  test('a long run of slashed agency names is no credit, and is read in linear time', async () => {
    const textOf = (n: number) => `The mayor spoke.\n${'AP/'.repeat(n)}AP !\nThe council met.`;
    assert.deepEqual(findCaptions(textOf(20000)), []);
    const growth = await growthOf((n) => findCaptions(textOf(n)), 100_000, { tries: 5 });
    assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
  });
  test('a time that places a moment is no figure: "three weeks away", a game clock, "all four days of the fair"', () => {
    assert.deepEqual(figures('The next council vote is three weeks away, and the budget is due soon.'), []);
    assert.deepEqual(figures('Rovers scored the winner with 2 minutes 15 seconds remaining, and with 40 seconds left the keeper was sent off.'), []);
    assert.deepEqual(figures('Stalls will line the square on all five days of the fair.'), []);
    // A duration that measures something stays.
    assert.deepEqual(figures('The siege lasted 40 minutes and 3,000 people were evacuated.'), ['40 minutes', '3,000 people']);
  });

  test('a worked example goes on after a supposition put to the reader; advice to anyone wanting to do something', () => {
    const text = 'Suppose you expect a new roof to cost $30,000 in ten years. A third of that, by the usual rule, is $10,000. The advice is plain for anyone hoping to borrow $8,000: ask the bank first.';
    assert.deepEqual(figures(text), []);
    // A sentence that puts no case to the reader keeps the next sentence's figure.
    assert.deepEqual(figures('Builders say a new roof costs more than it did. A third of buyers paid $10,000 last year.'), ['A third of buyers', '$10,000']);
  });

  test('one quoted word that no speech verb introduces is a label, not speech; a split quote\'s first word stays', () => {
    assert.deepEqual(items('To turn it on, press the button marked "Start." The firm said the fault was fixed.').filter((m) => m.kind === 'quote'), []);
    const split = items('"Nothing," the mayor said, "will change before the spring thaw."').filter((m) => m.kind === 'quote');
    assert.deepEqual(split.map((m) => m.text), ['Nothing', 'will change before the spring thaw.']);
    assert.equal(items('A man in the crowd yelled, “Liar!” and was led away.').filter((m) => m.kind === 'quote').length, 1);
  });

  test('"explains why", "wrote an essay on": a topic or a writing named reports nothing', () => {
    assert.deepEqual(statements('Ana Reyes explains why the harbour tax is “unfair.”'), []);
    assert.deepEqual(statements('Ana Reyes explains how the harbour tax will be collected next spring.'), []);
    assert.deepEqual(statements('Marta Ilves also wrote a Daily Courier opinion piece on rents and tenants.'), []);
    // What the writing says is reported.
    assert.equal(statements('Marta Ilves wrote that rents in the city had doubled since the war.').length, 1);
  });

  test('a condition before a mid-sentence attribution belongs to the clause after it', () => {
    const found = statements('If the council refuses, Ms. Okafor warned, the tenants will stop paying rent in May.');
    assert.deepEqual(found.map((s) => s.text), ['If the council refuses, Ms. Okafor warned, the tenants will stop paying rent in May']);
  });
  test('a broken figure ("two five - years - to - life terms"), "one or two" and "the 1 percent" are no counts', () => {
    assert.deepEqual(figures('The judge handed him two five - years - to - life terms on Friday.'), []);
    assert.deepEqual(figures('The rule lets a verdict stand even if one or two jurors object.'), []);
    assert.deepEqual(figures('Critics say the tax cut is a gift to the 1 percent.'), []);
    // A share of something, and a real count, stay.
    assert.deepEqual(figures('The top earners, the 1 percent of households, hold much; two jurors objected.'), ['1 percent', 'two jurors']);
  });

  test("a clitic split off its word (\"UNION 'S HARD YEAR\") opens no quote", () => {
    const text = "\"We will not back down,'' the union leader said. UNION 'S HARD YEAR The strike began in March and ran for nine weeks. Only 4.2 million viewers tuned in, far below the show' usual audience.";
    assert.deepEqual(items(text).filter((m) => m.kind === 'quote').map((m) => m.text), ['We will not back down']);
  });
  test('"When she announced her bid in May, she called them “cowards”": the fronted cue reaches neither the act nor the quote', () => {
    assert.deepEqual(statements('When Senator Ruth Alder announced her bid in May 2019, she called the council members “cowards” and “thieves” at a rally.'), []);
    // An announced clause is reported.
    assert.equal(statements('Senator Ruth Alder announced her bid had raised two million dollars in a week.').length, 1);
  });

  test('"announced her plan to fund ..., bringing needed relief": the speaker\'s own act with its infinitive is no clause', () => {
    assert.deepEqual(statements('At a town hall in Leeds, Senator Ruth Alder announced her plan to fund ferry crews across the county, bringing needed relief to the coast.'), []);
    assert.deepEqual(statements('The harbour board announced its intention to close the north pier after a 30-day review.'), []);
    // A clause whose subject is the plan is reported, as is one after the act's infinitive.
    assert.equal(statements('Senator Ruth Alder announced her bid to lead the party had raised two million dollars.').length, 1);
    assert.equal(statements('The harbour board announced its plans had been approved by the council.').length, 1);
    assert.equal(statements('The brewer reiterated plans to appeal the ruling.').length, 1);
  });

  test('"reiterated its commitment to working with ...": a gerund after "to" is no infinitive of what was said', () => {
    assert.deepEqual(statements('The brewer on Monday reiterated its commitment to working with barley farmers.'), []);
  });

  test('a greeting asserts nothing, and the quotes after it keep its speaker', () => {
    const text = 'Mayor Lena Ortiz wrote to voters on Sunday. “Happy Lunar New Year!” she wrote. “Our market will stay open late all week,” she added.';
    assert.deepEqual(
      items(text).filter((m) => m.kind === 'quote').map((m) => [m.text, m.speaker]),
      [['Our market will stay open late all week', 'Lena Ortiz']],
    );
  });
  test('"Happy to help," is an answer, no greeting', () => {
    const text = '“Happy to help,” Mayor Lena Ortiz said. “Happy with the result,” she added.';
    assert.deepEqual(
      items(text).filter((m) => m.kind === 'quote').map((m) => m.text),
      ['Happy to help', 'Happy with the result'],
    );
  });
  test('"Police notes published on Monday show ...": a plural noun a participle describes is no cue', () => {
    assert.deepEqual(statements('Harbour police notes released on Friday show the gate was left open all night.'), []);
    // A verb of saying before a participle that is no noun's stays a cue.
    assert.equal(statements('The minister notes increased spending in the north of the country.').length, 1);
  });

  test('a linked headline in quote marks after "READ MORE:" is no quote', () => {
    const text = 'Mayor Tom Hill said the budget was balanced.\nREAD MORE: “Council votes to cut the ferry service”';
    assert.deepEqual(items(text).filter((m) => m.kind === 'quote'), []);
  });
});

describe('what names a question or a thing shown, with nothing said', () => {
  test('"noted if and how often ..." names a question; "said if ... he would" states a condition', () => {
    assert.deepEqual(statements('The crew checked the logbooks and noted if and how often passengers complained about the ferry in the past month.'), []);
    assert.deepEqual(statements('Mayor Tom Hill said if the council agreed he would reopen the ferry in May.'), [
      { kind: 'statement', text: 'if the council agreed he would reopen the ferry in May', speaker: 'Tom Hill' },
    ]);
  });
  test('a thing that shows a thing ("the scan revealed swelling", "the result confirms recent polling") reports nothing said', () => {
    const clinic = 'Ferry skipper recovers\n\nWhen Dr. Ann Lowe, a surgeon at the harbour clinic, saw the skipper, she disagreed and ordered a scan. The scan revealed severe swelling in the skipper’s left knee and both ankles.';
    assert.deepEqual(statements(clinic), []);
    const vote = 'Ferry tax passes\n\nMayor Ann Lowe said on Monday that the harbour tax would pass. The result confirms recent polling on the harbour tax.';
    assert.deepEqual(statements(vote), [{ kind: 'statement', text: 'the harbour tax would pass', speaker: 'Ann Lowe' }]);
  });
  test('a record that reveals, and a clause revealed, are reported ("the audit revealed the loss of ...", "revealed that ...")', () => {
    assert.deepEqual(statements('Ferry losses\n\nMayor Ann Lowe spoke on Monday. The audit revealed the loss of six ferries.'), [
      { kind: 'statement', text: 'the loss of six ferries', speaker: 'audit' },
    ]);
    assert.deepEqual(statements('The harbour audit revealed that the ferry had lost money for six years.'), [
      { kind: 'statement', text: 'the ferry had lost money for six years', speaker: 'harbour audit' },
    ]);
  });
  test('"It confirmed the closure of two depots" after a company\'s statement: "it" is the company, its confirmation reported; "it confirms" a fact', () => {
    const vote = 'Ferry tax passes\n\nMayor Ann Lowe said on Monday that the harbour tax would pass. To start, it confirms recent polling on the harbour tax.';
    assert.deepEqual(statements(vote), [{ kind: 'statement', text: 'the harbour tax would pass', speaker: 'Ann Lowe' }]);
    const text = 'Harbour Freight Ltd said on Monday that its sales had fallen. It confirmed the closure of two depots in Hull.';
    assert.deepEqual(statements(text), [
      { kind: 'statement', text: 'its sales had fallen', speaker: 'Harbour Freight Ltd' },
      { kind: 'statement', text: 'the closure of two depots in Hull', speaker: 'Harbour Freight Ltd' },
    ]);
  });
});

describe('another actor glued after a report', () => {
  test('", while the union condemned the plan": the reaction is narration, the report ends at the comma', () => {
    const text = [
      'Ferry plan splits the harbour',
      '',
      'Mayor Ann Lowe said the ferry would keep running through the winter, while the harbour union condemned the plan as reckless.',
      '',
      'The ferry board stressed the timetable would not change before May, but the skippers’ union welcomed the decision on Monday.',
    ].join('\n');
    assert.deepEqual(statements(text), [
      { kind: 'statement', text: 'the ferry would keep running through the winter', speaker: 'Ann Lowe' },
      { kind: 'statement', text: 'the timetable would not change before May', speaker: 'ferry board' },
    ]);
  });
});

describe('the seventeenth batch: figures nobody reports', () => {
  test('an emergency number dialled ("911 calls", "dialled 999") counts nothing; the counts around it stay', () => {
    assert.deepEqual(figures('Harbour storm\n\nThe storm cut off 911 calls for hours in 14 villages. One skipper dialled 999 twice.'), ['14 villages']);
  });

  test('a scale letter glued to a number before a name in title case begins a brand ("the 3M Studio plan")', () => {
    assert.deepEqual(figures('Harbour gym\n\nThe gym sold the 3M Studio plan to 2,400 members.'), ['2,400 members']);
  });

  test("a recipe's step opening with its verb takes amounts, it reports none", () => {
    assert.deepEqual(figures('Harbour soup\n\nWhisk three eggs with two cups of broth. The café sold 900 bowls last winter.'), ['900 bowls']);
  });

  test('a count in a sentence pointing at what follows counts the article\'s own list', () => {
    const text = 'Harbour kettles\n\nKettle prices rose 12% this year. See our picks for the eight best kettles below.\n\nHere are the five mugs we liked:';
    assert.deepEqual(figures(text), ['12%']);
  });
});

describe('the seventeenth batch: reports that report nothing', () => {
  test("the writer's own first-person voice around a quoted phrase is no reported speech", () => {
    const text = 'Harbour snacks\n\nThat is why I keep telling my readers: “a slow plate is a full plate!”\n\nThe ferry cook told diners: “a slow plate is a full plate!”';
    assert.deepEqual(statements(text).map((s) => s.speaker), ['ferry cook']);
  });

  test('a cue after a modal and "have" is a counterfactual the writer imagines, with all it reports in turn', () => {
    const text = 'Harbour what-ifs\n\nThe rival mayor would then have claimed that he was told by a clerk that the ferry had confirmed its “new” timetable. The mayor said he would have told the clerk to wait.';
    assert.deepEqual(statements(text).map((s) => s.text), ['he would have told the clerk to wait']);
  });

  test("the object of a denial that names others' claims is not what the speaker said", () => {
    const text = 'Harbour rumours\n\nFerry bosses have denied ‘baseless’ claims made in a viral post that said the ferry lost money for years. The mill owner denied reports that the mill would close before spring.\n\nThe skipper denied that the ferry had lost money.';
    assert.deepEqual(statements(text).map((s) => s.text), ['the ferry had lost money']);
  });
});

describe('claims22: lines never said, questions put, free relatives and a set-off role', () => {
  test('words named as not said ("without saying, “...”") or suggested ("Why not just say: “...”?") are nobody\'s', () => {
    const text =
      'Harbour ferry\n\nThe council voted to cut the late ferry. I spent the week working out how to answer the mayor without saying, “This is the worst plan I have ever seen.”\n\nMany riders disliked the word “cut.” Why not just say: “The ferry will stop at nine”?\n\n“The ferry will stop at nine,” the skipper said.';
    assert.deepEqual(
      items(text).filter((m) => m.kind === 'quote').map((m) => m.text),
      ['The ferry will stop at nine'],
    );
  });

  test('a question put to a source asserts nothing; the answer keeps its speaker; a speaker\'s own question stays', () => {
    const text = 'Harbour interview\n\nThe host asked, “You think the council will close the pier before summer?”\n\n“No, the pier stays open all year,” said harbour master Ada Brill.';
    assert.deepEqual(
      items(text).filter((m) => m.kind === 'quote').map((m) => [m.text, m.speaker]),
      [['No, the pier stays open all year', 'Ada Brill']],
    );
    const passive = 'Harbour interview\n\nIn a radio interview on Monday, harbour master Ada Brill was asked, “Will the pier close before summer?” She answered, “Not this year.”';
    assert.deepEqual(
      items(passive).filter((m) => m.kind === 'quote').map((m) => [m.text, m.speaker]),
      [['Not this year.', 'Ada Brill']],
    );
    const own = 'Harbour final\n\nThe skipper Ben Tolly won the race.\n\n“Can I give the cup to my crew?” Tolly asked before thanking the judges.';
    assert.deepEqual(items(own).filter((m) => m.kind === 'quote').map((m) => m.text), ['Can I give the cup to my crew?']);
  });

  test('a free relative names what was said and gives none of it ("saying what he believed", "what he said last year")', () => {
    const text =
      'Harbour race\n\nSkipper Ben Tolly won the vote by spending nothing and just saying what he truly believed no matter how often critics told him to stop. The key may be what he said two years ago about the ferry’s “late run.”\n\nHe said what happened at the pier was a mistake.';
    assert.deepEqual(statements(text).map((s) => s.text), ['what happened at the pier was a mistake']);
  });

  test('a free relative spelled out by a "that" clause with its own subject reports what it names', () => {
    const text = 'Harbour mill\n\nMill owners confirmed what the Gazette reported on Monday, that the old flour mill will close by June.';
    assert.deepEqual(statements(text).map((s) => [s.text, s.speaker]), [['what the Gazette reported on Monday, that the old flour mill will close by June', 'Mill owners']]);
  });

  test('a role set off after "According to Name," is no part of what the source says', () => {
    const text = 'Harbour cables\n\nAccording to Ada Brill, chief engineer of the harbour board, the old cables are only likely to be replaced by new ones next year.';
    assert.deepEqual(statements(text).map((s) => [s.text, s.speaker]), [['the old cables are only likely to be replaced by new ones next year', 'Ada Brill']]);
  });
});

describe('claims22: narration after a naming', () => {
  test('", as" and a clause with its own subject after a naming\'s quote is the writer\'s; "as did X" stays', () => {
    const text =
      'Harbour ferry\n\nRiver pilots called it the "end of an era," as the old ferry was sidelined for smaller boats now preferred by towns. The mayor called the plan "a disaster," as did the council.';
    assert.deepEqual(statements(text).map((s) => s.text), ['it the "end of an era,"', 'the plan "a disaster," as did the council']);
  });

});

describe('claims23: examples, ranks and questions put to a source', () => {
  test('a figure in a case put with the generic "you" is an example; a main clause with its own subject still reports', () => {
    const text =
      'Harbour fees\n\n“It adds up: every time you moor a boat for 12 hours, you pay $9 or so,” said harbour master Ada Brill. “When you look at the books, we lost $40,000 last year.”';
    assert.deepEqual(figures(text), ['$40,000']);
    assert.deepEqual(figures('“Nobody minds when you are burning your own $50, but the town’s money is different,” the mayor said.'), []);
  });

  test('a case of weighing facts put with "you" ("when you consider that ...") reports the facts weighed', () => {
    const text = 'When you consider that the ferry lost $3 million last year, the new fares look modest, councillor Ada Brill said.';
    assert.deepEqual(figures(text), ['$3 million']);
  });

  test('a superlative spelled with a hyphen picks out a group ("the two most-likely buyers")', () => {
    assert.deepEqual(figures('Analysts named the two most-likely buyers, Acme and Borl, but the yard sold 40 boats.'), ['40 boats']);
  });

  test('a share after "the top" or "the bottom" names a group; a share of something still counts', () => {
    assert.deepEqual(figures('Most of the harbour’s new berths went to the top 2 percent of yacht owners. Fees rose 8 percent.'), ['8 percent']);
  });

  test('a question put to the one asked ("I ask the skippers, ‘...?’") asserts nothing; the answer is a claim', () => {
    const text =
      'Harbour talk\n\nHarbour master Ada Brill: We need the new pier.\n\nBut then I ask the skippers, ‘What do you want from the pier?’ They said, ‘Deeper water and lower fees.’\n\nLater she asked him, “Why now?”';
    assert.deepEqual(
      items(text).filter((m) => m.kind === 'quote').map((m) => m.text),
      ['Deeper water and lower fees.'],
    );
    const own = 'Harbour song\n\nThe singer thanked the mayor before asking her, “I only want to know, when does the ferry come back?”';
    assert.deepEqual(items(own).filter((m) => m.kind === 'quote').map((m) => m.text), ['I only want to know, when does the ferry come back?']);
  });

  test('a question before a cue that names the one asked ("a reporter asked Brill") and answered next is put to a source; "she asked", an inverted "asked Brill", "asked the crowd", "asked me" and no answer keep it', () => {
    const text = 'Harbour vote\n\n“Will the council sell the old pier?” a reporter can be heard asking Brill after the meeting. “Not while I chair it,” Ada Brill said.';
    assert.deepEqual(items(text).filter((m) => m.kind === 'quote').map((m) => m.text), ['Not while I chair it']);
    const pronoun = 'Harbour vote\n\n“Why did you vote for the sale?” host Ned Pike asked him on Monday.\n\n“The town needs the money,” councillor Tom Reed answered.';
    assert.deepEqual(items(pronoun).filter((m) => m.kind === 'quote').map((m) => m.text), ['The town needs the money']);
    const unanswered = 'Harbour vote\n\n“Why did you vote for the sale?” host Ned Pike asked him on Monday. The vote is on Friday.';
    assert.deepEqual(items(unanswered).filter((m) => m.kind === 'quote').map((m) => m.text), ['Why did you vote for the sale?']);
    const own = 'Harbour vote\n\n“Who will pay for the dredging?” Ada Brill asked the crowd. “Not the skippers, and not this town.”\n\n“What is the pier for?” asked Brill, before she left. “Why should I sell?” she asked me.';
    assert.deepEqual(items(own).filter((m) => m.kind === 'quote').map((m) => m.text), ['Who will pay for the dredging?', 'Not the skippers, and not this town.', 'What is the pier for?', 'Why should I sell?']);
  });

  test('a quote printed as a headline or subtitle is a title, not a claim', () => {
    const text = 'Harbour debate\n\nA column with the subtitle: "Is the pier worth the money?" ran on Monday. "The pier is worth it," the mayor said.';
    assert.deepEqual(items(text).filter((m) => m.kind === 'quote').map((m) => m.text), ['The pier is worth it']);
    const used = 'Harbour debate\n\nThe Gazette used one skipper’s words as its headline: “The pier saved my business.”';
    assert.deepEqual(items(used).filter((m) => m.kind === 'quote').map((m) => m.text), ['The pier saved my business.']);
  });

  test('before ", according to X", the clause after a colon is the source\'s; the lead-in before it the writer\'s', () => {
    const text = 'Harbour trade\n\nThe fee has not driven boats away: the harbour was the busiest on the coast in 2019, according to one port survey.';
    assert.deepEqual(statements(text).map((s) => s.text), ['the harbour was the busiest on the coast in 2019']);
    const list = 'Harbour costs\n\nThree things drove the fees up: fuel, rent and wages, according to the port survey.';
    assert.deepEqual(statements(list).map((s) => s.text), ['Three things drove the fees up: fuel, rent and wages']);
  });

  test('a call or a naming ends before the medium it was made in ("in a statement following the vote")', () => {
    const text = 'Harbour vote\n\nMayor Ann Holt called for a fresh survey of the old harbour wall in a statement following the vote.';
    assert.deepEqual(statements(text).map((s) => s.text), ['a fresh survey of the old harbour wall']);
    const kept = 'Harbour vote\n\nMayor Ann Holt called for a survey of every boat moored in the statement harbour by the old mill and the long pier.';
    assert.deepEqual(statements(kept).map((s) => s.text), ['a survey of every boat moored in the statement harbour by the old mill and the long pier']);
    const short = 'Harbour vote\n\nSkipper Ben Tolly called the ferry “shameful” in a post on Sunday.';
    assert.deepEqual(statements(short).map((s) => s.text), ['the ferry “shameful” in a post on Sunday']);
  });
});

describe('session 30: cues that report no words', () => {
  test('"I\'m" or "I\'ve" before a cue outside quotes is the writer\'s own voice, as "I" is', () => {
    const text = 'Harbour letters\n\nThe ferry has run late all winter. I’m calling on readers to write to the harbour board. I\'m told that the mill will close.\n\nThe skipper told the board that the ferry would be sold.';
    assert.deepEqual(statements(text).map((s) => s.speaker), ['skipper']);
  });

  test('a bare saying participle after "is a" and a noun ("She’s a parrot repeating ...") describes, and reports nothing', () => {
    const text = 'Harbour letters\n\nThe mayor is charming, but he has no plan. He’s a parrot saying whatever the board wants to hear, and little will change. She is a hero telling the truth about the mill. The skipper said the mill would close.';
    assert.deepEqual(statements(text).map((s) => s.text), ['the mill would close']);
  });

  test('"said it best" or "put it well" only says how words printed elsewhere were put', () => {
    const text = 'Harbour letters\n\nAnn Holt may have said it best when she wrote to the board. Tom Lee put it well in his column on Sunday. The skipper said it was the worst winter on record.';
    assert.deepEqual(statements(text).map((s) => s.text), ['it was the worst winter on record']);
  });
});

describe('headlinese glued to the story (issue 15 item 3)', () => {
  test('"Filmmaker says ..." opening the text: a headline run on into the lead reports nothing under its own cue', () => {
    assert.deepEqual(statements('Filmmaker says he cannot commit to the ferry schedule Director Ann Lee will not shoot the sequel.'), []);
    // The lead's own cue still reports the words it is glued to.
    assert.deepEqual(statements('Filmmaker says he cannot commit to the schedule Director Ann Lee will not shoot the sequel, the Harbour Times reports.').map((s) => s.speaker), ['Harbour Times']);
  });

  test('a body sentence with its article, or a surname the text prints after a first name, is reported', () => {
    assert.deepEqual(statements('The filmmaker says he cannot commit to the schedule.').map((s) => s.text), ['he cannot commit to the schedule']);
    assert.deepEqual(statements('The novelist Ann King spoke on Friday.\nKing says the book took ten years to write.').map((s) => s.speaker), ['Ann King']);
  });
});

describe('a show named where a verb of telling puts its recipient (issue 15 item 3)', () => {
  test('"Lee told “Morning Harbour” that ...": the quoted show is no quote; the clause told is reported', () => {
    const found = items('Ann Lee told “Morning Harbour” that the ferry plan would work.');
    assert.deepEqual(found.filter((m) => m.kind === 'quote'), []);
    assert.deepEqual(found.filter((m) => m.kind === 'statement').map((m) => m.text), ['the ferry plan would work']);
    assert.deepEqual(items('Asked about the pier, Ann Lee told “Harbour Talk” host Ivo Marsh, “We will rebuild it.”').filter((m) => m.kind === 'quote').map((m) => m.text), ['We will rebuild it.']);
  });

  test('words told in title case that end the sentence are what was said', () => {
    assert.deepEqual(items('Ann Lee told the crowd: “Never Again.”').filter((m) => m.kind === 'quote').map((m) => m.text), ['Never Again.']);
  });
});
