import type { TextAnalysis } from './analyzeText.ts';
import { textTokens } from './analyzeText.ts';
import { findEntities } from './findEntities.ts';
import type { ExtractedMention } from './types.ts';

/** The names of two words or more an article prints ("Donald Trump", "Eric Trump"), each once, in text order. */
function fullNames(analysis: TextAnalysis): string[] {
  const names = analysis.sentences.flatMap((sentence) =>
    findEntities(textTokens(analysis, sentence.start, sentence.end), analysis.known),
  );
  return [...new Set(names.filter((name) => name.includes(' ')))];
}

/** A capitalised word of a printing ("Trump" of "Trump is unfit"): a name, or a word a name may end with. */
const CAPITALISED = /(?<![\p{L}'’])\p{Lu}\p{Ll}+/gu;

/**
 * Gives each quote and statement, after the names of its sentence, the article's names of two words or more that
 * end with a word it prints as a name, or alone with a capital ("Trump" in the sentence; "Donald Trump" and "Eric
 * Trump" in the article): who a bare surname may be. Merging reads them (dedupe/rewordedAssertion.ts givenNames):
 * "Eric Trump" printed by one outlet and "Trump" by another are one person only when neither story names another
 * Trump. Figures keep their names (a figure's first name is its subject).
 */
export function withNamesakes(
  mentions: readonly ExtractedMention[],
  analysis: TextAnalysis,
): ExtractedMention[] {
  if (!mentions.some((m) => m.kind !== 'number')) return [...mentions];
  const names = fullNames(analysis);
  if (names.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.kind === 'number') return m;
    const words = new Set([
      ...m.entities.filter((name) => !name.includes(' ')),
      ...(m.text.match(CAPITALISED) ?? []),
    ]);
    const namesakes = names.filter(
      (name) => words.has(name.slice(name.lastIndexOf(' ') + 1)) && !m.entities.includes(name),
    );
    return namesakes.length === 0 ? m : { ...m, entities: [...m.entities, ...namesakes] };
  });
}
