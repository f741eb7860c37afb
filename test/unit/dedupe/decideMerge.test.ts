import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ClaimCandidate, MergeSubject } from '../../../dedupe/decideMerge.ts';
import { figureKeys } from '../../../dedupe/candidateKeys.ts';
import { decideMerge, figureNames, sameSubject } from '../../../dedupe/decideMerge.ts';

const quote = (text: string, speakerKey: string | null = 'dmitry peskov'): MergeSubject => ({
  kind: 'quote',
  text,
  speakerKey,
  value: null,
  unit: null,
  entities: [],
});
const claim = (id: string, texts: string[], speakerKey: string | null = 'dmitry peskov'): ClaimCandidate => ({
  id,
  kind: 'quote',
  value: null,
  unit: null,
  variants: texts.map((text) => ({ text, speakerKey, entities: [] })),
});

const LONG =
  'a question of fulfilling the legislation, if the Meta corporation fulfills this and enters into dialogue ' +
  'with Russian authorities, then we have the possibility of reaching an agreement. If the corporation (Meta) ' +
  'sticks to an uncompromising position and, I would say, shows itself unready to align with Russian legislation, ' +
  'then there is no chance.';
const TAIL =
  'If the corporation (Meta) sticks to an uncompromising position and, I would say, shows itself unready to ' +
  'align with Russian legislation, then there is no chance,';

describe('decideMerge', () => {
  test('the same words up to typography, case and punctuation join', () => {
    const decision = decideMerge(quote('‘We continue to do everything we can to keep users connected.’'), [
      claim('c1', ['"we continue to do everything we can to keep users connected"']),
    ]);
    assert.deepEqual(decision.matches, ['c1']);
  });

  test('a quote printing the tail of a longer quote by the same speaker joins it, both ways', () => {
    assert.deepEqual(decideMerge(quote(TAIL), [claim('c1', [LONG])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(LONG), [claim('c1', [TAIL])]).matches, ['c1']);
  });

  test('a quote cut inside a clause of a longer quote does not join it; one that stops at a clause end does', () => {
    const whole = 'We will not raise taxes unless the deficit grows, and we will keep every hospital open.';
    assert.deepEqual(decideMerge(quote('we will not raise taxes'), [claim('c1', [whole])]).matches, []);
    assert.deepEqual(decideMerge(quote(whole), [claim('c1', ['We will not raise taxes'])]).matches, []);
    assert.deepEqual(
      decideMerge(quote('We will not raise taxes unless the deficit grows'), [claim('c1', [whole])]).matches,
      ['c1'],
    );
    assert.deepEqual(decideMerge(quote('we will keep every hospital open'), [claim('c1', [whole])]).matches, [
      'c1',
    ]);
  });

  test('a part cut where the whole opens a clause without a comma (because, as, since, so) joins it', () => {
    const whole = 'The bug could affect all versions of the browser as hackers are already exploiting it';
    assert.deepEqual(decideMerge(quote('the bug could affect all versions of the browser'), [claim('c1', [whole])]).matches, ['c1']);
    const why = 'We closed the terminal because the ferry company stopped paying its rent';
    assert.deepEqual(decideMerge(quote('we closed the terminal'), [claim('c1', [why])]).matches, []);
    assert.deepEqual(decideMerge(quote('We closed the old terminal'), [claim('c1', [why])]).matches, []);
    const long = 'We closed the old ferry terminal on the river because the ferry company stopped paying its rent';
    assert.deepEqual(decideMerge(quote('We closed the old ferry terminal on the river'), [claim('c1', [long])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote('We closed the old ferry terminal'), [claim('c1', [long])]).matches, []);
  });

  test('a part cut before "and" that opens a clause or a predicate of its own joins; a noun phrase cut in two does not', () => {
    const joins = (part: string, whole: string) =>
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, ['c1'], `${part} / ${whole}`);
    const apart = (part: string, whole: string) =>
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, [], `${part} / ${whole}`);
    joins('We will rebuild every school in the valley', 'We will rebuild every school in the valley and we will never forget the children and teachers we lost that morning');
    joins('I want to thank the volunteers', 'I want to thank the volunteers and just tell them to go home and rest after three long weeks of work in the mud');
    apart('The storm destroyed the old church', 'The storm destroyed the old church and the wooden school beside it where the village children learned to read');
    apart('The gunman shot the shop owner', 'The gunman shot the shop owner and his teenage son who had been stacking boxes in the storeroom at the back');
    // "close" is as much an adjective as a verb in WordNet: what follows "and" is not read as a predicate of its own.
    apart('The company will cut jobs', 'The company will cut jobs and close two plants in Ohio next year');
  });

  test('a part that leaves out a restrictive clause or a condition stays apart', () => {
    const apart = (part: string, whole: string) =>
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, [], `${part} / ${whole}`);
    apart('We will deport every immigrant', 'We will deport every immigrant who has committed a violent crime in this country');
    apart('We will close every factory', 'We will close every factory which pollutes the river near the town');
    apart('I will support the bill', 'I will support the bill as long as it protects the pensions of workers');
  });

  test('decimal points and thousands separators do not end a clause', () => {
    const whole =
      'Unemployment fell to 6.1 percent as payrolls shrank by 93,000 jobs in June, the most in a year.';
    assert.deepEqual(
      decideMerge(quote('Unemployment fell to 6.1 percent as payrolls shrank'), [claim('c1', [whole])])
        .matches,
      [],
    );
    assert.deepEqual(
      decideMerge(quote('as payrolls shrank by 93,000 jobs'), [claim('c1', [whole])]).matches,
      [],
    );
    assert.deepEqual(
      decideMerge(quote('payrolls shrank by 93,000 jobs in June'), [claim('c1', [whole])]).matches,
      ['c1'],
    );
  });

  test('a small edit joins', () => {
    const decision = decideMerge(quote('We will continue to do everything we can to keep users connected'), [
      claim('c1', ['We continue to do everything we can to keep users connected']),
    ]);
    assert.deepEqual(decision.matches, ['c1']);
  });

  test('a small edit that swaps a noun for another kind of one thing is another statement', () => {
    const printed = 'After the chase, deputies took a rifle and a box of cartridges from the pickup';
    assert.deepEqual(
      decideMerge(quote('After the chase, deputies took a shotgun and a box of cartridges from the pickup'), [claim('c1', [printed])]).matches,
      [],
    );
    assert.deepEqual(
      decideMerge(quote('After the chase, deputies took a rifle and a box of cartridges from the pickup truck'), [claim('c1', [printed])]).matches,
      ['c1'],
      'a word added is an edit',
    );
    assert.deepEqual(
      decideMerge(quote('After the chase, deputies took a weapon and a box of cartridges from the pickup'), [claim('c1', [printed])]).matches,
      ['c1'],
      'a kind of thing and a kind of it are one thing at two levels of detail',
    );
  });

  test('one speaker\'s statement with a few words of substance changed or inflected joins; a sibling in one frame does not', () => {
    const printed = 'The floods are a reminder that drivers need to take extreme care on rural roads';
    const reworded = 'they come as a reminder that drivers needed to take extreme care on all rural roads';
    assert.deepEqual(decideMerge(quote(reworded), [claim('c1', [printed])]).matches, ['c1']);
    const sibling = 'The storms are a warning that farmers need to take urgent action on flooded fields';
    assert.deepEqual(decideMerge(quote(sibling), [claim('c1', [printed])]).matches, []);
    // Only the same speaker: a missing or another speaker needs the same words (or nearly).
    assert.deepEqual(decideMerge(quote(reworded, null), [claim('c1', [printed])]).matches, []);
    assert.deepEqual(decideMerge(quote(reworded, 'steven moffat'), [claim('c1', [printed])]).matches, []);
    // A changed figure or negation is still a conflict, not a merge.
    const negated = 'they come as a reminder that drivers never needed to take extreme care on all rural roads';
    assert.deepEqual(decideMerge(quote(negated), [claim('c1', [printed])]).matches, []);
  });

  test("one speaker's printings naming a person in full and by surname join unless the names around them hold another of that surname", () => {
    const full = 'If you do not want Gorvan Pellew or Ilsabet Askwith as leader, you should come over to Rhoda Quint.';
    const bare = 'It is a race of three now. If you do not want Pellew or Askwith to lead the party, you had better come over to Rhoda Quint.';
    assert.deepEqual(decideMerge(quote(bare), [claim('c1', [full])]).matches, ['c1']);
    // The bare surname's article also names Mabyn Pellew (extract/namesakes.ts): "Pellew" may be her.
    const aroundBare = { ...quote(bare), entities: ['Pellew', 'Askwith', 'Mabyn Pellew'] };
    assert.deepEqual(decideMerge(aroundBare, [claim('c1', [full])]).matches, []);
    // Either side's names count, whichever arrives first.
    const namesake = { ...claim('c1', [bare]), variants: [{ text: bare, speakerKey: 'dmitry peskov', entities: ['Mabyn Pellew'] }] };
    assert.deepEqual(decideMerge(quote(full), [namesake]).matches, []);
  });

  test('a part cut short on a function word joins the whole it was cut from', () => {
    const whole = 'The bridge was closed on Monday night after a barge struck one of its piers.';
    assert.deepEqual(decideMerge(quote('The bridge was closed on Monday night after'), [claim('c1', [whole])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote('The bridge was closed on Monday night'), [claim('c1', [whole])]).matches, []);
  });

  test('a different speaker keeps the same words apart', () => {
    const decision = decideMerge(quote(TAIL, 'ivan peskov'), [claim('c1', [TAIL])]);
    assert.deepEqual(decision.matches, []);
    assert.deepEqual(decideMerge(quote(TAIL, 'whatsapp'), [claim('c1', [TAIL])]).matches, []);
  });

  test('a printing whose speaker is missing joins a named one on the same words, not on a short match; on a loose one only reworded with a name in common', () => {
    assert.deepEqual(decideMerge(quote(TAIL, null), [claim('c1', [TAIL])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(LONG), [claim('c1', [TAIL], null)]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote('then there is no chance', null), [claim('c1', ['then there is no chance'])]).matches, []);
    // Two words changed in 25 (similarity 0.88) is the same printing; more changes (0.76) join one speaker's only.
    const edited = TAIL.replace('I would say', 'I would argue').replace('Russian legislation', 'the law');
    assert.deepEqual(decideMerge(quote(edited, null), [claim('c1', [TAIL])]).matches, ['c1']);
    const loose = TAIL.replace('I would say, shows itself unready to align', 'as we know, is unready to comply');
    // Reworded with a name in common (Meta) and six words of substance shared: one quote left unattributed (rewordedUnattributed).
    assert.deepEqual(decideMerge(quote(loose, null), [claim('c1', [TAIL])]).matches, ['c1']);
    const nameless = (text: string) => text.replace('(Meta) ', '').replace('Russian ', '');
    assert.deepEqual(decideMerge(quote(nameless(loose), null), [claim('c1', [nameless(TAIL)])]).matches, []);
    assert.deepEqual(decideMerge(quote(loose), [claim('c1', [TAIL])]).matches, ['c1']);
  });

  test('a description or an organisation as speaker joins a named one on the same words; two named speakers never', () => {
    const weak = (text: string, key: string): MergeSubject => ({ ...quote(text, key), weakSpeaker: true });
    assert.deepEqual(decideMerge(weak(TAIL, 'kremlin'), [claim('c1', [TAIL])]).matches, ['c1']);
    assert.deepEqual(decideMerge(weak('then there is no chance', 'kremlin'), [claim('c1', ['then there is no chance'])]).matches, []);
    assert.deepEqual(decideMerge(quote(TAIL, 'ivan petrov'), [claim('c1', [TAIL])]).matches, []);
    const weakClaim: ClaimCandidate = { ...claim('c2', ['short words here']), variants: [{ text: 'short words here', speakerKey: 'police', entities: [], weakSpeaker: true }] };
    assert.deepEqual(decideMerge(weak('short words here', 'police'), [weakClaim]).matches, ['c2']);
  });

  test('the same short words naming someone the articles name join a described or missing speaker to a named one; a stock phrase does not', () => {
    const said = (text: string, speakerKey: string | null, entities: string[]): MergeSubject => ({ ...quote(text, speakerKey), kind: 'statement', weakSpeaker: speakerKey !== null, entities });
    const named = (text: string, entities: string[]): ClaimCandidate => ({
      id: 'c1',
      kind: 'statement',
      value: null,
      unit: null,
      variants: [{ text, speakerKey: 'nora vale', entities, role: 'Fire Marshal' }],
    });
    const words = 'Brenner likely drowned quickly';
    assert.deepEqual(decideMerge(said(words, 'officials', ['Brenner', 'Pilot Tom Brenner']), [named(words, ['Brenner', 'Nora Vale'])]).matches, ['c1']);
    assert.deepEqual(decideMerge(said(words, null, ['Pilot Tom Brenner']), [named(words, [])]).matches, ['c1'], 'no speaker printed');
    // Without a name the articles hold, four words could be anyone's; so could a stock phrase, and three words naming one.
    assert.deepEqual(decideMerge(said(words, 'officials', []), [named(words, [])]).matches, []);
    assert.deepEqual(decideMerge(said('We have no idea why', 'officials', ['Brenner']), [named('We have no idea why', ['Brenner'])]).matches, []);
    assert.deepEqual(decideMerge(said('Brenner likely drowned', 'officials', ['Brenner']), [named('Brenner likely drowned', ['Brenner'])]).matches, []);
    // Two named speakers never join, whatever the words.
    assert.deepEqual(decideMerge({ ...said(words, 'ivo lenz', ['Brenner']), weakSpeaker: false }, [named(words, ['Brenner'])]).matches, []);
  });

  test('a described speaker joins a named one on a long printing with a few words changed that the rewording reads as one assertion', () => {
    const weak = (text: string, key: string): MergeSubject => ({ ...quote(text, key), weakSpeaker: true });
    const named = 'The smugglers are from Corvia and Threnland, two provinces bordering the Bay of Estmar';
    const edited = 'the smugglers were from Corvia and Threnland, two provinces on the shore of the Bay';
    assert.deepEqual(decideMerge(weak(edited, 'ostrians'), [claim('c1', [named], 'jan olsen')]).matches, ['c1']);
    // Another figure, or a short sentence of one fact two sources tell, stays apart.
    assert.deepEqual(decideMerge(weak(edited.replace('two', 'three'), 'ostrians'), [claim('c1', [named], 'jan olsen')]).matches, []);
    assert.deepEqual(
      decideMerge(weak('Dorn died at his home in Westfield, Ohio, on Friday', 'herald newspaper'), [claim('c1', ['his uncle died at his home in Westfield, Ohio'], 'ray dorn')]).matches,
      [],
    );
  });

  test('two printings of one speaker that print one sentence whole join; a short sentence or another speaker does not', () => {
    const first = 'This idea that the mayor has no plan is simply not true. She knows exactly where the money goes.';
    const second = 'So let us be done with this myth that the mayor has no plan. She knows exactly where the money goes';
    assert.deepEqual(decideMerge(quote(first), [claim('c1', [second])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(first, 'ivan petrov'), [claim('c1', [second])]).matches, []);
    const stock = (text: string) => `${text} Thank you all so much.`;
    assert.deepEqual(decideMerge(quote(stock('The ferry will run again in May.')), [claim('c1', [stock('We have sold the old depot to the council.')])]).matches, []);
  });

  test('a statement carrying a quote, or a stretch of it, joins the quote; a short stretch does not', () => {
    const statement: MergeSubject = {
      ...quote('Peskov said that if the corporation “sticks to an uncompromising position and, I would say, shows itself unready to align with Russian legislation”, there was no chance'),
      kind: 'statement',
    };
    assert.deepEqual(decideMerge(statement, [claim('c1', [LONG])]).matches, ['c1']);
    const short: MergeSubject = { ...quote('Peskov said Meta was “unready to align” with the law'), kind: 'statement' };
    assert.deepEqual(decideMerge(short, [claim('c1', [LONG])]).matches, []);
  });

  test("a statement carrying a quote closed by two apostrophes (opened by a mark, two backticks or two apostrophes) joins the quote; its own words after them are no quote", () => {
    const quoted = 'We are certainly treating the blaze at the boathouse as deliberate at this stage';
    const said = (words: string): MergeSubject => ({
      ...quote(`the chief said crews were "${words} at this stage '' but would not say why, the Harbour Gazette reported`, 'ada mirren'),
      kind: 'statement',
    });
    assert.deepEqual(decideMerge(said('treating the blaze at the boathouse as deliberate'), [claim('c1', [quoted], 'ada mirren')]).matches, ['c1']);
    assert.deepEqual(decideMerge(said('treating the blaze at the boathouse as an accident'), [claim('c1', [quoted], 'ada mirren')]).matches, []);
    const tokenised: MergeSubject = { ...quote("the chief said ``the boathouse was empty when the fire started at this stage'' and left", 'ada mirren'), kind: 'statement' };
    assert.deepEqual(decideMerge(tokenised, [claim('c1', ['We know the boathouse was empty when the fire started at this stage'], 'ada mirren')]).matches, ['c1']);
    const apostrophes: MergeSubject = {
      ...quote("the chief said crews were ''treating the blaze at the boathouse as deliberate at this stage'' but would not say why, the Harbour Gazette reported", 'ada mirren'),
      kind: 'statement',
    };
    assert.deepEqual(decideMerge(apostrophes, [claim('c1', [quoted], 'ada mirren')]).matches, ['c1']);
  });

  test('a part printed with an ellipsis, a bracketed insertion or one changed word joins; a changed figure or negation does not', () => {
    const whole = 'We are going to send our troops to Berlin next week, and they will stay there until the crisis is over.';
    for (const part of [
      'We are going to send our troops … next week',
      'We are going to send [the] troops to Berlin next week',
      'We are going to send the troops to Berlin next week',
      'they will stay there until the crisis is over',
    ]) {
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, ['c1'], part);
    }
    for (const part of ['We are going to send 100 troops to Berlin next week', 'they will not stay there until the crisis is over']) {
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, [], part);
    }
  });

  test('a part printed with an ellipsis joins a whole whose figure sits in the cut; not one that adds a figure or drops a negation', () => {
    const whole = 'The ferry was late again. After waiting for 40 minutes, I still do not know when it will leave';
    assert.deepEqual(decideMerge(quote('The ferry was late again … I still do not know when it will leave'), [claim('c1', [whole])]).matches, ['c1']);
    for (const part of [
      'The ferry was late again … I still do not know when the 9 o\'clock boat will leave',
      'The ferry was late again … I still know when it will leave',
      'The ferry was late again [and] I still do not know when it will leave',
    ]) {
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, [], part);
    }
  });

  test("a person's age beside their name is no figure of the statement; another figure still is", () => {
    const whole = 'Marta Quillon, 52, refused to leave the flooded bakery on Dunmore Street';
    assert.deepEqual(decideMerge(quote('Quillon refused to leave the flooded bakery on Dunmore Street'), [claim('c1', [whole])]).matches, ['c1']);
    for (const part of ['Marta Quillon, 47, refused to leave the flooded bakery on Dunmore Street', 'Quillon refused to leave the flooded bakery on 14 Dunmore Street']) {
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, [], part);
    }
  });

  test("an age after a name that ends the printing is no figure of the statement; two ages told two ways still are", () => {
    const whole = 'Dale Ormond, who had lost his job at the mill, is accused of robbing the grocer Pete Vasko, 61';
    assert.deepEqual(decideMerge(quote('Dale Ormond, who had lost his job at the mill, is accused of robbing the grocer Pete Vasko'), [claim('c1', [whole])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote('Dale Ormond, who had lost his job at the mill, is accused of robbing the grocer Pete Vasko, 16'), [claim('c1', [whole])]).matches, []);
  });

  test('an amount and its conversion in brackets are one figure; another amount still is not', () => {
    const whole = 'the cuts, which aim to save euro12 billion ($16 billion) from the harbour budget through 2015';
    for (const part of ['the cuts, which aim to save $16 billion from the harbour budget through 2015', 'the cuts, which aim to save euro12 billion from the harbour budget through 2015']) {
      assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole])]).matches, ['c1'], part);
    }
    assert.deepEqual(decideMerge(quote('the ferry sank about 19 miles off the northern cape of the island'), [claim('c1', ['the ferry sank about 30km (19 miles) off the northern cape of the island'])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote('the cuts, which aim to save $18 billion from the harbour budget through 2015'), [claim('c1', [whole])]).matches, []);
  });

  test('a surname, an initial or a title-less form of the same name joins', () => {
    for (const key of ['peskov', 'd peskov', 'dmitry peskov']) {
      assert.deepEqual(decideMerge(quote(TAIL, key), [claim('c1', [LONG])]).matches, ['c1'], key);
    }
  });

  test('each variant is tested with its own speaker: a claim mixing surname forms does not admit a rival', () => {
    const mixed: ClaimCandidate = {
      id: 'c1',
      kind: 'quote',
      value: null,
      unit: null,
      variants: [
        { text: LONG, speakerKey: 'dmitry peskov', entities: [] },
        {
          text: 'an entirely different sentence about the weather in Moscow today',
          speakerKey: 'peskov',
          entities: [],
        },
      ],
    };
    assert.deepEqual(decideMerge(quote(TAIL, 'ivan peskov'), [mixed]).matches, []);
    assert.deepEqual(decideMerge(quote(TAIL, 'peskov'), [mixed]).matches, ['c1']);
  });

  test('a different figure is a conflicting variant, not a merge', () => {
    const decision = decideMerge(quote('Trying to isolate over 10 million users is a backwards step'), [
      claim('c1', ['Trying to isolate over 100 million users is a backwards step']),
    ]);
    assert.deepEqual(decision, { matches: [], conflicts: [{ claimId: 'c1', reason: 'figure' }] });
  });

  test('a figure printed with a currency code or with its minutes is the same figure', () => {
    const say = (text: string) => quote(`Damage to the church was estimated at ${text} by the fire department on Friday`);
    assert.deepEqual(decideMerge(say('$ US1 million'), [claim('c1', [say('$ 1 million').text])]).matches, ['c1']);
    assert.deepEqual(decideMerge(say('6:00 p.m.'), [claim('c1', [say('6 p.m.').text])]).matches, ['c1']);
    assert.deepEqual(decideMerge(say('$ US2 million'), [claim('c1', [say('$ 1 million').text])]).matches, []);
  });

  test('a flipped negation is a conflicting variant, not a merge', () => {
    const decision = decideMerge(
      quote('If Meta sticks to its position, then there is a chance of an agreement'),
      [claim('c1', ['If Meta sticks to its position, then there is no chance of an agreement'])],
    );
    assert.deepEqual(decision, { matches: [], conflicts: [{ claimId: 'c1', reason: 'negation' }] });
  });

  test('an aside that echoes a negation the sentence already has joins; a negation inserted otherwise does not', () => {
    const plain = 'I can tell you there has never been a coach or a player more loyal to this club than Marta Quell in all its history.';
    const echoed = 'I can tell you there has never been a coach or a player, not me, not Ivo, nobody more loyal to this club than Marta Quell in all its history.';
    // Printed without a speaker by one outlet: the same words and the aside join on their length (isStrong).
    assert.deepEqual(decideMerge(quote(echoed, null), [claim('c1', [plain])]).matches, ['c1']);
    // A sentence that negated nothing is negated by what is inserted, with a comma or without one: the same words
    // alone no longer join them.
    const positive = 'I can tell you the board has always had a coach or a player more loyal to this club than Marta Quell.';
    const flipped = 'I can tell you the board has always had a coach or a player, never a manager, more loyal to this club than Marta Quell.';
    assert.deepEqual(decideMerge(quote(flipped, null), [claim('c1', [positive])]).matches, []);
    const inserted = 'I can tell you there has never been a coach or a player not more loyal to this club than Marta Quell in all its history.';
    assert.deepEqual(decideMerge(quote(inserted, null), [claim('c1', [plain])]).matches, []);
  });

  test('a mention bridging two claims matches both, the smallest id first', () => {
    const decision = decideMerge(quote(LONG), [
      claim('c9', ['then we have the possibility of reaching an agreement']),
      claim('c2', [TAIL]),
    ]);
    assert.deepEqual(decision.matches, ['c2', 'c9']);
  });

  test('a part joins the whole whose printing carries an editor\'s words in brackets, unless they hold a negation', () => {
    const whole =
      'The warship immediately altered (its course) towards the suspicious boats and challenged them. The skiffs then turned back and tried to flee the area.';
    const part = 'The warship immediately altered towards the suspicious boats and challenged them';
    // One printing names no speaker, the other only describes one ("the officer"): the words alone must join them.
    const described = { ...quote(part, 'officer'), weakSpeaker: true };
    assert.deepEqual(decideMerge(described, [claim('c1', [whole], null)]).matches, ['c1']);
    const negated = 'The crew will (not) leave the harbour before the storm has passed over the coast.';
    assert.deepEqual(decideMerge(quote('The crew will leave the harbour before the storm has passed over the coast'), [claim('c1', [negated])]).matches, []);
  });

  test('a tokenised copy ("I \'m", "do n\'t") and a figure in words are the same words as the printed ones', () => {
    const printed = 'I am sorry, I do not think the council can rebuild the 2 bridges before the floods';
    const tokenised = "I 'm sorry, I do n't think the council can rebuild the two bridges before the floods";
    assert.deepEqual(decideMerge(quote(tokenised), [claim('c1', [printed])]).matches, ['c1']);
    const crash = 'the thieves drove a large four - by - four car into the shop and took watches worth €3 million';
    assert.deepEqual(
      decideMerge(quote(crash, 'police source'), [claim('c1', ['the thieves drove a large 4×4 car into the shop and took watches worth three million euros'], 'police source')]).matches,
      ['c1'],
    );
    const other = 'the thieves drove a large 4×4 car into the shop and took watches worth €4 million';
    assert.deepEqual(decideMerge(quote(crash, 'police source'), [claim('c1', [other], 'police source')]).matches, []);
  });

  test('a part with a function word added and a contraction written out is contained, and joins a speaker printed two ways', () => {
    const whole = "I just wanted to say that I know the storms we 've had caused a lot of damage and I 'm sorry";
    const part = 'I know that the storms that we have had caused a lot of damage, and I am sorry.';
    assert.deepEqual(decideMerge(quote(part, 'ironically hallam'), [claim('c1', [whole], 'brian hallam')]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(part, 'alexis hallam'), [claim('c1', [whole], 'alexandros hallam')]).matches, ['c1']);
    // Names that may be one person's join on the same words only, never on a loose likeness; two given names never.
    const [loose, looseToo] = ['the storms caused heavy damage to the old harbour', 'the storms did heavy damage to the harbour walls'];
    assert.deepEqual(decideMerge(quote(loose, 'alexis hallam'), [claim('c1', [looseToo], 'alexis hallam')]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(loose, 'alexis hallam'), [claim('c1', [looseToo], 'alexandros hallam')]).matches, []);
    assert.deepEqual(decideMerge(quote(part, 'susan hallam'), [claim('c1', [whole], 'brian hallam')]).matches, []);
  });

  test('a short quote printed whole joins a named speaker\'s without a speaker when its words are distinctive, not a stock phrase', () => {
    const named = claim('c1', ['He is becoming the harbour’s worst landlord'], 'mara voss');
    assert.deepEqual(decideMerge(quote("He is becoming the harbour's worst landlord", null), [named]).matches, ['c1']);
    const stock = claim('c1', ['We will see what happens next'], 'mara voss');
    assert.deepEqual(decideMerge(quote('We will see what happens next', null), [stock]).matches, []);
  });

  test('a part that leaves only a function word or two of its clause joins the whole; a qualifier or a negation left keeps it apart', () => {
    const whole = 'I have money from people who work for shipping firms. I am so tired of the mayor’s office lying about me. I am tired of it.';
    assert.deepEqual(decideMerge(quote('I am so tired of the mayor’s office lying'), [claim('c1', [whole])]).matches, ['c1']);
    const qualified = 'I am so tired of the mayor’s office lying about the budget. I am tired of it.';
    assert.deepEqual(decideMerge(quote('I am so tired of the mayor’s office lying'), [claim('c1', [qualified])]).matches, []);
    const negated = 'We will close the old bridge or not at all, the engineers say.';
    assert.deepEqual(decideMerge(quote('We will close the old bridge'), [claim('c1', [negated])]).matches, []);
    // A part cut short on a function word joins, unless the whole goes on with a negation there.
    const funded = 'the mayor said that our council and its partners do fund the new harbour wall';
    assert.deepEqual(decideMerge(quote('the mayor said that our council and its partners do'), [claim('c1', [funded])]).matches, ['c1']);
    const unfunded = "the mayor said that our council and its partners don't fund the new harbour wall";
    assert.deepEqual(decideMerge(quote('the mayor said that our council and its partners do'), [claim('c1', [unfunded])]).matches, []);
  });

  test("one body described by its place's adjective and by the place's possessive joins on near words; another country's does not", () => {
    const said = (text: string, key: string) => ({ ...quote(text, key), kind: 'statement' as const, weakSpeaker: true });
    const stored = (text: string, key: string) => ({ id: 'c1', kind: 'statement' as const, value: null, unit: null, variants: [{ text, speakerKey: key, entities: [], weakSpeaker: true }] });
    const ministry = said("it will take \" several weeks '' for the bridge to be rebuilt and is trying to reroute Norway's ferry traffic", 'norwegian ministry');
    const text = "it will take \"several weeks '' for the bridge to be rebuilt and is trying to switch Norway's ferries to an alternative route";
    assert.deepEqual(decideMerge(ministry, [stored(text, "norway's transport ministry")]).matches, ['c1']);
    assert.deepEqual(decideMerge(ministry, [stored(text, "sweden's transport ministry")]).matches, [], 'another country');
  });

  test("a part that leaves out a passive's agent joins the whole; a figure after \"by\", or no passive, keeps it apart", () => {
    const part = 'the tip led the detectives to the old farm where the stolen paintings were recovered';
    const whole = (agent: string) => `the tip led the detectives to the old farm where the stolen paintings were recovered ${agent}, and the museum will show them again in the spring`;
    assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole('by a retired teacher in a barn')])]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(part), [claim('c1', [whole('by 40 per cent')])]).matches, [], 'a figure');
    const active = 'the tip led the detectives to the old farm where the missing painter worked';
    assert.deepEqual(decideMerge(quote(active), [claim('c1', [`${active} by a lamp in a barn, and the museum will show his pictures again in the spring`])]).matches, [], 'no passive: "by" says where');
  });

  test('printings whose subjects are described as one office of two towns are about two people; one town described two ways is one', () => {
    const said = (text: string) => ({ ...quote(text, 'police'), kind: 'statement' as const, weakSpeaker: true });
    const stored = (text: string) => ({ id: 'c1', kind: 'statement' as const, value: null, unit: null, variants: [{ text, speakerKey: 'police', entities: [], weakSpeaker: true }] });
    const lindenburg = said('Brandt, the harbour master of Lindenburg, was arrested on Tuesday after a search of his office');
    assert.deepEqual(decideMerge(lindenburg, [stored('Brandt, the harbour master of Oakhollow, was arrested on Tuesday after a search of his office')]).matches, []);
    assert.deepEqual(decideMerge(lindenburg, [stored('Brandt, the Lindenburg harbour master, was arrested on Tuesday after a search of his office')]).matches, ['c1'], 'one town');
    assert.deepEqual(decideMerge(lindenburg, [stored('Brandt was arrested on Tuesday after a search of his office')]).matches, ['c1'], 'described once');
  });

  test('a date printed after a weekday the other printing names alone is the same day; another date or day is not', () => {
    const stored = (text: string) => claim('c1', [text], 'ilse moran');
    const dated = quote('Verhoef died Sunday, March 7, 2010, of heart failure', 'ilse moran');
    assert.deepEqual(decideMerge(dated, [stored('Verhoef died Sunday of heart failure')]).matches, ['c1']);
    assert.deepEqual(decideMerge(dated, [stored('Verhoef died Sunday, March 14, 2010, of heart failure')]).matches, [], 'another date');
    assert.deepEqual(decideMerge(dated, [stored('Verhoef died Monday of heart failure')]).matches, [], 'another day');
  });

  test('one surname printed with one office of two towns is two people, whose same words do not join', () => {
    const said = 'the new budget would cut road repairs in the town by a third next year';
    const mayor = (role: string) => ({ ...quote(said, 'brandt'), kind: 'statement' as const, role });
    const stored = (role: string) => ({ id: 'c1', kind: 'statement' as const, value: null, unit: null, variants: [{ text: said, speakerKey: 'brandt', entities: [], role }] });
    assert.deepEqual(decideMerge(mayor('mayor of Lindenburg'), [stored('mayor of Oakhollow')]).matches, []);
    assert.deepEqual(decideMerge(mayor('mayor of Lindenburg'), [stored('Lindenburg Mayor')]).matches, ['c1'], 'one town');
    assert.deepEqual(decideMerge(mayor('mayor of Lindenburg'), [stored('Lindenburg Sen.')]).matches, ['c1'], 'two offices show nothing');
  });

  test('a described speaker joins a named one whose printed role it describes as one speaker would, a loose wording too', () => {
    const named = (text: string, role: string | null) => ({
      id: 'c1',
      kind: 'statement' as const,
      value: null,
      unit: null,
      variants: [{ text, speakerKey: 'marta quell', entities: [], role }],
    });
    const described = { ...quote('the caretaker found the two bodies yesterday after entering the flat to check a smell of smoke', 'police'), kind: 'statement' as const, weakSpeaker: true };
    const printed = 'the caretaker found the two bodies after entering the flat on Sunday evening to check the smell';
    assert.deepEqual(decideMerge(described, [named(printed, 'Harlow police Lt.')]).matches, ['c1']);
    assert.deepEqual(decideMerge(described, [named(printed, 'fire chief')]).matches, [], 'another body');
    assert.deepEqual(decideMerge(described, [named(printed, null)]).matches, [], 'no role printed');
    // Either way round: the named printing arrives second.
    const subject = { ...quote(printed, 'marta quell'), kind: 'statement' as const, role: 'Harlow police Lt.' };
    const stored = { id: 'c1', kind: 'statement' as const, value: null, unit: null, variants: [{ text: described.text, speakerKey: 'police', entities: [], weakSpeaker: true }] };
    assert.deepEqual(decideMerge(subject, [stored]).matches, ['c1']);
  });

  test("a described printing does not take another officer's short words through the role they share", () => {
    // One officer's words and a "Police" printing of them, one claim; another officer of that force says a short part.
    const said = 'We are looking for a grey van, and we ask anyone who saw it near the school gates to call us';
    const policeClaim = {
      id: 'c1',
      kind: 'quote' as const,
      value: null,
      unit: null,
      variants: [
        { text: said, speakerKey: 'omar fenwick', entities: [], role: 'Dunmore police Sgt.' },
        { text: said, speakerKey: 'police', entities: [], weakSpeaker: true },
      ],
    };
    const short = 'We are looking for a grey van';
    const other = { ...quote(short, 'lena brask'), role: 'Dunmore police Lt.' };
    assert.deepEqual(decideMerge(other, [policeClaim]).matches, [], "another officer's short quote");
    // Either way round: the described printing and a named officer's short wording do not join.
    const described = { ...quote(said, 'police'), weakSpeaker: true };
    const lena = { ...policeClaim, variants: [{ text: short, speakerKey: 'lena brask', entities: [], role: 'Dunmore police Lt.' }] };
    assert.deepEqual(decideMerge(described, [lena]).matches, []);
    // A distinctive wording of the named officer joins the described printing of it, as the same words always do.
    const longer = { ...quote('We are looking for a grey van, and we ask anyone who saw it', 'lena brask'), role: 'Dunmore police Lt.' };
    assert.deepEqual(decideMerge(longer, [policeClaim]).matches, ['c1']);
  });

  test("one description's report reworded joins when the two name someone in common, never on a description alone", () => {
    const described = (text: string, speakerKey = 'police'): MergeSubject => ({ ...quote(text, speakerKey), kind: 'statement', weakSpeaker: true });
    const stored = (text: string, speakerKey = 'police'): ClaimCandidate => ({
      id: 'c1',
      kind: 'statement',
      value: null,
      unit: null,
      variants: [{ text, speakerKey, entities: [], weakSpeaker: true }],
    });
    const charged = 'A 44-year-old Harlow man, Piet Danner, was charged on Sunday with one count of arson over the warehouse blaze';
    assert.deepEqual(decideMerge(described('Piet Danner faces one charge of arson over the warehouse blaze'), [stored(charged)]).matches, ['c1']);
    // "Police" in two events: the same frame with no name in common may be two forces' two arrests.
    const another = 'A 44-year-old man was charged on Sunday with one count of arson over the warehouse blaze';
    assert.deepEqual(decideMerge(described('the man faces one charge of arson over the warehouse blaze'), [stored(another)]).matches, []);
    // Five words of substance, every one of the shorter report's matched, are its report told shorter: they join.
    const found = "the caretaker's nephew found the bodies on Friday after entering the third-floor flat to check a smell of smoke";
    assert.deepEqual(decideMerge(described('The nephew entered the flat and found the bodies'), [stored(found)]).matches, ['c1']);
    // Five shared words that leave one of the shorter's own unmatched stay a frame.
    assert.deepEqual(decideMerge(described('The nephew entered the flat and found the bodies upstairs in a trunk'), [stored(found)]).matches, []);
    // Two descriptions that are not one ("police" and "firefighters") never join in other words.
    assert.deepEqual(decideMerge(described('Piet Danner faces one charge of arson over the warehouse blaze', 'firefighters'), [stored(charged)]).matches, []);
  });

  test('a body and a person printed as of it ("Harlow Mills\' Dana Crewe") join on the same long words, not on a short wording', () => {
    const company = quote('This is a sad day for everyone at the mill.', 'harlow mills');
    const spokeswoman = (text: string, role: string | null): ClaimCandidate => ({
      id: 'c1',
      kind: 'quote',
      value: null,
      unit: null,
      variants: [{ text, speakerKey: 'dana crewe', entities: [], role }],
    });
    const whole = 'This is a sad day for everyone at the mill. We will pay every worker until the end of the month.';
    assert.deepEqual(decideMerge(company, [spokeswoman(whole, "Harlow Mills'")]).matches, ['c1']);
    assert.deepEqual(decideMerge(company, [spokeswoman(whole, 'Dunmore Foods spokeswoman')]).matches, [], 'of another body');
    assert.deepEqual(decideMerge(company, [spokeswoman(whole, null)]).matches, [], 'of no body printed');
    // A short wording could be anyone's at the body: the same words are not enough.
    assert.deepEqual(decideMerge(quote('A sad day.', 'harlow mills'), [spokeswoman('A sad day.', "Harlow Mills'")]).matches, []);
  });

  test('the same two speakers asked again, with a role, without one or described, get the verdict each asks for (remembered by all they print)', () => {
    const brewery = quote('The brewery will reopen its tap room next spring after the flood repairs are done.', 'kessel brewing');
    const worded = 'The brewery will reopen its tap room next spring after the flood repairs are done. Staff keep their jobs.';
    const printed = (role: string | null, weakSpeaker = false): ClaimCandidate => ({
      id: 'c1',
      kind: 'quote',
      value: null,
      unit: null,
      variants: [{ text: worded, speakerKey: weakSpeaker ? 'kessel brewing' : 'lena ostrow', entities: [], role, weakSpeaker }],
    });
    // No role first, then the role that prints her as speaking for the body, then none again and an empty one.
    assert.deepEqual(decideMerge(brewery, [printed(null)]).matches, []);
    assert.deepEqual(decideMerge(brewery, [printed('Kessel Brewing spokeswoman')]).matches, ['c1']);
    assert.deepEqual(decideMerge(brewery, [printed(null)]).matches, []);
    assert.deepEqual(decideMerge(brewery, [printed('')]).matches, []);
    assert.deepEqual(decideMerge(brewery, [printed('Kessel Brewing spokeswoman')]).matches, ['c1']);
    // The body named and the body only described ("the brewery said" keyed as its words) are two speakers to compare.
    assert.deepEqual(decideMerge({ ...brewery, speakerKey: null }, [printed('Kessel Brewing spokeswoman')]).matches, ['c1']);
    // One key printed as a name and as a description: a short wording joins the name's printing only, asked either way round.
    const short = (weakSpeaker: boolean): ClaimCandidate => ({
      id: 'c2',
      kind: 'quote',
      value: null,
      unit: null,
      variants: [{ text: 'A sad week.', speakerKey: 'kessel brewing', entities: [], weakSpeaker }],
    });
    assert.deepEqual(decideMerge(quote('A sad week.', 'kessel brewing'), [short(true)]).matches, []);
    assert.deepEqual(decideMerge(quote('A sad week.', 'kessel brewing'), [short(false)]).matches, ['c2']);
    assert.deepEqual(decideMerge(quote('A sad week.', 'kessel brewing'), [short(true)]).matches, []);
  });

  test("a body's statement and one who speaks for it, reworded, join; a guard, another body or no role keeps them apart", () => {
    const statement = (text: string, speakerKey: string, extra: Partial<MergeSubject> = {}): MergeSubject => ({ ...quote(text, speakerKey), kind: 'statement', ...extra });
    const stored = (text: string, speakerKey: string, extra: { role?: string | null; weakSpeaker?: boolean } = {}): ClaimCandidate => ({
      id: 'c1',
      kind: 'statement',
      value: null,
      unit: null,
      variants: [{ text, speakerKey, entities: [], ...extra }],
    });
    const company = 'every worker at the mill will be paid in full until the repairs are finished';
    const spokeswoman = 'the mill would keep paying all of its workers in full until the repairs were finished';
    // A named body and its spokeswoman ("Harlow Mills said" / "Harlow Mills spokeswoman Dana Crewe said"), either way round.
    const role = 'Harlow Mills spokeswoman';
    assert.deepEqual(decideMerge(statement(company, 'harlow mills'), [stored(spokeswoman, 'dana crewe', { role })]).matches, ['c1']);
    assert.deepEqual(decideMerge(statement(spokeswoman, 'dana crewe', { role }), [stored(company, 'harlow mills')]).matches, ['c1']);
    assert.deepEqual(decideMerge(statement(company, 'harlow mills'), [stored(spokeswoman, 'dana crewe', { role: 'Dunmore Foods spokeswoman' })]).matches, [], 'of another body');
    assert.deepEqual(decideMerge(statement(company, 'harlow mills'), [stored(spokeswoman, 'dana crewe')]).matches, [], 'of no body printed');
    const unpaid = 'the mill would not keep paying all of its workers in full until the repairs were finished';
    assert.deepEqual(decideMerge(statement(company, 'harlow mills'), [stored(unpaid, 'dana crewe', { role })]).matches, [], 'a negation');
    // A described body ("the ministry said") and a spokesman whose role names it: as one description's reports join.
    const ministry = statement('the ministry will reopen the rural clinics in Dunmore and Kettle Bay before the winter storms', 'ministry', { weakSpeaker: true });
    const reopened = 'rural clinics in Dunmore and Kettle Bay would be reopened before winter storms arrive';
    assert.deepEqual(decideMerge(ministry, [stored(reopened, 'ivo marek', { role: 'Health Ministry spokesman' })]).matches, ['c1']);
    assert.deepEqual(decideMerge(ministry, [stored(reopened, 'ivo marek', { role: 'Harbour Board spokesman' })]).matches, [], 'another body');
    const two = 'rural clinics in Dunmore and Kettle Bay would be reopened before 2 winter storms arrive';
    assert.deepEqual(decideMerge(ministry, [stored(two, 'ivo marek', { role: 'Health Ministry spokesman' })]).matches, [], 'a figure');
  });

  test('unrelated statements stay apart', () => {
    const decision = decideMerge(quote('Max is an accessible alternative, a developing messenger'), [
      claim('c1', [LONG]),
    ]);
    assert.deepEqual(decision, { matches: [], conflicts: [] });
  });

  test('figures merge by value, unit and subject, not wording', () => {
    const figure = (value: number, unit: string, entities: string[]): MergeSubject => ({
      kind: 'number',
      text: `more than ${value} ${unit}`,
      speakerKey: null,
      value,
      unit,
      entities,
    });
    const candidate: ClaimCandidate = {
      id: 'n1',
      kind: 'number',
      value: 100_000_000,
      unit: 'users',
      variants: [{ text: 'over 100 million users', speakerKey: null, entities: ['WhatsApp', 'Russia'] }],
    };
    assert.deepEqual(decideMerge(figure(100_000_000, 'user', ['WhatsApp']), [candidate]).matches, ['n1']);
    assert.deepEqual(decideMerge(figure(10_000_000, 'users', ['WhatsApp']), [candidate]).matches, []);
    assert.deepEqual(decideMerge(figure(100_000_000, 'users', ['Telegram']), [candidate]).matches, []);
    assert.deepEqual(
      decideMerge(figure(100_000_000, 'users', ["WhatsApp's owner Meta"]), [candidate]).matches,
      ['n1'],
    );
  });

  test('a rival value of the same subject and unit is a conflicting variant; another subject, unit or scale is not', () => {
    const figure = (value: number, unit: string, entities: string[]): MergeSubject => ({
      kind: 'number',
      text: `${value} ${unit}`,
      speakerKey: null,
      value,
      unit,
      entities,
    });
    const claim = (id: string, value: number, unit: string, entities: string[]): ClaimCandidate => ({
      id,
      kind: 'number',
      value,
      unit,
      variants: [{ text: `${value} ${unit}`, speakerKey: null, entities }],
    });
    const whatsapp = claim('n1', 100_000_000, 'users', ['WhatsApp', 'Russia']);
    assert.deepEqual(decideMerge(figure(10_000_000, 'users', ['WhatsApp']), [whatsapp]), {
      matches: [],
      conflicts: [{ claimId: 'n1', reason: 'figure' }],
    });
    // Symmetric: the first figure, placed after the second, names the same conflict.
    assert.deepEqual(decideMerge(figure(100_000_000, 'users', ['WhatsApp', 'Russia']), [claim('n2', 10_000_000, 'users', ['WhatsApp'])]).conflicts, [
      { claimId: 'n2', reason: 'figure' },
    ]);
    const none = { matches: [], conflicts: [] };
    assert.deepEqual(decideMerge(figure(10_000_000, 'users', ['Telegram']), [whatsapp]), none);
    assert.deepEqual(decideMerge(figure(10_000_000, 'downloads', ['WhatsApp']), [whatsapp]), none);
    // Two billion users worldwide is another fact, not a misreport of 100 million in Russia.
    assert.deepEqual(decideMerge(figure(2_000_000_000, 'users', ['WhatsApp']), [whatsapp]), none);
    assert.deepEqual(decideMerge(figure(10_000_000, 'users', []), [whatsapp]), none);
  });

  test('figureNames gives the distinctive names a figure is keyed and locked by', () => {
    assert.deepEqual(figureNames(['Dmitry Peskov', 'WhatsApp', 'Acme Group', 'Company', 'WhatsApp']), ['dmitry peskov', 'whatsapp', 'acme']);
    assert.equal(figureNames(Array.from({ length: 20 }, (_, i) => `Name${i}`)).length, 8);
  });

  test('two figures of one subject always share a candidate key, so neither order can miss the other', () => {
    const countries = ['Spain', 'France', 'Italy', 'Greece', 'Malta', 'Cyprus', 'Croatia', 'Slovenia'];
    const lists = [
      ['Portugal', 'Lisbon'],
      [...countries, 'Portugal'],
      ['Germany', 'Lisbon'],
      ['Dmitry Peskov', 'Kremlin'],
      ['Peskov'],
      ['Acme Group', 'Ohio'],
      ['Globex Group', 'Ohio'],
      ['Ohio'],
      ['US Geological Survey', 'Bireun'],
      ['USGS'],
    ];
    for (const a of lists) {
      for (const b of lists) {
        if (!sameSubject(a, b)) continue;
        const keysB = figureKeys(500, 'jobs', figureNames(b));
        assert.ok(figureKeys(500, 'jobs', figureNames(a)).some((k) => keysB.includes(k)), `${a} / ${b}`);
      }
    }
    // A name past the eighth does not count: the ninth is neither keyed nor compared.
    assert.equal(sameSubject(['Portugal', 'Lisbon'], [...countries, 'Portugal']), false);
  });

  describe('figure subjects', () => {
    const figureOf = (entities: string[]): MergeSubject => ({ kind: 'number', text: '500 jobs', speakerKey: null, value: 500, unit: 'jobs', entities });
    const claimOf = (id: string, ...entities: string[][]): ClaimCandidate => ({
      id,
      kind: 'number',
      value: 500,
      unit: 'jobs',
      variants: entities.map((names) => ({ text: 'some 500 jobs', speakerKey: null, entities: names })),
    });
    const joins = (a: string[], b: string[]) => decideMerge(figureOf(a), [claimOf('n1', b)]).matches.length === 1;

    test('a model named by letters and a number is one subject in the plural ("VR-9s" and "VR-9"), a decade is not', () => {
      assert.equal(sameSubject(['VR-9s', 'Port Hallam'], ['Coast Guard', 'VR-9']), true);
      assert.equal(sameSubject(['Tarvo 310s'], ['Tarvo 310', 'Kessel Air']), true);
      assert.equal(sameSubject(['1980s'], ['1980']), false);
    });

    test('a title or rank before a name says nothing of who it is ("Sgt. Lorimer" and "Ada Lorimer")', () => {
      assert.equal(sameSubject(['Sgt. Lorimer'], ['Ada Lorimer', 'Port Hallam']), true);
      assert.equal(joins(['Insp Lorimer'], ['Ada Lorimer']), true);
      assert.equal(joins(['Gov. Ada Lorimer', 'Kessel'], ['Ada Lorimer']), true);
      assert.equal(joins(['Sgt. Lorimer'], ['Ada Quell']), false);
      // In one story a title alone is no subject ("Sheriff's deputies chased him for 500 miles, Sheriff Ada Lorimer said"),
      // so it does not set the figure apart from one printed of the man they chased.
      const inStory = (entities: string[], claimNames: string[]) =>
        decideMerge({ ...figureOf(entities), storyId: 's1' }, [{ ...claimOf('n1', claimNames), stories: ['s1'] }]).matches.length === 1;
      assert.equal(inStory(['Sheriff', 'Ada Lorimer'], ['Tomas Quell', 'Port Hallam']), true);
      assert.equal(inStory(['Warden', 'Ada Lorimer'], ['Tomas Quell', 'Port Hallam']), false);
    });

    test("two printings of one quake's magnitude join whatever word was read as their unit", () => {
      const printed = (text: string, value: number, unit: string, quake: number | null): MergeSubject => ({
        kind: 'number', text, speakerKey: null, value, unit, entities: ['Vellmar'], marks: quake === null ? null : { quake }, storyId: 's1',
      });
      const held = (c: MergeSubject): ClaimCandidate => ({
        id: 'n1', kind: 'number', value: c.value, unit: c.unit, stories: ['s1'],
        variants: [{ text: c.text, speakerKey: null, entities: ['Vellmar', 'Orsk'], unit: c.unit, marks: c.marks }],
      });
      const struck = printed('5.9 magnitude earthquake struck', 5.9, 'struck', 5.9);
      assert.deepEqual(decideMerge(struck, [held(printed('5.9 tremor', 5.9, 'tremor', 5.9))]).matches, ['n1']);
      // A figure of that value that is no quake's magnitude keeps its own unit.
      assert.deepEqual(decideMerge(printed('5.9 km', 5.9, 'km', null), [held(printed('5.9 tremor', 5.9, 'tremor', 5.9))]).matches, []);
    });

    test('a name of capitalised words and its acronym are one subject ("US Geological Survey" and "USGS")', () => {
      assert.deepEqual(figureNames(['US Geological Survey', 'Federal Bureau of Investigation']), ['geological survey us', 'usgs', 'bureau federal investigation', 'fbi']);
      assert.equal(joins(['USGS', 'Bireun'], ['US Geological Survey', 'Bireun']), true);
      assert.equal(joins(['US Geological Survey'], ['USGS']), true);
      assert.equal(joins(['USGS'], ['UN Security Council']), false);
    });

    test('an initialism printed with full stops is the same name: "U.S. Geological Survey", "US Geological Survey", "USGS"', () => {
      assert.equal(joins(['U.S. Geological Survey', 'Bireun'], ['US Geological Survey', 'Bireun']), true);
      assert.equal(joins(['U.S. Geological Survey'], ['USGS']), true);
      assert.equal(joins(['U.N. Security Council'], ['UN Security Council']), true);
      assert.equal(joins(['U.K. Treasury'], ['UK Treasury']), true);
      // Another initialism stays another name.
      assert.equal(joins(['U.S. Geological Survey'], ['UK Geological Survey']), false);
      assert.equal(joins(['U.N.'], ['U.S.']), false);
    });

    test('the words of a sentence that names no one are no subject of its own: one story\'s bare printings join', () => {
      const inStory = (a: string[], b: string[]) =>
        decideMerge({ ...figureOf(a), storyId: 's' }, [{ ...claimOf('n1', b), stories: ['s'] }]).matches.length === 1;
      assert.equal(inStory(['puts committee short must collect event', 'Republican'], ['Cleveland']), true);
      assert.equal(inStory(['Acme'], ['Globex']), false);
    });

    test('a place or party both name does not make two subjects one', () => {
      assert.equal(joins(['Acme', 'Ohio'], ['Globex', 'Ohio']), false);
      assert.equal(joins(['Acme', 'Kremlin'], ['Globex', 'Kremlin', 'Russia']), false);
      assert.equal(joins(['Acme'], ['Acme', 'Ohio']), true);
      assert.equal(joins(['Acme', 'Ohio'], ['Acme', 'Ohio', 'Reuters']), true);
    });

    test('one figure\'s subject among the other\'s names is enough: a story\'s names need not open with its subject', () => {
      assert.equal(joins(['Acme', 'Globex'], ['Globex', 'Acme']), true);
      assert.equal(joins(['Carla Benedek', 'Civil Aviation Directorate', 'Corvane Air'], ['Corvane Air']), true);
      assert.equal(joins(['Carla Benedek', 'Civil Aviation Directorate'], ['Corvane Air', 'Port Alder']), false);
    });

    test('generic words never count as a shared subject', () => {
      assert.equal(joins(['Acme Group'], ['Globex Group']), false);
      assert.equal(joins(['Acme Bank', 'Ohio'], ['Bank', 'Ohio']), false);
      assert.equal(joins(['Company'], ['Company']), false);
      assert.equal(joins(['Users', 'Acme'], ['Acme']), true);
      assert.equal(joins(['Acme Group'], ['Acme']), true);
    });

    test('subjects compare as names: a shorter form joins, another first name does not', () => {
      assert.equal(joins(['Dmitry Peskov'], ['Peskov', 'Moscow']), true);
      assert.equal(joins(['Ivan Peskov'], ['Dmitry Peskov']), false);
      assert.equal(joins(["Acme's"], ['ACME']), true);
    });

    test('a figure without names joins nothing, not even another without names', () => {
      assert.equal(joins([], ['Acme']), false);
      assert.equal(joins(['Acme'], []), false);
      assert.equal(joins([], []), false);
    });

    test('a claim joins when any one of its variants has the same subject', () => {
      assert.deepEqual(decideMerge(figureOf(['Acme', 'Ohio']), [claimOf('n1', ['Globex', 'Ohio'], ['Acme'])]).matches, ['n1']);
    });

    test('the same subject is the same answer either way round', () => {
      const lists = [[], ['Acme'], ['Acme', 'Ohio'], ['Globex', 'Ohio'], ['Ohio', 'Acme'], ['Acme Group'], ['Group'], ['Dmitry Peskov'], ['Peskov', 'Acme'], ['Ivan Peskov'], ['Ohio']];
      for (const a of lists) for (const b of lists) assert.equal(sameSubject(a, b), sameSubject(b, a), `${a.join('|')} vs ${b.join('|')}`);
    });

    test('a different value or unit stays apart whatever the subject', () => {
      const figure = { ...figureOf(['Acme']), value: 10_000_000, unit: 'users' };
      const claim = { ...claimOf('n1', ['Acme']), value: 100_000_000, unit: 'users' };
      assert.deepEqual(decideMerge(figure, [claim]).matches, []);
      assert.deepEqual(decideMerge({ ...figure, value: 100_000_000, unit: 'people' }, [claim]).matches, []);
    });
  });

  test('one speaker\'s two statements in one frame stay apart when the few words changed are most of their words of substance', () => {
    // Two words of eight differ (a word similarity of 0.75, the threshold), but two of three words of substance:
    // the dedupe bench's sibling statements ("there is a shondvus lan for the shondvus" / "... faitplend lan for
    // the niondve") merged so.
    const other = claim('c1', ['there is a new plan for the port']);
    assert.deepEqual(decideMerge(quote('there is a big need for the port'), [other]).matches, []);
    // An outlet's small edit keeps most words of substance: it still joins.
    assert.deepEqual(decideMerge(quote('there is a new plan for our port'), [other]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote('there was a new plan for the port'), [other]).matches, ['c1']);
  });

  test('a statement quoting a short stretch of one speaker\'s words, framed by words they print too, joins them', () => {
    const whole = claim('c1', ['soft on spending, you know it. Soft - Halden - soft like a sponge.'], 'nora vell');
    const fragment = (text: string, speaker = 'nora vell') => ({ ...quote(text, speaker), kind: 'statement' as const });
    assert.deepEqual(decideMerge(fragment('Halden is “soft like a sponge.”'), [whole]).matches, ['c1']);
    // Another speaker, a framing word the whole does not print, or no framing word at all (a stock phrase): apart.
    assert.deepEqual(decideMerge(fragment('Halden is “soft like a sponge.”', 'ivo brand'), [whole]).matches, []);
    assert.deepEqual(decideMerge(fragment('Orrin is “soft like a sponge.”'), [whole]).matches, []);
    assert.deepEqual(decideMerge(fragment('“soft like a sponge”'), [whole]).matches, []);
  });

  test('a quoted fragment framed by a surname joins the whole that names the person by given name, when the names around join the two', () => {
    const whole = claim('c1', ['Orla wants to close - really close the harbour ferry, and nothing you can do'], 'nora vell');
    const fragment = (entities: string[]) => ({ ...quote('Halden would “close the harbour ferry.”', 'nora vell'), kind: 'statement' as const, entities });
    // The story names Orla Halden (extract/namesakes.ts): "Halden" and "Orla" are one person.
    assert.deepEqual(decideMerge(fragment(['Halden', 'Orla Halden']), [whole]).matches, ['c1']);
    // No name around joins them, or the one around is another person's: a framing word the whole does not print.
    assert.deepEqual(decideMerge(fragment(['Halden']), [whole]).matches, []);
    assert.deepEqual(decideMerge(fragment(['Halden', 'Piers Halden']), [whole]).matches, []);
  });

  test("a quoted fragment ending a clause of one speaker's whole joins it when the names around it are the whole's, whatever the writer's aside", () => {
    const whole = claim('c1', ['I like Orla, but these are hard weeks for the harbour. And I am just not fully there yet.'], 'nora vell');
    const fragment = (text: string, entities: string[] = ['Halden', 'Orla Halden']) => ({ ...quote(text, 'nora vell'), kind: 'statement' as const, entities });
    const reported = 'she was “not fully there yet” on backing Halden, who faces a council vote in May';
    assert.deepEqual(decideMerge(fragment(reported), [whole]).matches, ['c1']);
    // A name the whole does not print (nor its given name through the names around), none at all, or a cut inside a clause: apart.
    assert.deepEqual(decideMerge(fragment(reported, ['Halden']), [whole]).matches, [], 'Halden not known as Orla');
    assert.deepEqual(decideMerge(fragment('she was “not fully there yet” on backing Brand, who faces a council vote in May'), [whole]).matches, []);
    assert.deepEqual(decideMerge(fragment('she was “not fully there yet” on the council vote'), [whole]).matches, []);
    assert.deepEqual(decideMerge(fragment('she was “just not fully there” on backing Halden'), [whole]).matches, []);
    // Another speaker's words never.
    assert.deepEqual(decideMerge({ ...fragment(reported), speakerKey: 'ivo brand' }, [whole]).matches, []);
  });

  test('a contrast a printing rules out ("not X, but Y") is no negation of what the other printing asserts', () => {
    const asserted = claim('c1', ['the fire at the mill was arson set by a neighbour of the family'], 'nora vell');
    const contrast = 'the fire at the mill was not an accident, but arson set by a neighbour of the family';
    assert.deepEqual(decideMerge(quote(contrast, 'nora vell'), [asserted]).matches, ['c1']);
    const ruledOut = claim('c2', ['the fire at the mill was an accident, said a neighbour of the family'], 'nora vell');
    assert.deepEqual(decideMerge(quote(contrast, 'nora vell'), [ruledOut]).matches, []);
  });

  test('a body and one printed as of its people ("an analyst with Halvard Labs") join on a long part of the same words only', () => {
    const person = (text: string, role: string): ClaimCandidate => ({
      ...claim('c1', [text]),
      variants: [{ text, speakerKey: 'mira osk', role, entities: [] }],
    });
    const whole = 'Once the update ships, owners should patch at once, not next week';
    const part = 'owners should patch at once, not next week';
    assert.deepEqual(decideMerge(quote(part, 'halvard labs'), [person(whole, 'analyst with Halvard Labs')]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(part, 'halvard labs'), [person(whole, 'analyst with Corvex')]).matches, []);
    // Not known to be one source: a short stretch, or another wording of the same point, stays apart.
    assert.deepEqual(decideMerge(quote('patch at once', 'halvard labs'), [person('patch at once', 'analyst with Halvard Labs')]).matches, []);
  });

  test("a sentence of one speaker's printing of several that is the other printing, or a part of it, joins it", () => {
    const several = 'We were ahead by three goals at the break, but lost the thread. After that the stands went quiet and the coach kept the whole bench back for an hour.';
    const other = 'It was an odd night in a cold stadium full of strangers, we were ahead by three goals at the break but we lost the thread';
    assert.deepEqual(decideMerge(quote(several, 'lena sorell'), [claim('c1', [other], 'lena sorell')]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote(other, 'lena sorell'), [claim('c1', [several], 'lena sorell')]).matches, ['c1']);
    // Another figure, or another speaker, stays apart.
    assert.deepEqual(decideMerge(quote(several.replace('three', 'four'), 'lena sorell'), [claim('c1', [other], 'lena sorell')]).matches, []);
    assert.deepEqual(decideMerge(quote(several, 'lena sorell'), [claim('c1', [other], 'ivo marsh')]).matches, []);
  });

  test('a part printing the predicate of a clause with "it" for its subject joins the whole of one speaker', () => {
    const whole = 'Seeing the old mill open its doors again is the best news for our town in years';
    assert.deepEqual(decideMerge(quote("It's the best news for our town in years", 'ada brun'), [claim('c1', [whole], 'ada brun')]).matches, ['c1']);
    assert.deepEqual(decideMerge(quote('That is the best news for our town in years', 'ada brun'), [claim('c1', [whole], 'ada brun')]).matches, ['c1']);
    // Cut inside the clause ("in years" left out), or too short to say anything, it stays apart.
    assert.deepEqual(decideMerge(quote("It's the best news for our town", 'ada brun'), [claim('c1', [whole], 'ada brun')]).matches, []);
    assert.deepEqual(decideMerge(quote("It's the best news", 'ada brun'), [claim('c1', [whole], 'ada brun')]).matches, []);
  });
});
