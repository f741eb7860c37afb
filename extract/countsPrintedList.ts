import { readNumber } from './readNumber.ts';
import { isUnitOfMeasure, nounKind } from './wordnetNouns.ts';

/**
 * Counts of a list the text itself prints: the names just listed before the count, or the points the writer or a
 * speaker goes on to take one by one. Such a count restates what the text lays out; nobody reports it as a figure.
 */

/** A capitalised name of one to four words ("Henry Paulson", "T.R. Fehrenbach"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** "A, B and C" right before a dash or a comma and the count ("A, B and C ― three former aides"). */
const NAMES_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(${NAME}(?:,\s+${NAME})*,?\s+and\s+${NAME})\s*(?:[―—–]|\s-|,)\s*(?:(?:the|all|these|those)\s+)?$`,
  'u',
);
/** The sentence after the count opens on the list's first point ("First, ...", "One, ...", "The first ..."). */
const FIRST_POINT = /^[\s"“”'‘’]*(?:First(?:ly)?\b|First of all\b|For one\b|One\s*[,:]|The first\b)/;
/** "There are", "has", "had", "is really" right before the count: what something holds or is, taken point by point. */
const HOLDS_BEFORE =
  /\b(?:[Tt]here\s+(?:are|were)|has|have|had|is|are|was|were|[’']s)(?:\s+(?:really|just|only|actually))?\s+$/;

/** Plurals WordNet's lookup does not take back to their singular. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  children: 'child',
  people: 'person',
};

const TIME_NOUNS =
  /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|seasons?|times)$/;

/** The count a figure opens with, when it is a small one in words or digits (2 to 10); null otherwise. */
function smallCount(figure: string): number | null {
  const n = readNumber(figure.split(/\s+/)[0] ?? '');
  return n !== null && Number.isInteger(n) && n >= 2 && n <= 10 ? n : null;
}

/** The items of a printed list "A, B and C" (or "A, B, and C"). */
const itemsOf = (list: string) =>
  list.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((item) => item.trim() !== '');

/**
 * "Richard Roe, Ann Poe and Joe Doe ― three former cabinet members", "The complaints had two aims, she said. First,
 * ...", "There are three reasons for hope – cheaper loans, new roads and a calmer market.": a small count of the
 * names listed right before it, or of the points something has or is that the text then takes one by one, counts the
 * text's own list. `sentenceEnd` is where the count's sentence ends.
 */
export function countsPrintedList(text: string, start: number, end: number, sentenceEnd: number): boolean {
  const figure = text.slice(start, end);
  const n = smallCount(figure);
  // "two of the three people": a share is a figure of its own.
  if (n === null || /\sof\s/.test(figure)) return false;
  const names = NAMES_BEFORE.exec(text.slice(Math.max(0, start - 200), start));
  if (names?.[1] !== undefined && itemsOf(names[1]).length === n) return true;
  if (namesAfterColon(text, start, end, n)) return true;
  if (listedInAppositive(text, end, n)) return true;
  if (sentencesAfterColon(text, start, end, n)) return true;
  // What something holds or is, in points: "faced three screenings. First, ..." counts what happened; "They had three
  // children — A, B and C" counts a family (people), and so do "two men. First, ...".
  const noun = figure.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (!HOLDS_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || !figure.includes(' ')) return false;
  if (
    isUnitOfMeasure(noun) ||
    TIME_NOUNS.test(noun) ||
    /^(?:person|group)$/.test(nounKind(IRREGULAR_PLURALS[noun] ?? noun) ?? '')
  )
    return false;
  if (FIRST_POINT.test(text.slice(sentenceEnd, sentenceEnd + 40))) return true;
  // "There are three reasons – a, b and c.": the list after a dash or a colon, as many items as the count.
  const laidOut = /^[^.;:–—"“”]{0,40}?\s*[:–—]\s*([^.;"“”]+)/.exec(text.slice(end, sentenceEnd));
  return laidOut?.[1] !== undefined && itemsOf(laidOut[1].replace(/[,\s]+$/, '')).length === n;
}

/**
 * "Two questions: Why did the talks fail? And will the ports reopen?": a count that opens its sentence, right before a
 * colon, then as many sentences as it counts up to the paragraph's end, counts the points the speaker goes on to put.
 */
function sentencesAfterColon(text: string, start: number, end: number, n: number): boolean {
  if (start > 0 && !/(?:[.?!]["”’]?[^\S\n]+|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start))) return false;
  const rest = /^[^\S\n]*:[^\S\n]*([^\n]+)/u.exec(text.slice(end, end + 600))?.[1]?.trim();
  if (rest === undefined) return false;
  const sentences = rest.split(/(?<=[.?!]["”’]?)\s+(?=["“‘]?\p{Lu})/u);
  return sentences.length === n && sentences.every((sentence) => /[.?!]["”’]?$/u.test(sentence));
}

/** A preposition (and a limiting word) right before a count: the count is inside a phrase, not a verb's object. */
const PREPOSITION_BEFORE = /\b(?:of|to|for|with|between|among|from|about|on|against)\s+(?:(?:the|just|only|all)\s+)?$/i;

/**
 * "we mocked the ambitions of three hopefuls: Ann Lee, Bob Hart, and Carl Roe.": a small count inside a phrase after a
 * preposition, with a colon right after what it counts and then as many capitalised names as the count up to the
 * sentence's end, counts the names the text prints. ("Police arrested three men: ..." counts an arrest, and stays.)
 */
function namesAfterColon(text: string, start: number, end: number, n: number): boolean {
  if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const list = /^\s*:\s*([^.;:"“”\n]+)\./u.exec(text.slice(end, end + 200))?.[1];
  if (list === undefined) return false;
  const items = itemsOf(list.trim());
  return items.length === n && items.every((item) => new RegExp(`^${NAME}!?$`, 'u').test(item.trim()));
}

/** A title or an initial whose stop ends no sentence ("S. Donald Sussman", "Sen. Ann Lee"). */
const NAME_STOPS = /\b(\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Lt|Col|Capt|Sgt|Jr|Sr|St)\./gu;
/** ", A and B," or ", A, B, and C." right after what is counted: an appositive list up to a comma, a dash or the stop. */
const LIST_ITEM = String.raw`(?:(?!\sand\s)[^,;:.!?"“”()\n])+`;
const APPOSITIVE_LIST = new RegExp(String.raw`^,\s+(${LIST_ITEM}(?:,\s+${LIST_ITEM})*,?\s+and\s+${LIST_ITEM})\s*(?:,|[.;]|\s-\s|[―—–])`, 'u');
/** Nouns of kin: a count of them tells of a family. */
const KIN = /^(?:children|kids|sons|daughters|grandchildren|grandsons|granddaughters|brothers|sisters|siblings|parents|stepchildren)$/i;
/** A passive or a verb of harm right after the appositive: "were killed", "was hurt", "died". */
const SUFFERED_AFTER =
  /^\s*(?:(?:were|was|are|is|have been|had been|have|had)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|shot|hit|hurt|slain|taken|held|beaten|struck|stabbed|found|caught|killed)\b|died|perished|drowned|survived|fled|escaped)/u;
/** Prepositions and adverbs of place or time before an item's name: the item is a place or a time, not a name. */
const PLACE_WORDS = /^(?:at|in|on|to|from|of|for|with|by|near|into|against|over|under|after|before|during|away|home|abroad|here|there)$/i;
/** Words that open a clause inside an item ("the man who ..."), which makes it more than a name or a description. */
const CLAUSE_INSIDE = /\b(?:who|whom|whose|which|that|is|are|was|were|has|have|had)\b/i;

/**
 * "Two donors, the investor Ann Lee and the publisher Tom Roe, lead the list", "just two bosses, the president and the
 * defence minister.": a small count whose noun is followed by an appositive listing as many people or things, each a
 * name or a short definite description, names the ones the text lists; the count is no figure of its own.
 */
function listedInAppositive(text: string, end: number, n: number): boolean {
  const after = text.slice(end, end + 240).replace(NAME_STOPS, '$1');
  const found = APPOSITIVE_LIST.exec(after);
  const list = found?.[1];
  // "survived by two children, Ann Lee and Tom Lee": a count of kin tells of a family, and stays a figure.
  if (found === null || list === undefined || KIN.test(text.slice(Math.max(0, end - 16), end).split(/\s+/).at(-1) ?? '')) return false;
  // "two guards, Ann Lee and Tom Roe, were killed": what happened to them is counted, a toll that stays a figure.
  if (SUFFERED_AFTER.test(after.slice(found[0].length))) return false;
  const items = itemsOf(list.trim());
  return (
    items.length === n &&
    items.every((item) => {
      const words = item.trim().split(/\s+/);
      // "the next two fixtures, away at Harlow and at home to Penfield": places or times, no names of what is counted.
      const lead = words.slice(0, Math.max(0, words.findIndex((w) => /^\p{Lu}/u.test(w))));
      if (words.length > 6 || CLAUSE_INSIDE.test(item) || lead.some((w) => PLACE_WORDS.test(w))) return false;
      // A definite description names one already known ("the president"); an indefinite one ("a son", "a former
      // senator") adds someone, so the count is of a family or a list going on, and stays.
      return /^\p{Lu}/u.test(words.at(-1) ?? '') || (/^(?:the|his|her|their|its)$/i.test(words[0] ?? '') && words.length <= 5);
    })
  );
}
