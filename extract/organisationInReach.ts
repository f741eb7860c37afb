/**
 * "Lina had flown 4,000 hours with Skyvane, the airline said": a description naming a kind of organisation that no
 * name was shown to be, closing a sentence that printed an organisation's name before it, is that organisation, not
 * the last organisation that spoke (a broadcaster that "reported" two paragraphs up). Tried and left out: the sentence
 * before as well ("... at Rowan Freight Services. The company confirmed ..."), which cost held-out speakers.
 */

import { ORG_MARKERS, normaliseWord } from './cues.ts';
import type { NameIndex } from './buildNameIndex.ts';
import { isFirstName } from './personGender.ts';
import { escape, sentenceEnds } from './resolveRole.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { isPlaceName } from './wordnetNouns.ts';

/** Descriptions of no one kind, or of what a person or a place has: left to the rules before. */
const NOT_A_KIND =
  /^(?:group|organi[sz]ation|campaign|office|camp|team|staff|family|government|administration|authorities|authority|regime|leadership|state|city|country|nation)$/;

/**
 * The one organisation printed in the sentence of `offset` before the description `phrase`, when the text shows it to
 * be one: it spoke as an organisation before (`organisations`), or its name has two words or more with a word that
 * marks an organisation ("Holdings Group", "Bank"), none of another kind than the description's; null when none, or
 * two different ones, are printed there.
 */
export function organisationInReach(
  masked: string,
  index: NameIndex,
  phrase: SpeakerPhrase,
  offset: number,
  organisations: ReadonlySet<string>,
): string | null {
  const kind = (phrase.head ?? '').toLowerCase();
  // Only "the airline" itself: "the city's police", "the players' union" name whose body they are.
  if (!/^\p{Ll}{3,}$/u.test(kind) || NOT_A_KIND.test(kind) || !/^the\s+\p{Ll}+$/iu.test(phrase.raw.trim()))
    return null;
  const ends = sentenceEnds(masked.slice(0, offset));
  const own = ends.at(-1) ?? 0;
  // The event may stand at its item's start ("Lina had flown ..., the airline said"): read up to the description.
  const sentenceEnd = masked.slice(offset).search(/[.!?](?:\s|$)/u);
  const rest = masked.slice(offset, sentenceEnd < 0 ? masked.length : offset + sentenceEnd);
  const at = rest.search(new RegExp(String.raw`(?<!\p{L})${escape(phrase.raw)}(?!\p{L})`, 'iu'));
  const upTo = at < 0 ? offset : offset + at;
  const shown = (name: string, words: readonly string[]): boolean =>
    !isPlaceName(name) &&
    words.some((w) => /\p{Ll}/u.test(w)) &&
    !otherMarker(words, kind) &&
    (organisations.has(name) ||
      (words.length >= 2 && !isFirstName(words[0] ?? '') && words.some(marksOrganisation)));
  const candidates = new Set(
    [...index.values()]
      .flat()
      .filter((entry) => !entry.strongPerson && entry.first < upTo && shown(entry.name, entry.words))
      .map((entry) => entry.name),
  );
  for (const name of organisations) if (shown(name, name.split(/\s+/))) candidates.add(name);
  const stretch = masked.slice(own, upTo);
  const printed = [...candidates].filter((name) =>
    new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(name)}(?![\p{L}\p{N}])`, 'u').test(stretch),
  );
  // "Skyvane Air" and "Skyvane": one organisation printed in two forms counts once, by its longer name.
  const names = printed.filter((name) => !printed.some((other) => other !== name && other.includes(name)));
  return names.length === 1 ? (names[0] ?? null) : null;
}

const marksOrganisation = (word: string): boolean => {
  const w = normaliseWord(word);
  return ORG_MARKERS.has(w) || ORG_MARKERS.has(w.replace(/s$/, ''));
};

/** "Rowan Bank" is no "company": a last word that marks another kind of organisation than the description's. */
function otherMarker(words: readonly string[], kind: string): boolean {
  const last = normaliseWord(words[words.length - 1] ?? '').replace(/s$/, '');
  return (
    last !== kind &&
    ORG_MARKERS.has(last) &&
    !['group', 'company', 'co.', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'llc', 'plc'].includes(last)
  );
}
