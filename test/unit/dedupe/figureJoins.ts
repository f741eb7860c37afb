/** Helpers of the figure-merge tests: the figures extraction gives a sentence, and whether one joins another in one story. */
import { decideMerge } from '../../../dedupe/decideMerge.ts';
import type { ExtractedMention } from '../../../extract/types.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';

export const figures = (text: string): ExtractedMention[] =>
  extractMentions(text).mentions.filter((m) => m.kind === 'number');

/** Whether a printing of `a` joins a claim printed as `b`, both in one story. */
export const joins = (a: ExtractedMention, b: ExtractedMention): boolean =>
  decideMerge(
    {
      kind: 'number',
      text: a.text,
      speakerKey: null,
      value: a.value,
      unit: a.unit,
      entities: a.entities,
      marks: a.marks,
      storyId: 's1',
    },
    [
      {
        id: 'c1',
        kind: 'number',
        value: b.value,
        unit: b.unit,
        stories: ['s1'],
        variants: [{ text: b.text, speakerKey: null, entities: b.entities, unit: b.unit, marks: b.marks }],
      },
    ],
  ).matches.length > 0;
