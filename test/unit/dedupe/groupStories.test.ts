import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StoryDocument } from '../../../dedupe/groupStories.ts';
import { DEFAULT_STORY_OPTIONS, groupStories } from '../../../dedupe/groupStories.ts';

// Two similar events (two earthquakes in Indonesia) told by several outlets each, and an unrelated story.
const ACEH: StoryDocument[] = [
  {
    id: 'aceh-1',
    title: 'Quake kills 22 in Aceh',
    text:
      'A magnitude 6.1 earthquake struck the Aceh province of Indonesia on Tuesday, killing at least 22 people. ' +
      'Houses collapsed in the Bener Meriah and Central Aceh districts, the disaster agency said. ' +
      'Sutopo Purwo Nugroho, the agency spokesman, said hundreds were injured.',
  },
  {
    id: 'aceh-2',
    title: 'Deadly earthquake hits Indonesia’s Aceh province',
    text:
      'At least 22 people died when a 6.1-magnitude quake hit Aceh on Tuesday afternoon. Landslides buried ' +
      'villages in Bener Meriah, and rescuers dug through the rubble. Sutopo Purwo Nugroho said the toll could rise.',
  },
  {
    id: 'aceh-3',
    title: 'Aceh earthquake: rescuers search for survivors',
    text:
      'Rescuers in Central Aceh searched for survivors after the 6.1 earthquake that killed 22. ' +
      'In Bener Meriah, a mosque and a school collapsed, according to Sutopo Purwo Nugroho of the disaster agency.',
  },
];
const PAPUA: StoryDocument[] = [
  {
    id: 'papua-1',
    title: 'Strong quake rattles West Papua',
    text:
      'A magnitude 7.6 earthquake struck off the coast of West Papua, Indonesia, early on Sunday, killing four ' +
      'people in Manokwari. Hotels and a hospital were damaged, the disaster agency said.',
  },
  {
    id: 'papua-2',
    title: 'Four dead as earthquake hits Manokwari',
    text:
      'The 7.6 quake near Manokwari in West Papua killed four people and injured dozens on Sunday. ' +
      'Residents of Manokwari fled to higher ground fearing a tsunami, the disaster agency said.',
  },
];
const FOOTBALL: StoryDocument = {
  id: 'football',
  title: 'Chelsea beat Arsenal',
  text:
    'Chelsea beat Arsenal 3-1 at Stamford Bridge on Sunday, with two goals from Didier Drogba. ' +
    'Arsene Wenger said his side had been beaten by the better team.',
};

const groupOf = (groups: Map<string, string>, id: string) => groups.get(id);

describe('groupStories', () => {
  test('reports of one event join, two similar events stay apart, an unrelated story stays alone', () => {
    const groups = groupStories([...ACEH, ...PAPUA, FOOTBALL]);
    assert.equal(groupOf(groups, 'aceh-2'), 'aceh-1');
    assert.equal(groupOf(groups, 'aceh-3'), 'aceh-1');
    assert.equal(groupOf(groups, 'papua-2'), 'papua-1');
    assert.equal(groupOf(groups, 'football'), 'football');
  });

  test('every document is mapped, and the result does not depend on the order of the documents', () => {
    const docs = [...ACEH, ...PAPUA, FOOTBALL];
    const forward = groupStories(docs);
    assert.equal(forward.size, docs.length);
    assert.deepEqual(new Map([...groupStories([...docs].reverse())].sort()), new Map([...forward].sort()));
  });

  test('documents dated further apart than the window are not one story', () => {
    const dated = ACEH.map((d, i) => ({ ...d, publishedAt: new Date(Date.UTC(2013, 6, 2 + i * 30)) }));
    const groups = groupStories([...dated, ...PAPUA, FOOTBALL]);
    assert.equal(groupOf(groups, 'aceh-2'), 'aceh-2');
    assert.equal(groupOf(groups, 'aceh-3'), 'aceh-3');
    const sameWeek = ACEH.map((d, i) => ({ ...d, publishedAt: new Date(Date.UTC(2013, 6, 2 + i)) }));
    assert.equal(groupOf(groupStories([...sameWeek, ...PAPUA, FOOTBALL]), 'aceh-3'), 'aceh-1');
  });

  test('near-duplicate copies are one story even when nothing else would join them', () => {
    const copy = { ...FOOTBALL, id: 'football-copy', title: 'Drogba double sinks Arsenal' };
    const strict = { ...DEFAULT_STORY_OPTIONS, threshold: 1.1 };
    const groups = groupStories([...ACEH, FOOTBALL, copy], strict);
    assert.equal(groupOf(groups, 'football-copy'), 'football');
    assert.equal(groupOf(groups, 'aceh-2'), 'aceh-2');
  });

  test('a higher threshold joins fewer documents', () => {
    const docs = [...ACEH, ...PAPUA, FOOTBALL];
    const groupCount = (threshold: number) =>
      new Set(groupStories(docs, { ...DEFAULT_STORY_OPTIONS, threshold }).values()).size;
    assert.ok(groupCount(0.9) > groupCount(DEFAULT_STORY_OPTIONS.threshold));
  });

  test('two reports of one event are one story even when they are all there is', () => {
    assert.equal(groupOf(groupStories(ACEH.slice(0, 2)), 'aceh-2'), 'aceh-1');
    assert.equal(groupOf(groupStories([ACEH[0] as StoryDocument, FOOTBALL]), 'football'), 'football');
  });

  test('no documents, no groups', () => {
    assert.equal(groupStories([]).size, 0);
  });
});
