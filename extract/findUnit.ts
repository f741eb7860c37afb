/** The unit of a figure: the head noun of the noun phrase printed right after the number. */

// Words that end the noun phrase after a number: prepositions, conjunctions, verbs' helpers, pronouns.
const STOPPERS = new Set([
  'of', 'in', 'on', 'at', 'from', 'to', 'for', 'with', 'by', 'about', 'than', 'as', 'into', 'over', 'under',
  'across', 'through', 'around', 'per', 'since', 'during', 'before', 'after', 'and', 'or', 'but', 'nor', 'yet', 'so',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'who', 'which', 'whom', 'whose', 'where', 'when',
  'are', 'is', 'were', 'was', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'must', 'do', 'does', 'did', 'it', 'they', 'he', 'she', 'we', 'you', 'i',
  'their', 'its', 'his', 'her', 'our', 'my', 'your', 'more', 'less', 'fewer', 'each', 'a', 'year', 'ago',
  'said', 'says', 'told', 'according', 'while', 'if', 'because', 'not', 'also', 'only', 'now', 'then',
  'there', 'here', 'up', 'down', 'out', 'off', 'away', 'back', 'last', 'next', 'this', 'every',
  'в', 'на', 'из', 'и', 'с', 'по', 'за', 'для', 'от', 'до', 'к', 'о', 'что', 'как',
]);

const MAX_PHRASE_WORDS = 4;
/**
 * Verbs' irregular past tenses (a regular one ends in "-ed", read as a verb already), which no figure counts: after
 * the noun of a figure they start its clause ("a 4.6 earthquake struck", "the 1 call came").
 */
const IRREGULAR_PAST = new Set(
  'struck came became rose fell took made went began saw found gave got brought caught drove flew fought grew held kept knew led lost met ran sent sold spent stood stole swept threw thought tore won wrote broke fled overtook sank shook spoke woke'.split(' '),
);
/** An adverb ("five totally decked-out officers"): never a noun of the phrase. */
const ADVERB = /^(?:\p{Ll}+(?:ally|ately|ently|ously|ively|antly|edly)|\p{Ll}*fully)$/u;
/** Words of time that follow a count without belonging to it ("three people today"). */
const WHEN = /^(?:today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const ABBREVIATED_UNIT = /^(?:km|kg|ft|mi|mph|kph|km\/h|lbs?|cm|mm|sq)$/;
const IRREGULAR_PLURAL = /^(?:people|men|women|children|police)$/;
/** "100 billion USD worth", "5 million dollars' worth": a currency after the number is the unit. */
const CURRENCY_WORD = /^(?:usd|eur|gbp|rub|dollars?|euros?|pounds?|roubles?|rubles?|yen|yuan)$/;
const CYRILLIC_ADJECTIVE = /(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ыми|ими)$/u;
const WORD = /^[\p{L}][\p{L}’'-]*/u;

export interface UnitPhrase {
  /** The head noun, lower case, as printed (plural kept). */
  unit: string;
  /** Index in the text just past the head noun. */
  end: number;
}

/** Read the noun phrase starting at `from`; adjectives are skipped, the last noun is the head. */
export function findUnit(text: string, from: number): UnitPhrase | null {
  let i = from;
  let best: UnitPhrase | null = null;
  // Whether the noun read last was printed in lower case: a capitalised word after it starts a name.
  let lowerBefore = false;
  for (let n = 0; n < MAX_PHRASE_WORDS; n += 1) {
    const gap = /^[ \u00A0]/.exec(text.slice(i, i + 1));
    if (gap === null) break;
    const match = compoundWord(text.slice(i + 1, i + 40));
    if (match === null) break;
    const word = match[0].replace(/[’']s?$/u, '');
    const lower = word.toLowerCase().replace(/\s-\s/g, '-');
    // "13 fully loaded magazines": an adverb right after the number modifies what follows it.
    if (best === null && ADVERB.test(lower) && followedByWord(text, i + 1 + match[0].length)) {
      i += 1 + match[0].length;
      continue;
    }
    if (STOPPERS.has(lower) || WHEN.test(lower) || ADVERB.test(lower)) break;
    // "three people Wednesday", "two men Monday": a name after the noun is not part of its phrase.
    if (best !== null && lowerBefore && /^\p{Lu}/u.test(word)) break;
    const end = i + 1 + match[0].length;
    // A verb right after the number ("100 users voted") is not part of the noun phrase.
    if (best !== null && /(?:ed|ing|ly)$/.test(lower)) break;
    if (best === null && /(?:ed|ing)$/.test(lower) && !followedByWord(text, end)) break;
    // "a 4.6 earthquake struck", "a 200 person crowd became": an irregular past tense after a noun is its verb.
    if (best !== null && IRREGULAR_PAST.has(word)) break;
    best = { unit: lower, end: i + 1 + word.length };
    // "72 km southeast": an abbreviated unit of measure is the whole phrase.
    if (n === 0 && (ABBREVIATED_UNIT.test(lower) || CURRENCY_WORD.test(lower))) break;
    lowerBefore = /^\p{Ll}/u.test(word);
    // Russian puts adjectives before the noun and the noun ends the phrase.
    if (/\p{Script=Cyrillic}/u.test(word) && !CYRILLIC_ADJECTIVE.test(lower)) break;
    if (/[’']s$/u.test(match[0]) || !/^[ \u00A0][\p{L}]/u.test(text.slice(end, end + 2))) break;
    // A plural noun ends an English noun phrase: "users left" is a noun and its verb. An initialism in capitals is
    // no plural ("nine ACMS partners"): the noun after it is what is counted.
    if (isPlural(lower) && !/^\p{Lu}{2,}$/u.test(word)) break;
    i = end;
  }
  return best;
}

/** A plural noun, which ends an English noun phrase ("users left": a noun and its verb). */
const isPlural = (lower: string) => (/^[a-z]+[^s’'us]s$/.test(lower) && lower.length > 3) || IRREGULAR_PLURAL.test(lower);

/**
 * The word at the start of `text`, with a compound printed with spaces around its hyphen ("first - degree" of "two
 * first - degree murder charges", "AK - 47" of "six AK - 47 rifles", as copy tokenized word by word prints them) or
 * a designation's number after capitals ("AK 47 rifles"): the noun the figure counts comes after them. A dash after
 * a plural ("12 people - including two children -") or before a word of an aside sets off the aside instead.
 */
function compoundWord(text: string): RegExpExecArray | null {
  const designation = /^\p{Lu}{2,5}(?:\s[-–]\s|\s)\d+(?=\s\p{Ll})/u.exec(text);
  if (designation !== null) return designation;
  const compound = /^[\p{L}][\p{L}’'-]*(?:\s-\s[\p{L}\p{N}][\p{L}\p{N}’'-]*)+/u.exec(text);
  if (compound !== null) {
    const [first = '', ...rest] = compound[0].split(/\s-\s/);
    const aside = (w: string) => STOPPERS.has(w.toLowerCase()) || /(?:ly|ing)$/i.test(w);
    if (!isPlural(first.toLowerCase()) && !rest.some(aside)) return compound;
  }
  return WORD.exec(text);
}

function followedByWord(text: string, at: number): boolean {
  const next = /^[ \u00A0]([\p{L}]+)/u.exec(text.slice(at, at + 30));
  return next !== null && !STOPPERS.has((next[1] ?? '').toLowerCase());
}
