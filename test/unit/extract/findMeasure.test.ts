import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { measureOf, normalizeUnit } from '../../../dedupe/candidateKeys.ts';
import { decideMerge } from '../../../dedupe/decideMerge.ts';

const figures = (text: string) => extractMentions(text).mentions.filter((m) => m.kind === 'number');
const units = (text: string) => figures(text).map((m) => m.unit);

describe('what a figure counts', () => {
  test('a participle or a state after those counted, an "of" phrase, a verb whose object the figure is', () => {
    assert.deepEqual(units('At least 40 people were injured in the blast.'), ['people (injured)']);
    assert.deepEqual(units('Officials said 12 villagers were still missing.'), ['villagers (missing)']);
    assert.deepEqual(units('The senator won 46 percent of the vote in Ohio.'), ['% (of vote)']);
    assert.deepEqual(units('The firm posted a loss of $1 billion in 1995.'), ['USD (loss)']);
    assert.deepEqual(units('The gunman opened fire, killing 12 people.'), ['people (killing)']);
  });

  test('a distance in a direction from a place measures that direction: "four miles west of Cobb" is no distance south of it', () => {
    assert.deepEqual(units('The quake struck 55 kilometres south of Bireun and 72 km south-east of Reuleuet.'), ['kilometres (south of bireun)', 'km (southeast of reuleuet)']);
    // The place is part of it: four miles west of one town is no distance west of another.
    assert.deepEqual(units('It began four miles west of Cobb and four miles west of the Anderson Springs resort.'), [
      'miles (west of cobb)',
      'miles (west of anderson springs)',
    ]);
    assert.deepEqual(units('It hit 10 miles north of the town.'), ['miles (north)']);
    assert.notEqual(measureOf('miles (west of cobb)'), measureOf('miles (southwest of cobb)'));
  });

  test('nothing when the sentence does not say: a name after "of" is whose it is, a level verb gives its level', () => {
    assert.deepEqual(units('More than 100 million users of WhatsApp in Russia were affected.'), ['users']);
    assert.deepEqual(units('Revenue reached $1.2 billion last year.'), ['USD']);
    assert.deepEqual(units('More than 50 firefighters tackled the blaze.'), ['firefighters']);
  });

  test('a figure after a number and "of" is the whole the number is part of: "completed 28 of 41 passes" counts passes', () => {
    assert.deepEqual(units('Garrard completed 28 of 41 passes for 329 yards.'), ['passes', 'yards']);
    assert.deepEqual(units('He landed 123 of 369 punches.'), ['punches']);
    // Read whole as a share ("eight of nine states"), the figure says what befell its part.
    assert.deepEqual(units('Clinton won eight of nine states on the day.'), ['states (won)']);
    // A noun before "of" still says what a sum is.
    assert.deepEqual(units('The firm posted a loss of $1 billion in 1995.'), ['USD (loss)']);
  });

  test('both ends of a range are bounds of it, "between $40 and $60" as "$140 million to $160 million"', () => {
    assert.deepEqual(units('Tickets will cost between $40 and $60 each.'), ['USD (range)', 'USD (range)']);
    assert.deepEqual(units('Offers were in the $140 million to $160 million range.'), ['USD (range)', 'USD (range)']);
  });

  test('the same count printed two ways is one; the measure is compared apart from the unit', () => {
    assert.equal(measureOf('people (killed)'), measureOf('people (dead)'));
    assert.equal(measureOf('others (wounding)'), measureOf('others (injury)'));
    // A sum lost, a loss and a sum in losses are one measure; a sum raised is another.
    assert.equal(measureOf('USD (lost)'), measureOf('USD (loss)'));
    assert.equal(measureOf('USD (losses)'), measureOf('USD (loss)'));
    assert.notEqual(measureOf('USD (lost)'), measureOf('USD (raised)'));
    assert.equal(normalizeUnit('people (killed)'), normalizeUnit('people'));
    assert.equal(normalizeUnit('Web sites'), normalizeUnit('websites'));
  });
});

describe('figure merges by what they count', () => {
  const figure = (unit: string, entities = ['Athens']) => ({ kind: 'number' as const, text: '40 people', speakerKey: null, value: 40, unit, entities });
  const claim = (unit: string) => ({ id: 'c1', kind: 'number' as const, value: 40, unit, variants: [{ text: '40 people', speakerKey: null, entities: ['Athens'] }] });

  test('40 injured and 40 arrested stay apart; 40 killed and 40 dead join; one that does not say joins either', () => {
    assert.deepEqual(decideMerge(figure('people (injured)'), [claim('people (arrested)')]).matches, []);
    assert.deepEqual(decideMerge(figure('people (killed)'), [claim('people (dead)')]).matches, ['c1']);
    assert.deepEqual(decideMerge(figure('people'), [claim('people (injured)')]).matches, ['c1']);
  });

  test('a share that does not say of what joins nothing', () => {
    const share = { ...figure('%'), text: '41 percent', value: 41 };
    assert.deepEqual(decideMerge(share, [{ ...claim('%'), value: 41 }]).matches, []);
    assert.deepEqual(decideMerge({ ...share, unit: '% (of the vote)' }, [{ ...claim('% (of vote)'), value: 41 }]).matches, ['c1']);
  });
});

describe('not figures', () => {
  test('a rank, an address, a block, a model, a time of day, a name in title case', () => {
    assert.deepEqual(figures('Felt was the No. 2 official at the FBI.'), []);
    assert.deepEqual(figures('Police fanned out around the 12200 block of 223rd Street.'), []);
    assert.deepEqual(figures('The bodies were found at 24 Independent Street on Tuesday.'), []);
    assert.deepEqual(figures('It ships with Nvidia GeForce GT 650M graphics.'), []);
    assert.deepEqual(figures('He was arrested around 1 : 30 on Sunday.'), []);
    assert.deepEqual(figures('They are members of a gang called 8 Block.'), []);
    assert.deepEqual(figures('There were five totally decked out officers in my yard.'), []);
  });

  test('a count before a day or a capitalised noun keeps its own noun', () => {
    assert.equal(figures('The attack killed at least three people Wednesday.')[0]?.text, 'at least three people');
    assert.equal(figures('one in every 500 Windows users was exposed')[0]?.text.includes('500 Windows'), true);
  });
});

describe('units and bounds', () => {
  test('a unit is compared by its singular, not its stem: villages are not villagers', () => {
    assert.notEqual(normalizeUnit('villages'), normalizeUnit('villagers'));
    assert.equal(normalizeUnit('kilometres'), normalizeUnit('kilometers'));
    assert.equal(normalizeUnit('cities'), normalizeUnit('city'));
  });

  test('"at least half" and "fewer than half" are two figures', () => {
    const half = (text: string) => ({ kind: 'number' as const, text, speakerKey: null, value: 0.5, unit: 'voters', entities: ['Ohio'] });
    const claim = (text: string) => ({ id: 'c1', kind: 'number' as const, value: 0.5, unit: 'voters', variants: [{ text, speakerKey: null, entities: ['Ohio'] }] });
    assert.deepEqual(decideMerge(half('At least half of voters'), [claim('Fewer than half of the voters')]).matches, []);
    assert.deepEqual(decideMerge(half('More than half of voters'), [claim('over half of the voters')]).matches, ['c1']);
  });

  test('"almost 40" and "at least 40" bound one value from two sides: "nearly" is short of it', () => {
    const hurt = (text: string) => ({ kind: 'number' as const, text, speakerKey: null, value: 40, unit: 'people (hurt)', entities: ['Valdoria'] });
    const claim = (text: string) => ({ id: 'c1', kind: 'number' as const, value: 40, unit: 'people (hurt)', variants: [{ text, speakerKey: null, entities: ['Valdoria'] }] });
    assert.deepEqual(decideMerge(hurt('almost 40 people'), [claim('at least 40 people')]).matches, []);
    assert.deepEqual(decideMerge(hurt('more than 40 people'), [claim('nearly 40 people')]).matches, []);
    // Bounds on one side still join: "nearly 40" and "under 40", "almost 40" and "about 40" or a bare "40".
    assert.deepEqual(decideMerge(hurt('nearly 40 people'), [claim('under 40 people')]).matches, ['c1']);
    assert.deepEqual(decideMerge(hurt('almost 40 people'), [claim('40 people')]).matches, ['c1']);
  });
});

describe('what a share counts is not a pronoun\'s verb', () => {
  test('"10 percent of them voted for Carson" does not say what it is a share of', () => {
    assert.deepEqual(units('Nearly 10 percent of them voted for Ben Carson in the caucuses.'), ['%']);
    assert.deepEqual(units('Carson won 10 percent of the vote in Iowa.'), ['% (of vote)']);
  });
});

describe('what a sum is', () => {
  test('the noun a sum is printed before, as "a loss of" before it: "a $916 million loss"; a balance "in the red"', () => {
    assert.deepEqual(units('He took a massive $916 million loss that year.'), ['USD (loss)']);
    assert.equal(measureOf('USD (loss)'), measureOf(units('The firm posted a loss of $916 million.')[0] ?? null));
    assert.deepEqual(units('It is $5 million worth of goods, and $3 million went to charity.'), ['USD', 'USD']);
    assert.deepEqual(units('His net worth fell to about $1 billion in the red by 1991.'), ['USD (in the red)']);
  });

  test('a sum paid and a deal\'s value or price are one measure; a sum raised is another', () => {
    assert.equal(measureOf('USD (paying)'), measureOf('USD (deal)'));
    assert.equal(measureOf('USD (price)'), measureOf('USD (paid)'));
    assert.notEqual(measureOf('USD (paying)'), measureOf('USD (raised)'));
  });

  test('things intercepted or confiscated are counted as such', () => {
    assert.deepEqual(units('An Indian warship on Thursday intercepted three boats off Aden.'), ['boats (intercepted)']);
  });
});

describe('what a sum is in', () => {
  test('"$1 billion in losses" is a sum of losses; a place, a time, an article or a number after "in" says nothing of it', () => {
    assert.deepEqual(units('The chain booked nearly $1 billion in losses last year.'), ['USD (losses)']);
    assert.deepEqual(units('The audit found $4 million in Larkin county subsidies.'), ['USD (subsidies)']);
    assert.deepEqual(units('The mayor took $200,000 in speaking fees from lenders.'), ['USD (fees)']);
    assert.deepEqual(units('The depot got $3 million in Ohio.'), ['USD']);
    assert.deepEqual(units('The fund lost $3 million in the first quarter.'), ['USD (lost)']);
    // A year is no thing the sum is in, but says when it held (extractFigures' yearAfter).
    assert.deepEqual(units('The fund gave $3 million in 2015 alone.'), ['USD (in 2015)']);
  });

  test('two sums of one value in one story, one of losses and one of fines, stay apart', () => {
    const [loss] = figures('The chain booked $5 million in losses, the filing shows.');
    const [fine] = figures('Regulators imposed $5 million in fines on the chain, the filing shows.');
    assert.ok(loss && fine);
    const subject = { kind: 'number' as const, text: loss.text, speakerKey: null, value: loss.value, unit: loss.unit, entities: ['Larkin Foods'], storyId: 's' };
    const candidate = { id: 'c', kind: 'number' as const, value: fine.value, unit: fine.unit, stories: ['s'], variants: [{ text: fine.text, speakerKey: null, entities: ['Larkin Foods'], unit: fine.unit }] };
    assert.deepEqual(decideMerge(subject, [candidate]).matches, []);
  });
});

describe('the stage of a criminal case is part of what a count measures', () => {
  // The second printing's sentence names `namesB` (the first's names Gomes).
  const merges = (a: string, b: string, namesB = ['Gomes']) => {
    const [x] = figures(a);
    const [y] = figures(b);
    assert.ok(x && y, `${a} / ${b}`);
    const subject = { kind: 'number' as const, text: x.text, speakerKey: null, value: x.value, unit: x.unit, entities: ['Gomes'], storyId: 's' };
    const candidate = { id: 'c', kind: 'number' as const, value: y.value, unit: y.unit, stories: ['s'], variants: [{ text: y.text, speakerKey: null, entities: namesB, unit: y.unit }] };
    return decideMerge(subject, [candidate]).matches.length > 0;
  };

  test('the verb a count is the object of, and the participles after those counted', () => {
    assert.deepEqual(units('Gomes was charged with two counts of murder.'), ['counts (of murder; charged)']);
    assert.deepEqual(units('Gomes was convicted Friday on two counts of murder.'), ['counts (of murder; convicted)']);
    assert.deepEqual(units('Police said 5 people were arrested and charged on Monday.'), ['people (arrested; charged)']);
    assert.deepEqual(units('He was sentenced to 18 years in prison.'), ['years (sentenced)']);
    // The count of a verb between ("killing") counts the killed, at no stage; another clause's stage is not its own.
    assert.deepEqual(units('He was charged with killing two people.'), ['people (killing)']);
    assert.deepEqual(units('Five people were killed and police arrested two men.'), ['people (killed)', 'men (arrested)']);
  });

  test('"5 people arrested" and "5 people charged" never merge; a stage one printing leaves out is no difference', () => {
    assert.equal(merges('Police said 5 people were arrested in Athens.', 'Prosecutors said 5 people were charged in Athens.'), false);
    assert.equal(merges('Gomes was charged with two counts of murder.', 'Gomes was convicted of two counts of murder.'), false);
    assert.equal(merges('Gomes was charged with two counts of murder.', 'Gomes faces two counts of murder.'), true);
    assert.equal(merges('Police said 5 people were arrested and charged.', 'Police have arrested 5 people.'), true);
    // A stage alone and another measure alone are two counts, as before.
    assert.equal(merges('Police said 5 people were arrested.', 'Officials said 5 people were killed.'), false);
  });

  test('the person charged, named with an age between the verb and its object, and a verdict of guilt are stages too', () => {
    assert.deepEqual(units('Prosecutors charged 41-year-old Marta Ilves Gomes with three counts of arson.'), ['counts (of arson; charged)']);
    assert.deepEqual(units('Prosecutors charged 41 - year - old Marta Gomes with three counts of arson.'), ['counts (of arson; charged)']);
    assert.deepEqual(units('A jury found Gomes guilty of three counts of arson.'), ['counts (of arson; convicted)']);
    assert.deepEqual(units('Gomes pleaded guilty to three counts of arson.'), ['counts (of arson; convicted)']);
    assert.deepEqual(units('The jury found Gomes not guilty of three counts of arson.'), ['counts (of arson; acquitted)']);
    // A plea of not guilty is no verdict: the counts are still only charged, and no stage is read from it.
    assert.deepEqual(units('Gomes pleaded not guilty to three counts of arson.'), ['counts (of arson)']);
    assert.equal(merges('Prosecutors charged Marta Gomes with three counts of arson.', 'A jury found Gomes guilty of three counts of arson.'), false);
    // A verdict's counts still join a printing that names no stage and says the same of what it counts, whatever
    // names each sentence puts first (the stage is compared on its own, not as a word of what is counted).
    assert.equal(merges('A jury found Gomes guilty of three counts of arson.', 'Lakeview prosecutors said the case turned on three counts of arson.', ['Lakeview']), true);
  });

  test('counts one "faces" or is "accused of" are charged, counts "dismissed" or "dropped" are dismissed, "cleared of" acquitted', () => {
    assert.deepEqual(units('Tarvo faces four counts of forgery in Lakeview.'), ['counts (of forgery; charged)']);
    assert.deepEqual(units('Tarvo, who is accused of two felony charges, was freed on bail.'), ['charges (charged)']);
    assert.deepEqual(units('The judge dismissed four counts of forgery against Tarvo.'), ['counts (dismissed)']);
    assert.deepEqual(units('Prosecutors quietly dropped three counts against Tarvo.'), ['counts (dismissed)']);
    assert.deepEqual(units('Tarvo was cleared of four counts of forgery.'), ['counts (of forgery; acquitted)']);
    // The counts one faces are those charged: they join a printing of the charges, never the verdict's count.
    assert.equal(merges('Gomes faces four counts of forgery.', 'Gomes was charged with four counts of forgery.'), true);
    assert.equal(merges('Gomes faces four counts of forgery.', 'A jury convicted Gomes on four counts of forgery.'), false);
    assert.equal(merges('Gomes is accused of four counts of forgery.', 'Gomes was found guilty of four counts of forgery.'), false);
    assert.equal(merges('The judge dismissed four counts of forgery against Gomes.', 'Gomes was convicted on four counts of forgery.'), false);
    assert.equal(merges('Gomes was cleared of four counts of forgery.', 'A jury convicted Gomes on four counts of forgery.'), false);
    // Only of counts and charges: the most a sentence could be, or a team's losses, name no stage (a term in prison is
    // measured as one, no stage).
    assert.deepEqual(units('Tarvo faces 20 years in prison if convicted.'), ['years (imprisoned)']);
    assert.deepEqual(units('The Lakeview side dropped two games in March.').map((u) => /dismissed/.test(u ?? '')), [false]);
  });

  test('a plea of not guilty however printed is no stage: "pled", "pleading", "a plea of"', () => {
    assert.deepEqual(units('Ilves pled not guilty to two counts of fraud.'), ['counts (of fraud)']);
    assert.deepEqual(units('After pleading not guilty to two counts of fraud, Ilves was freed on bail.'), ['counts (of fraud)']);
    assert.deepEqual(units('Ilves entered a plea of not guilty to two counts of fraud.'), ['counts (of fraud)']);
    // A verdict of not guilty is still the acquitted stage.
    assert.deepEqual(units('A jury found Ilves not guilty of two counts of fraud.'), ['counts (of fraud; acquitted)']);
  });

  test('a qualified number that a noun follows after "of" is still the whole: "61 percent of some 940 ballots"', () => {
    assert.match(units('She took 58 percent of roughly 900 ballots cast.')[0] ?? '', /ballots/);
    assert.match(units('He won 40 percent of nearly 600 votes.')[0] ?? '', /votes/);
  });

  test('a size or a date after "of" is not what is counted: "four tremors of around 3.5", "the first 12 races of 2031"', () => {
    assert.deepEqual(units('There were at least four tremors of around 3.5.')[0], 'tremors');
    assert.deepEqual(units('She won the first 12 races of 2031 -- a record.'), ['races (first)']);
    assert.equal(measureOf(units('Two quakes of magnitude 5 struck the valley.')[0] ?? null), '');
    // A whole named by a number and a noun is still read.
    assert.equal(units('She took 61 percent of 940 ballots cast.')[0], '% (of ballots cast)');
  });

  test('what a hire is paid is one measure however printed ("was paid", "a salary", "a contract", "guaranteed"); a sum raised is not', () => {
    assert.equal(measureOf('USD (salary)'), measureOf('USD (paid)'));
    assert.equal(measureOf('USD (contract)'), measureOf('USD (deal)'));
    assert.equal(measureOf('USD (guaranteed)'), measureOf('USD (deal)'));
    assert.equal(merges('Gomes was paid $3 million for directing the film.', 'Gomes accepted a relatively low $3 million salary for directing.'), true);
    assert.equal(merges('It surpassed the $90 million guaranteed to Gomes last year.', 'It surpassed the $90 million deal given to Gomes.'), true);
    assert.equal(merges('Gomes was paid $3 million for directing.', 'Gomes raised $3 million for charity.'), false);
    assert.notEqual(measureOf('USD (salary)'), measureOf('USD (revenue)'));
  });

  test('"120 mph" and "120 miles per hour" are one speed; a speed and a distance of the same value are two figures', () => {
    assert.equal(merges('Gomes drove at speeds up to 120 mph.', 'Gomes drove at speeds up to 120 miles per hour.'), true);
    assert.equal(merges('Gomes drove 120 miles before stopping.', 'Gomes drove at up to 120 mph.'), false);
  });
});

describe('what a count leaves out, who was let go, a term behind bars and the size of a change', () => {
  const merges = (a: string, b: string, namesA: string[], namesB: string[]) => {
    const [x] = figures(a);
    const [y] = figures(b);
    assert.ok(x && y, `${a} / ${b}`);
    const subject = { kind: 'number' as const, text: x.text, speakerKey: null, value: x.value, unit: x.unit, entities: namesA, storyId: 's' };
    const candidate = { id: 'c', kind: 'number' as const, value: y.value, unit: y.unit, stories: ['s'], variants: [{ text: y.text, speakerKey: null, entities: namesB, unit: y.unit }] };
    return decideMerge(subject, [candidate]).matches.length > 0;
  };

  test('an "other" count that says what it leaves out counts the rest: "three other cars besides the van"', () => {
    assert.deepEqual(units('Three other cars besides the van were burnt out.'), ['cars (besides)']);
    assert.deepEqual(units('Crews towed four other trucks apart from the tanker.'), ['trucks (besides)']);
    // Without "other" the words may add a second figure, not leave one out.
    assert.deepEqual(units('She ran for 40 goals in addition to 12 assists.'), ['goals', 'assists']);
    assert.equal(merges('Three other cars besides the van were burnt out.', 'At least three cars were burnt out on Dune Road.', ['Keller'], ['Dune Road']), false);
  });

  test('those released or let go are counted as such: "freed 8 hostages", "let 8 guests leave"', () => {
    assert.deepEqual(units('The captors freed 8 hostages on Sunday.'), ['hostages (released)']);
    assert.deepEqual(units('The kidnappers released 8 hostages at dawn.'), ['hostages (released)']);
    assert.deepEqual(units('The intruder let about 20 guests leave before he barricaded the hall.'), ['guests (released)']);
    // "let" with no verb of leaving says nothing of who is counted.
    assert.deepEqual(units('The keeper let 3 goals in.'), ['goals']);
    assert.equal(merges('About 20 guests had been dancing when the intruder came in.', 'The intruder let about 20 guests leave.', ['Ortega Hall'], ['Brandt']), false);
  });

  test('a period behind bars or in prison is a term of imprisonment; a sentence\'s stage already says so', () => {
    assert.deepEqual(units('She got four years, including eight months behind bars.'), ['years', 'months (imprisoned)']);
    assert.deepEqual(units('He served 30 months in a federal prison.'), ['months (imprisoned)']);
    assert.deepEqual(units('He was sentenced to 9 years in prison.'), ['years (sentenced)']);
    assert.equal(merges('She got four years, including eight months behind bars.', 'Tovar says he has not flown in eight months.', ['Lund'], ['Tovar']), false);
  });

  test('a figure after a verb of change, with "by" or right after it, is the size of a rise or a fall', () => {
    assert.deepEqual(units('The levy would cut output by 0.4 percent or $12.5 billion, the institute said.'), ['% (fall)', 'USD (fall)']);
    assert.deepEqual(units('Exports rose 6 percent in May.'), ['% (rise)']);
    assert.deepEqual(units('Membership grew by 3,000 people.'), ['people (rise)']);
    // A level reached is no change: "rose to 40 percent".
    assert.deepEqual(units('Turnout rose to 40 percent.'), ['%']);
    assert.equal(merges('The levy would cut output by $12.5 billion.', 'Receipts from the levy have totaled $12.5 billion.', ['Halvard Institute'], ['Treasury']), false);
  });
});

