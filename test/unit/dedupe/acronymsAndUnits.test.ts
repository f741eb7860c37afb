import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { spellOutAcronyms } from '../../../dedupe/acronyms.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';
import { printWordNumbers } from '../../../dedupe/numberWords.ts';
import { rewordedAssertion, rewordingVerdict } from '../../../dedupe/rewordedAssertion.ts';
import { measuresOf, sameMeasure, sameQuantity } from '../../../dedupe/unitConversions.ts';
import { closeWordnet } from '../../../wordnet.ts';

after(closeWordnet);

const figures = (text: string) => measuresOf(printWordNumbers(tokenize(text)), (t) => /\d/.test(t));

describe('an acronym and the name it stands for', () => {
  test('is spelt out from the other printing or the names around, never from a name of other initials', () => {
    assert.equal(spellOutAcronyms('the RTA will cut fares', 'the Regional Transit Authority said'), 'the Regional Transit Authority will cut fares');
    assert.equal(spellOutAcronyms('the NFB ruled', 'a hearing', ['National Fisheries Board']), 'the National Fisheries Board ruled');
    assert.equal(spellOutAcronyms('the RTB will cut fares', 'the Regional Transit Authority said'), 'the RTB will cut fares');
    assert.equal(spellOutAcronyms('the RTA will cut fares', 'the RTA and the Regional Transit Authority'), 'the RTA will cut fares', 'printed by both');
    assert.equal(spellOutAcronyms('we will NOT back it', 'the National Orchestra Trust'), 'we will NOT back it', 'a word shouted');
  });

  test('joins two reports of one statement, one naming the body by its initials', () => {
    const full = 'the Regional Transit Authority will cut evening bus services on four routes from next month';
    // Without the rule "rta" was a name the other printing lacks against three it lacks: a name swapped.
    assert.ok(rewordedAssertion(full, 'the RTA would reduce evening bus service on four routes starting next month'));
    assert.match(rewordingVerdict(full, 'the RTB would reduce evening bus service on four routes starting next month'), /^name/);
  });
});

describe('a measure in two units', () => {
  test('one quantity converted and rounded is one; one figure in two units is two', () => {
    assert.ok(sameQuantity({ figure: '135', unit: 'kilometers' }, { figure: '85', unit: 'miles' }));
    assert.ok(sameQuantity({ figure: '10', unit: 'kilometers' }, { figure: '6', unit: 'miles' }));
    assert.ok(!sameQuantity({ figure: '10', unit: 'kilometers' }, { figure: '10', unit: 'miles' }));
    assert.ok(!sameQuantity({ figure: '100', unit: 'kilometers' }, { figure: '80', unit: 'miles' }));
    assert.ok(!sameQuantity({ figure: '5', unit: 'kg' }, { figure: '11', unit: 'miles' }), 'two dimensions');
    assert.ok(!sameMeasure({ figure: '3', unit: 'miles' }, { figure: '3', unit: 'kilometers' }));
    assert.ok(sameMeasure({ figure: '3', unit: 'miles' }, { figure: '3', unit: null }));
  });

  test('a conversion right after its figure restates it', () => {
    assert.deepEqual(figures('a depth of 12 kilometres (7.5 miles) under the sea').map((m) => m.figure), ['12']);
    assert.deepEqual(figures('12 kilometres and 30 miles').map((m) => m.figure), ['12', '30']);
  });

  test('joins reports converting a figure their own way, and keeps one figure in two units apart', () => {
    const metric = 'the landslide buried the coast road for 3 kilometers (1.9 miles) south of the village';
    // Without the rule 1.9 and 2 were two figures.
    assert.ok(rewordedAssertion(metric, 'the landslide buried the coastal road along 3 km (2 miles) south of the village'));
    // Without the rule 3 was among the other's figures, whatever its unit.
    assert.ok(!rewordedAssertion(metric, 'the landslide buried the coastal road along 3 miles south of the village'));
    const hectares = 'the fire spread over 400 hectares of pine forest near the lake';
    // Without the rule 400 was missing from the other's figures.
    assert.ok(rewordedAssertion(hectares, 'the blaze spread across about 1,000 acres of pine woodland near the lake'));
    assert.ok(!rewordedAssertion(hectares, 'the blaze spread across about 400 acres of pine woodland near the lake'));
  });
});

describe('a count in words and in digits', () => {
  test('reads runs of number words from three as digits, a scale kept as a word', () => {
    assert.equal(printWordNumbers(tokenize('twenty five boats and three hundred crew')).join(' '), '25 boats and 300 crew');
    assert.equal(printWordNumbers(tokenize('one of two boats, three million euros')).join(' '), 'one of two boats 3 million euros');
  });

  test('is one figure to the guard, and two counts in two styles are two', () => {
    // Without the rule 3 was a figure the other lacked (its "three" no figure).
    assert.ok(
      rewordedAssertion('customs officers seized 3 rifles at the port on Tuesday', 'customs officers seized three rifles and 200 rounds of ammunition at the port on Tuesday'),
    );
    // Without the rule "ten" was no figure, and the printing with none has none to miss.
    assert.ok(!rewordedAssertion('customs officers seized ten rifles at the port on Tuesday', 'customs officers seized 12 rifles at the port on Tuesday'));
  });
});
