import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, joins } from './figureJoins.ts';

test('a bound the sentence denies is a ceiling nobody reached, not the figure one party gave', () => {
  const [offer] = figures('Harwick United tabled a contract of six seasons for the striker Olsen.');
  const [denied] = figures(
    'No one else bidding for Olsen, whether Harwick United or Brenmoor, has put forward more than six seasons.',
  );
  const [ceiling] = figures(
    'Neither of the other clubs chasing Olsen had offered more than six seasons, his agent said.',
  );
  const [notSold] = figures(
    'The label did not ship more than 40,000 copies of the Harwick album last spring.',
  );
  const [shipped] = figures('The label shipped 40,000 copies of the Harwick album last spring.');
  assert.ok(offer && denied && ceiling && notSold && shipped);
  assert.deepEqual(
    [denied.unit, ceiling.unit, notSold.unit],
    ['seasons (bound denied)', 'seasons (bound denied)', 'copies (bound denied)'],
  );
  assert.equal(joins(denied, offer), false);
  assert.equal(joins(offer, ceiling), false);
  assert.equal(joins(notSold, shipped), false);
  // Two printings of one denied bound are one figure.
  assert.equal(joins(denied, ceiling), true);
});

test('a bound that is asserted, or a time since that a denial measures, stays a figure of its own value', () => {
  const [asserted] = figures('Brenmoor has offered more than six seasons to the striker Olsen.');
  const [since] = figures('The Harwick side has not lost at home in more than six seasons.');
  const [open] = figures('It is not known whether more than 40 people were inside the Harwick depot.');
  assert.ok(asserted && since && open);
  assert.deepEqual([asserted.unit, since.unit, open.unit], ['seasons', 'seasons', 'people']);
});

test('a denial later in the sentence, or a ceiling a verb of exceeding puts, is a bound nobody reached', () => {
  const [offer] = figures('Harwick United tabled a contract of six seasons for the striker Olsen.');
  const [laterDenial] = figures(
    'Brenmoor and Castleford have also bid for Olsen, but so far none of those bids is thought to be for more than six seasons.',
  );
  const [ceiling] = figures('It looks doubtful, and most think it unlikely that Harwick will go beyond six seasons.');
  const [notExceed] = figures('The Harwick board said the transfer fee would not exceed 40 million pounds.');
  const [fee] = figures('The Harwick board agreed a transfer fee of 40 million pounds.');
  assert.ok(offer && laterDenial && ceiling && notExceed && fee);
  assert.deepEqual(
    [laterDenial.unit, ceiling.unit, notExceed.unit?.endsWith('(bound denied)')],
    ['seasons (bound denied)', 'seasons (bound denied)', true],
  );
  assert.equal(joins(laterDenial, offer), false);
  assert.equal(joins(offer, ceiling), false);
  assert.equal(joins(notExceed, fee), false);
});

test('a bound after a denial in another clause, or a number a verb of exceeding asserts, stays a figure', () => {
  const [otherClause] = figures(
    'The Harwick staff escaped and none of them was hurt, but more than 40 people were treated at the scene.',
  );
  const [went] = figures('Harwick went beyond six seasons in its final offer to the striker Olsen.');
  assert.ok(otherClause && went);
  assert.deepEqual([otherClause.unit, went.unit], ['people (treated)', 'seasons']);
});

test('"no" and a noun as the subject, or a comparative before the number, deny a bound as "none ... more than" does', () => {
  const [offer] = figures('Harwick United tabled a contract of six seasons for the striker Olsen.');
  const [noClub] = figures('So far, no club involved has tabled a contract longer than six seasons for Olsen.');
  const [noBidder] = figures('Until now no rival bidder has offered more than six seasons to Olsen.');
  const [notLonger] = figures('Brenmoor would not table a deal longer than six seasons for Olsen.');
  assert.ok(offer && noClub && noBidder && notLonger);
  assert.deepEqual(
    [noClub.unit, noBidder.unit, notLonger.unit],
    ['seasons (bound denied)', 'seasons (bound denied)', 'seasons (bound denied)'],
  );
  assert.equal(joins(noClub, offer), false);
  assert.equal(joins(offer, notLonger), false);
});

test('a comparative that is asserted, or "no doubt" before the clause, leaves the figure its own', () => {
  const [longer] = figures('Brenmoor tabled a contract longer than six seasons for the striker Olsen.');
  const [noDoubt] = figures('There is no doubt it has offered more than six seasons to Olsen.');
  assert.ok(longer && noDoubt);
  assert.deepEqual([longer.unit, noDoubt.unit], ['seasons', 'seasons']);
});
