import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, joins } from './figureJoins.ts';

test('a sum one party offered and the sum the other asked for are two figures, even of one value', () => {
  const [offered] = figures('The Harwick club offered the striker Olsen $40 million over five seasons.');
  const [askedFor] = figures("Olsen's agent countered by asking for a five-season deal worth $40 million, people close to the talks said.");
  const [demanded] = figures('The Harwick nurses union is demanding a raise of 6 percent this spring.');
  const [bid] = figures('The Harwick hospital board has offered a raise of 6 percent this spring.');
  assert.ok(offered && askedFor && demanded && bid);
  assert.deepEqual(
    [offered.marks?.side, askedFor.marks?.side, demanded.marks?.side, bid.marks?.side],
    ['offered', 'asked', 'asked', 'offered'],
  );
  assert.equal(joins(offered, askedFor), false);
  assert.equal(joins(askedFor, offered), false);
  assert.equal(joins(demanded, bid), false);
});

test('a figure no verb of bargaining governs may be either side, and one side printed twice is one figure', () => {
  const [offered] = figures('The Harwick club offered the striker Olsen $40 million over five seasons.');
  const [offeredAgain] = figures('Harwick is offering Olsen $40 million over five seasons, the club said.');
  const [agreed] = figures('Olsen will earn $40 million over five seasons at Harwick.');
  const [question] = figures('When asked about the $40 million, Olsen said nothing.');
  assert.ok(offered && offeredAgain && agreed && question);
  assert.equal(agreed.marks?.side, undefined);
  assert.equal(question.marks?.side, undefined);
  assert.equal(joins(offeredAgain, offered), true);
  assert.equal(joins(agreed, offered), true);
  assert.equal(joins(question, offered), true);
});
