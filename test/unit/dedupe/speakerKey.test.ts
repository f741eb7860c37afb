import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { belongsTo, compatibleSpeakers, describeOneBody, describesRole, isWeakSpeaker, mayNameOnePerson, roleBodyWords, rolesOfTwoHolders, speakerKey, surnameOf, speaksFor } from '../../../dedupe/speakerKey.ts';

describe('speaker keys', () => {
  test('titles and possessives go, the surname is the last word', () => {
    assert.equal(speakerKey('Mr. Peskov'), 'peskov');
    assert.equal(speakerKey("Dmitry Peskov's"), 'dmitry peskov');
    assert.equal(surnameOf('dmitry peskov'), 'peskov');
    assert.equal(surnameOf(null), '');
  });

  test('a generational suffix goes, so the surname stays the surname', () => {
    assert.equal(speakerKey('Martin Luther King Jr.'), 'martin luther king');
    assert.equal(speakerKey('Martin Luther King, Jr.'), 'martin luther king');
    assert.equal(speakerKey("Joseph R. Biden Jr.'s"), 'joseph r biden');
    assert.equal(speakerKey('Luther Stan Pate IV'), 'luther stan pate');
    assert.equal(speakerKey('Henry Ford II'), 'henry ford');
    assert.ok(compatibleSpeakers(speakerKey('Martin Luther King Jr.'), speakerKey('Martin Luther King')));
    assert.equal(speakerKey('Jr'), 'jr');
    assert.equal(speakerKey('Henry IV'), 'henry iv', 'a regnal number after one name is part of it');
  });

  test('compatible: the same surname and no clashing given name', () => {
    assert.ok(compatibleSpeakers('peskov', 'dmitry peskov'));
    assert.ok(compatibleSpeakers('dmitry peskov', 'd peskov'));
    assert.ok(compatibleSpeakers('dmitry s peskov', 'dmitry peskov'));
    assert.ok(compatibleSpeakers(null, null));
  });

  test('incompatible: another given name, another surname, or one side unknown', () => {
    assert.ok(!compatibleSpeakers('ivan peskov', 'dmitry peskov'));
    assert.ok(!compatibleSpeakers('whatsapp', 'peskov'));
    assert.ok(!compatibleSpeakers('peskov', null));
    assert.ok(!compatibleSpeakers('i peskov', 'dmitry peskov'));
  });
});

describe('mayNameOnePerson', () => {
  test('a short form of the given name, or an adverb read as one, may be one person printed two ways', () => {
    assert.ok(mayNameOnePerson('alexis varnakou', 'alexandros varnakou'));
    assert.ok(mayNameOnePerson('chris oduya', 'christopher oduya'));
    assert.ok(mayNameOnePerson('ironically hallam', 'brian hallam'));
    assert.ok(mayNameOnePerson('meanwhile hallam', 'hallam'));
  });

  test('two given names, two surnames or a missing speaker are not', () => {
    assert.ok(!mayNameOnePerson('ivan peskov', 'dmitry peskov'));
    assert.ok(!mayNameOnePerson('kelly hallam', 'brian hallam'), 'a name WordNet knows as a noun stays a name');
    assert.ok(!mayNameOnePerson('alexis varnakou', 'alexis oduya'));
    assert.ok(!mayNameOnePerson('peskov', null));
  });

  test('a given name printed alone may be the given name of a full name ("Varnakou\'s son, Teodor" / "Teodor Varnakou")', () => {
    assert.ok(mayNameOnePerson('teodor', 'teodor varnakou'));
    assert.ok(mayNameOnePerson('teodor varnakou', 'teodor'));
    assert.ok(!mayNameOnePerson('teodor', 'tomas varnakou'), 'another given name');
    assert.ok(!mayNameOnePerson('al', 'al varnakou'), 'too short to tell');
    assert.ok(!mayNameOnePerson('teodor oduya', 'teodor varnakou'), 'two full names of two surnames');
  });
});

describe('describesRole', () => {
  test('a description whose words are the role printed with a named speaker describes them', () => {
    assert.ok(describesRole('police', 'Harlow police Lt.'));
    assert.ok(describesRole('the prime minister', 'Prime Minister'));
    assert.ok(describesRole('veldt statement', "Veldt Foods' spokeswoman"));
  });

  test('another body, an anonymous source, fillers alone or no role do not', () => {
    assert.ok(!describesRole('police', 'fire chief'));
    assert.ok(!describesRole('police source', 'Harlow police Lt.'));
    assert.ok(!describesRole('officials', 'Harlow city officials'));
    assert.ok(!describesRole('police', null));
  });
});

describe('isWeakSpeaker', () => {
  test('a description, a generic noun or a phrase with a verb is weak; a name, a person\'s or an organisation\'s, is not', () => {
    for (const name of ['police source', 'Police', 'Indian government', 'the doctor', 'Mr. Trump was prompted to']) {
      assert.equal(isWeakSpeaker(name), true, name);
    }
    for (const name of ['Dmitry Peskov', 'Roskomnadzor', 'Ludwig van Beethoven', 'WhatsApp']) assert.equal(isWeakSpeaker(name), false, name);
    // A people or a party printed as the speaker ("The Greeks say") describes whoever spoke for it.
    for (const name of ['The Indians', 'Americans', 'Democrats']) assert.equal(isWeakSpeaker(name), true, name);
    for (const name of ['Glassworks', 'Lakers', 'Indian']) assert.equal(isWeakSpeaker(name), false, name);
    // A surname printed alone whose singular is first one person ("Adam", "Peter") names someone.
    for (const name of ['Adams', 'Peters', 'Roberts']) assert.equal(isWeakSpeaker(name), false, name);
    assert.equal(isWeakSpeaker(null), false);
  });
});

test('a role prints its bearer as speaking for a body when it opens on the body and says no more than how', () => {
  assert.equal(speaksFor('harlow mills', "Harlow Mills'"), true);
  assert.equal(speaksFor('dunmore foods', "Dunmore Food's"), true);
  assert.equal(speaksFor('acme', 'Acme spokeswoman'), true);
  assert.equal(speaksFor('acme', 'Acme chief executive'), true);
  assert.equal(speaksFor('acme', 'Globex spokeswoman'), false, 'another body');
  assert.equal(speaksFor('harlow', 'Harlow Gov.'), false, 'an office of a place');
  assert.equal(speaksFor('ann lee', 'Ann Lee Wins The Harlow Vote'), false, 'a headline read as a role');
  assert.equal(speaksFor('acme', null), false);
});

test('a role prints its bearer as speaking for a body printed after the office with "of" or "for"', () => {
  assert.equal(speaksFor('harlow radio fiction', 'controller of Harlow Radio Fiction'), true);
  assert.equal(speaksFor('dunmore trust', 'spokeswoman for the Dunmore Trust'), true);
  assert.equal(speaksFor('acme', 'chief executive of Acme'), true);
  assert.equal(speaksFor('acme', 'controller of Globex'), false, 'another body');
  assert.equal(speaksFor('harlow', 'governor of Harlow'), false, 'an office of a place');
  assert.equal(speaksFor('ann lee', 'son of Ann Lee'), false, 'a relative, not an office');
  assert.equal(speaksFor('acme', 'director of Acme in Europe'), false, 'a body the role narrows');
  assert.equal(speaksFor('acme', 'former head of research at the Globex lab for Acme'), false, 'more than an office before the preposition');
});

test('the words of a role that may name the body its bearer speaks for, not how they speak nor their own name', () => {
  assert.deepEqual(roleBodyWords('Harlow Bureau Director', 'ann lee'), ['harlow', 'bureau']);
  assert.deepEqual(roleBodyWords('Harlow police Lt.', 'ann lee'), ['harlow', 'police', 'lt']);
  assert.deepEqual(roleBodyWords("Dunmore Food's chief executive", 'ann lee'), ['dunmore', 'food']);
  assert.deepEqual(roleBodyWords('the spokeswoman', 'ann lee'), []);
  assert.deepEqual(roleBodyWords('Ann Lee of the Harbour Board', 'ann lee'), ['harbour', 'board']);
  assert.deepEqual(roleBodyWords(null, 'ann lee'), []);
});

test('a given name spelt two ways that sound alike is one name; names that differ otherwise are two', () => {
  assert.equal(compatibleSpeakers('karolos vanetis', 'carolos vanetis'), true);
  assert.equal(compatibleSpeakers('dmitry orlovsky', 'dmitri orlovsky'), true);
  assert.equal(compatibleSpeakers('stephan rauch', 'stefan rauch'), true);
  assert.equal(compatibleSpeakers('andrea rauch', 'andrew rauch'), false);
  assert.equal(compatibleSpeakers('maria rauch', 'mario rauch'), false);
  assert.equal(compatibleSpeakers('karolos vanetis', 'carolos venetis'), false, 'another surname');
});

test('one office of two places shows two holders; one place printed two ways, or two offices, shows nothing', () => {
  assert.equal(rolesOfTwoHolders('mayor of Lindenburg', 'mayor of Oakhollow'), true);
  assert.equal(rolesOfTwoHolders('Kessel police Sgt.', 'Marrow police Sgt.'), true);
  assert.equal(rolesOfTwoHolders('mayor of Lindenburg', 'Lindenburg Mayor'), false, 'one town');
  assert.equal(rolesOfTwoHolders('Harbour Board chair', 'chair of the Harbour Board'), false, 'one body');
  assert.equal(rolesOfTwoHolders('Ports Director', 'ports director of Lindenburg'), false, 'a name the other prints in lower case');
  assert.equal(rolesOfTwoHolders('Lindenburg Gov.', 'Republican vice presidential nominee'), false, 'two offices');
  assert.equal(rolesOfTwoHolders('Lindenburg Sen.', 'Democratic Sen.'), false, 'a party describes the holder, it places no office');
  assert.equal(rolesOfTwoHolders('mayor of Lindenburg', null), false);
  assert.equal(rolesOfTwoHolders('Kessel Harbour Police Sgt.', 'KHP Sgt.'), false, 'a body and its initials');
  assert.equal(rolesOfTwoHolders('KFD Capt.', 'Capt. of the Kessel Fire Department'), false, 'initials either way');
  assert.equal(rolesOfTwoHolders('Bureau of Marrow Inquiry Agent', 'BMI Agent'), false, 'a joiner gives no initial');
  assert.equal(rolesOfTwoHolders('Kessel Harbour Police Sgt.', 'MHP Sgt.'), true, 'initials of another body');
  assert.equal(rolesOfTwoHolders('Kessel police Sgt.', 'KP Sgt.'), true, 'a lower-case word gives no initial');
});

test("two descriptions of one body: the adjective of a place and the place's possessive are one word; another place or head is not", () => {
  assert.equal(describeOneBody('norwegian ministry', "norway's fisheries ministry"), true);
  assert.equal(describeOneBody("portugal's coast guard", 'portuguese coast guard'), true);
  assert.equal(describeOneBody('norwegian ministry', "sweden's fisheries ministry"), false, 'another country');
  assert.equal(describeOneBody('norwegian ministry', "norway's coast guard"), false, 'another body');
  assert.equal(describeOneBody('norwegian ministry', 'norwegian ministry'), true);
  assert.equal(describeOneBody(null, 'norwegian ministry'), false);
});


test('a role prints its bearer as one of a body\'s people when it ends on the body after "with", "at" or "from"', () => {
  assert.equal(belongsTo('halvard labs', 'researcher with Halvard Labs'), true);
  assert.equal(belongsTo('halvard labs', 'senior analyst at the Halvard Labs'), true);
  assert.equal(belongsTo('halvard labs', 'researcher with Halvard Labs in Oslo'), false, 'a part of the body');
  assert.equal(belongsTo('halvard labs', 'researcher with Corvex'), false, 'another body');
  assert.equal(belongsTo('halvard labs', 'Halvard Labs'), false, 'no preposition');
});
