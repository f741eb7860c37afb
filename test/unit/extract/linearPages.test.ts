import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { growthOf } from '../growth.ts';

/** A name of its own for every `i` ("Ann Qbdson"), so that the name index grows with the page. */
const GIVEN = ['Ann', 'Tom', 'Mia', 'Joe', 'Eva', 'Sam', 'Liz', 'Ben', 'Kate', 'Paul'];
const nameOf = (i: number): string =>
  `${GIVEN[i % GIVEN.length] ?? 'Ann'} Q${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a')}son`;

describe('extraction stays linear on hostile pages', () => {
  test('a page printed as one line of many sentences: its line is not split again for every sentence', async () => {
    const page = (n: number) =>
      Array.from({ length: n }, () => 'Ann Lee spoke at the hall. Her office said the plan was fine.').join(
        ' ',
      );
    assert.equal(extractMentions(page(3)).mentions.filter((m) => m.kind === 'statement').length, 3);
    const growth = await growthOf((n) => extractMentions(page(n)), 400, { tries: 2 });
    assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
  });

  test('many people, each followed by "she said": a pronoun reads the window before it, not the whole page per name', async () => {
    // Women and men by turns: a man's "she said" asks for the one woman printed near it.
    const page = (n: number) =>
      Array.from({ length: n }, (_, i) => `${nameOf(i)} visited the hall. “It was fine,” she said.`).join(
        '\n\n',
      );
    assert.equal(extractMentions(page(3)).mentions.find((m) => m.kind === 'quote')?.speaker, nameOf(0));
    const growth = await growthOf((n) => extractMentions(page(n)), 400, { tries: 2 });
    assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
  });

  test('many titled people, each a role speaks for: the titles before a name are read near its printings, not over the page', async () => {
    const paragraph = (i: number) => {
      const [a, b, c] = [nameOf(i), nameOf(i + 1), nameOf(i + 2)];
      return [
        `Rep. ${a} spoke to farmers in Ellisburg on Monday. Representative ${a.split(' ')[1]} has said that he would cut taxes on diesel by 12 percent.`,
        `“The market is pricing in a recovery,” said a report from Halvard Capital Partners. The barge carried about 1,650 tons, or 1,500 metric tons, of grain.`,
        `Other senators, like ${a}, ${b} and ${c} ― three former cabinet members ― also backed the plan, ${c} said in a statement on its website.`,
        `The rumours had two aims, the mayor said. First, they were meant to scare voters.`,
        `It is his duty, ${b} said, to warn lawmakers about the danger.`,
        `LB ${b} 51 80% 4 tackles (4 combined). 1 sack, 1 TFL, 2 QH.`,
        `“I met ${c} at the market,” the presumptive Liberal mayoral nominee wrote. With stubborn ${b}, there is little chance of bending. “You think I will bend?” he said.`,
        `The spot concludes with footage of ${a} saying during the debate, “That makes me clever,” when ${b} attacked him. The Herald said ${c} provided a written statement. “The minister regrets the delay,” the statement said.`,
      ].join('\n\n');
    };
    const page = (n: number) => Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n');
    assert.equal(extractMentions(page(1)).mentions.find((m) => m.kind === 'statement')?.speaker, nameOf(0));
    const growth = await growthOf((n) => extractMentions(page(n)), 20, { tries: 2 });
    assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
  });
});
