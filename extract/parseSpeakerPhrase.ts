/** Read a subject noun phrase ("the Kremlin’s spokesperson Dmitry Peskov") into name, role and type. */

import { identifiesOne, isCompanyMaker, organisationName } from './organisationName.ts';
import type { SpeakerType } from './types.ts';
import {
  AUXILIARIES,
  DOCUMENT_NOUNS,
  ORG_MARKERS,
  ORG_NOUNS,
  ORG_PRONOUNS,
  PERSON_NOUNS,
  PARTY_WORDS,
  PERSON_PRONOUNS,
  TITLES,
  WEEKDAY,
  isMonthInName,
  normaliseWord,
  partyBeforeName,
} from './cues.ts';
import { escape, isCapitalised, isPossessive, stripPossessive, tokenize } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import { isCommonNoun, isPersonKind, isPersonPlural, isRoleNounWord, nounKind } from './wordnetNouns.ts';
import { firstOfJoint } from './firstOfJoint.ts';
import { isAdverbOnly } from './isAdverbOnly.ts';
import { opensBeforeBody } from './opensBeforeBody.ts';
import { isFirstName } from './personGender.ts';
import { isCampusAfterBody, peopleAtBody } from './peopleAtBody.ts';

export interface SpeakerPhrase {
  /** The phrase as printed. */
  raw: string;
  /** A proper name, titles dropped ("Peskov" from "Mr Peskov"), or a description when none is printed. */
  name: string | null;
  role: string | null;
  type: SpeakerType | null;
  /**
   * Set when the phrase points back at an earlier speaker instead of naming one; 'document' for what someone
   * issued ("the statement", head "statement"), which speaks for its issuer.
   */
  refersTo: 'person' | 'organisation' | 'role' | 'document' | null;
  /** The head noun of a description ("spokesman" in "the spokesman"). */
  head: string | null;
  /** True when a title or first name proves the name is a person's. */
  provenPerson: boolean;
  /** True when a title or a person role ("spokesman") proves it, not just the shape of the name. */
  strongPerson?: boolean;
  /**
   * A capitalised title printed alone, with no determiner ("King told the Daily News", "Major said"): a surname
   * when the text names a person by it ("Tishana King"), else nobody.
   */
  titleAlone?: boolean;
  /** A capitalised run printed right after "the" with no title ("the United Nations"): a body's name, not a person's. */
  afterThe?: boolean;
  /** A name printed with others joined to it ("Gov. Ana Ruiz and leaders of the legislature"): a group "they" may mean. */
  withOthers?: boolean;
  /**
   * A plural description of people a sentence opens on ("Workers objected ..."): a group "they" may mean in the next
   * sentence, not further on.
   */
  groupSubject?: boolean;
  /**
   * How a description read in lower case is printed when its word is a proper one ("Liberals" for "liberals"): the
   * speaker as shown, while the rules read `name`.
   */
  shown?: string;
}

const QUANTIFIERS = new Set(['another', 'some', 'others', 'other', 'many', 'most', 'few', 'several', 'one', 'both', 'all', 'each', 'any']);
/** Quantifiers that stand alone for people in the plural ("Others said", "Many argue"). */
const PEOPLE_QUANTIFIERS = new Set(['others', 'some', 'many', 'several', 'most']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
// Capitalised words that are never part of a name at the left edge of a run.
const NOT_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'when', 'while', 'but', 'and', 'as', 'after', 'before', 'last',
  'this', 'that', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'earlier', 'later', 'meanwhile', 'however', 'speaking', 'asked', 'today',
  'yesterday', 'tonight', 'now', 'then', 'also', 'still', 'so', 'if', 'for', 'with', 'from', 'by',
  'what', 'who', 'why', 'how', 'where', 'which', 'there', 'here', 'it', 'this', 'these', 'those',
]);

/** Weekdays, and the months that are never a name (see isMonthInName in cues.ts for those that are). */
const CALENDAR_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|july|september|october|november|december)$/;

/** Initialisms in capitals that spell a word never in a name ("says WHO": the World Health Organization, not "who"). */
const SPELLED_INITIALISMS: ReadonlySet<string> = new Set(['WHO']);

/** A label set before a paragraph by the paper itself ("Editor's Note", "Update", "Correction"). */
const COLUMN_LABEL = /^(?:editor['’]s\s+|editors['’]\s+)?(?:note|update|correction|clarification)s?$/i;

/**
 * "said Al From": a small word printed with a capital after a capitalised given name, ending the phrase, is the
 * person's surname ("Will", "From", "Price"), not a preposition or a verb.
 */
export function isStopWordSurname(words: readonly string[], at: number): boolean {
  const before = words[at - 1] ?? '';
  // "Early November", "Late Tuesday": a weekday, or a month that is no name (isMonthInName's "May" and "June" are), after
  // a capitalised word is a time, however the run reads.
  if (CALENDAR_WORDS.test(normaliseWord(words[at] ?? ''))) return false;
  // Two capitalised words alone: a longer run is a title-case headline ("Takes Questions On Wage By (Saying)").
  const alone = !/^\p{Lu}/u.test(words[at - 2] ?? '');
  return at === words.length - 1 && at > 0 && alone && /^\p{Lu}\p{Ll}+$/u.test(words[at] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(before) && !NOT_NAME.has(normaliseWord(before)) && !TITLES.has(normaliseWord(before));
}

/** An adverb opening a sentence ("Ironically Nichols had offered ..."), never the first word of a name. */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:ally|ically|ately|ently|ously|ively|antly|edly)$/u;

/** Nouns of what someone claims or supposes, never of who speaks: "a prospect", "an allegation". */
const PROPOSITION_NOUNS: ReadonlySet<string> = new Set(['prospect', 'claim', 'allegation', 'accusation', 'charge', 'assertion', 'notion', 'idea', 'suggestion', 'characterization', 'characterisation', 'contention', 'premise', 'theory', 'possibility', 'scenario', 'assessment', 'view']);

/** Parse a subject phrase; returns null when nothing usable is left. */
/** Most capitalised words a place or body after a role and a name may run to together ("to the United Nations Ann Roe"). */
const MAX_PLACED_RUN = 6;

/**
 * "Norland’s ambassador to Britain Olek Brand", "spokesman for the Navy Ann Roe": a role noun, "to", "for" or "at",
 * then capitalised words only, the last of them a person's name: the phrase with a comma set before the name, as
 * "the ambassador to Britain, Olek Brand" prints it; else null. The name opens on its first name where the lists know
 * one, else it is the last two words.
 */
function placedRoleBeforeName(words: readonly string[]): string | null {
  const at = words.findIndex((w, k) => k > 0 && /^(?:to|for|at)$/.test(w) && /^\p{Ll}/u.test(words[k - 1] ?? '') && isRoleNounWord(normaliseWord(words[k - 1] ?? '')));
  if (at === -1) return null;
  const from = /^the$/i.test(words[at + 1] ?? '') ? at + 2 : at + 1;
  const run = words.slice(from);
  if (run.length < 3 || run.length > MAX_PLACED_RUN || !run.every((w) => /^\p{Lu}\p{L}*[.’'-]?\p{L}*$/u.test(w) && !isPossessive(w))) return null;
  const given = run.findIndex((w, k) => k > 0 && k <= run.length - 2 && isFirstName(w));
  const name = given !== -1 ? given : run.length - 2;
  // "adviser to Mayor Ann Lee": a title before the name makes it whom the role serves, not who holds it.
  if (run.slice(0, name).some((w) => TITLES.has(normaliseWord(w)) || isRoleNounWord(normaliseWord(w)))) return null;
  // "spokeswoman for the House Armed Services Committee": a body's name with its marker is all place, no one's name.
  if (run.some((w) => ORG_MARKERS.has(normaliseWord(w)))) return null;
  return [...words.slice(0, from + name), ',', ...run.slice(name)].join(' ').replace(' ,', ',');
}

export function parseSpeakerPhrase(raw: string): SpeakerPhrase | null {
  const tokens = outsideBrackets(tokenize(raw)).filter((t) => t.word || t.text === ',');
  while (tokens.length > 0 && tokens[tokens.length - 1]?.text === ',') tokens.pop();
  while (tokens.length > 0 && tokens[0]?.text === ',') tokens.shift();
  if (tokens.length === 0) return null;
  const placed = placedRoleBeforeName(tokens.map((t) => t.text));
  if (placed !== null) {
    const apart = parseSpeakerPhrase(placed);
    return apart && { ...apart, raw: raw.trim() };
  }
  // "Because I (said)", "What that (means)": a clause's opening word is no part of its subject; "It's worth" is a clause.
  const opener = normaliseWord(tokens[0]?.text ?? '');
  if (tokens.length > 1 && SUBORDINATORS.has(opener)) {
    const rest = parseSpeakerPhrase(tokens.slice(1).map((t) => t.text).join(' '));
    return rest && { ...rest, raw: raw.trim() };
  }
  if (/^(?:it|that|there|what|this)['’]s$/i.test(tokens[0]?.text ?? '') && !tokens.slice(1).some((t) => isCapitalised(t.text))) return null;
  // "..., a prospect Lund denied", "..., a claim the council rejects": a noun of what is claimed with a subject after
  // it opens a relative clause that answers the words before; whoever the subject is did not say them.
  if (tokens.length > 2 && /^(?:a|an|the)$/i.test(tokens[0]?.text ?? '') && PROPOSITION_NOUNS.has(tokens[1]?.text ?? '')) return null;
  // "He's suggesting that ...", "They’ve argued that ...": a pronoun with its auxiliary contracted is that pronoun.
  const contracted = /^(he|she|they|we)['’](?:s|re|d|ve|ll)$/i.exec(tokens[0]?.text ?? '')?.[1];
  if (contracted !== undefined && tokens.length === 1) {
    const pronoun = parseSpeakerPhrase(contracted);
    return pronoun && { ...pronoun, raw: raw.trim() };
  }
  // "Lund himself said", "the mayor herself told": a reflexive after its subject only stresses who spoke.
  if (tokens.length > 1 && /^(?:himself|herself|itself|themselves)$/i.test(tokens[tokens.length - 1]?.text ?? '')) {
    const stressed = parseSpeakerPhrase(tokens.slice(0, -1).map((t) => t.text).join(' '));
    return stressed && { ...stressed, raw: raw.trim() };
  }
  // "See live caucus results here", "Read the latest updates": a link line tells the reader what to do, nobody speaks.
  if (/^(?:See|Read|Watch|Click|Listen|Subscribe|Follow)$/.test(tokens[0]?.text ?? '') && /^\p{Ll}/u.test(tokens[1]?.text ?? '')) return null;
  // "Editor's Note: An earlier version ...", "Update:": a column label introduces the paper's own words, nobody's.
  if (COLUMN_LABEL.test(raw.trim())) return null;
  const words = pronounOnly(subjectOfClause(subjectOfInfinitive(withoutRelayer(withoutTrailingTime(withoutTrailingRelative(tokens.map((t) => t.text)))))));
  // "who", "which was the first organisation to do so": a relative clause alone names nobody.
  if (RELATIVE_PRONOUNS.has(normaliseWord(words[0] ?? '')) && normaliseWord(words[0] ?? '') !== 'that' && !SPELLED_INITIALISMS.has(words[0] ?? '')) return null;
  const printed = raw.trim().replace(/^[,\s]+|[,\s]+$/g, '');
  // "Others said", "Some argue", "Many say": a plural quantifier alone is people described, as printed (the singular
  // "Another said" or "One said" points back at someone, and names nobody here).
  if (words.length === 1 && PEOPLE_QUANTIFIERS.has(normaliseWord(words[0] ?? ''))) {
    return { raw: printed, name: words[0] ?? printed, role: null, type: 'person', refersTo: null, head: normaliseWord(words[0] ?? ''), provenPerson: false };
  }
  // "Another said" after "one user wrote": one more of the people just described, whom resolveSpeakers names by their
  // noun ("another user"), never the one before.
  if (words.length === 1 && normaliseWord(words[0] ?? '') === 'another') {
    return { raw: printed, name: null, role: null, type: 'person', refersTo: null, head: 'another', provenPerson: false };
  }
  if (!words.includes(',') && !nameOrDescription(words)) return null;
  if (isCapsHeadline(words) || opensParticiple(words)) return null;
  const lower = normaliseWord(words.join(' '));
  const base = { raw: printed, name: null, role: null, head: null, provenPerson: false };
  // "Some said": a quantifier alone names nobody.
  if (QUANTIFIERS.has(lower)) return null;
  if (PERSON_PRONOUNS.has(lower)) return { ...base, type: 'person', refersTo: 'person' };
  if (ORG_PRONOUNS.has(lower)) return { ...base, type: 'organisation', refersTo: 'organisation' };

  const comma = words.indexOf(',');
  // "the bespectacled, 71-year-old diplomat": adjectives set apart by a comma before one head noun are one description.
  if (comma > 0 && coordinateAdjectives(words.slice(0, comma), words.slice(comma + 1))) {
    const joined = parseSpeakerPhrase(words.filter((w) => w !== ',').join(' '));
    return joined && { ...joined, raw: raw.trim() };
  }
  if (comma > 0) {
    const [first, second] = [words.slice(0, comma), words.slice(comma + 1)];
    // "The police source, who wished to remain anonymous": a relative clause describes, it does not name. "In the
    // legislature, he": a circumstance before the subject is no part of it.
    const alone = (part: string[]) => {
      const phrase = parseSpeakerPhrase(part.join(' '));
      return phrase && { ...phrase, raw: printed };
    };
    // "Others, however," and "Ms. Lee, too,": an adverb set off by commas leaves the subject as it was.
    if (second.every((w) => EMPTY_WORDS.has(normaliseWord(w)))) return parseAppositive(printed, first, []);
    // "Regardless, the State Department": an adverb opening the sentence is no name the description sets off.
    if (first.length === 1 && isAdverbOnly(first[0] ?? '')) return alone(second);
    if (opensBeforeBody(first, second)) return alone(second);
    // "31, a Philadelphia photographer": an age before the description is no name.
    if (PREPOSITIONS.has(normaliseWord(first[0] ?? '')) || !nameOrDescription(first) || first.every((w) => /^\p{N}+$/u.test(w))) return alone(second);
    // "Powell's office, when contacted by Reuters", "Telephone providers, such as Portugal Telecom": a circumstance
    // or examples after the subject name no one of their own.
    if (PREPOSITIONS.has(normaliseWord(second[0] ?? '')) || APPENDED_CLAUSE.test(second[0] ?? '')) return alone(first);
    // "Ann Lee of the University of California, Berkeley": the campus after the body is no appositive.
    if (isCampusAfterBody(first, second)) return alone(first);
    const described = RELATIVE_PRONOUNS.has(normaliseWord(second[0] ?? '')) ? null : describedPart(second);
    return described === null ? alone(first) : parseAppositive(printed, first, described);
  }
  const document = parseDocument(printed, words);
  const organisation = document === null ? organisationName(words) : null;
  if (organisation !== null) return { raw: printed, name: organisation, role: null, type: 'organisation', refersTo: null, head: null, provenPerson: false };
  return document ?? parseSimple(printed, words);
}

/**
 * "the Argus Leader of Sioux Falls", "the Ledger of Fort Collins": "the", a capitalised name and "of" a capitalised
 * place is a body's name (an outlet of a town, as "the Times of London"), never a person named by the place; not when
 * the name is a title or a kind of person ("the Duke of Sussex", "the Archbishop of Canterbury"). The whole name, else
 * null.
 */
function definiteNameOfPlace(input: readonly string[], words: readonly string[], runStart: number): string | null {
  if (normaliseWord(input[0] ?? '') !== 'the' || normaliseWord(input[1] ?? '') === 'the' || words[runStart - 1] !== 'of') return null;
  const name = words.slice(0, runStart - 1);
  const first = normaliseWord(name[0] ?? '');
  if (name.length === 0 || name.length > 3 || !name.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isPossessive(w))) return null;
  if (TITLES.has(first) || PERSON_NOUNS.has(first) || (name.length === 1 && isPersonKind(first))) return null;
  return runStart < words.length ? words.join(' ') : null;
}

/**
 * "the bespectacled, 71-year-old diplomat", "a tall, soft-spoken man": an article and lower-case adjectives, a comma,
 * and more lower-case words ending on a noun of a person, with no word that opens an appositive of its own ("the
 * mayor, a lawyer", "the mayor, 71"). The first part ends on no noun (an adjective in WordNet's eyes or a participle).
 */
export function coordinateAdjectives(first: readonly string[], second: readonly string[]): boolean {
  if (first.length < 2 || first.length > 3 || second.length < 1 || second.length > 4 || !/^(?:the|a|an)$/i.test(first[0] ?? '')) return false;
  const lower = (w: string) => /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(w);
  if (!first.slice(1).every(lower) || !second.every(lower) || second.includes(',')) return false;
  if (DETERMINERS.has(normaliseWord(second[0] ?? '')) || PREPOSITIONS.has(normaliseWord(second[0] ?? '')) || RELATIVE_PRONOUNS.has(normaliseWord(second[0] ?? '')) || /^\p{N}+$/u.test(second[0] ?? '')) return false;
  const head = normaliseWord(second[second.length - 1] ?? '');
  const last = normaliseWord(first[first.length - 1] ?? '');
  return (PERSON_NOUNS.has(head) || isPersonNoun(head)) && !PERSON_NOUNS.has(last) && !isCommonNoun(last);
}

/** "Students who (carried signs saying ...)": a relative pronoun the phrase was cut at is no part of it. */
function withoutTrailingRelative(words: string[]): string[] {
  return words.length > 1 && /^(?:who|whom|whose|which)$/.test(normaliseWord(words[words.length - 1] ?? '')) ? words.slice(0, -1) : words;
}

/**
 * "Donald Trump on Thursday", "Louisiana Gov. Bobby Jindal on Monday", "Clark in October", "Ann Roe in March 2019":
 * the day or month it was said is no part of the name.
 */
function withoutTrailingTime(words: string[]): string[] {
  const year = /^\d{4}$/.test(words[words.length - 1] ?? '') ? 1 : 0;
  const at = words.length - 2 - year - (/^(?:morning|afternoon|evening|night)$/.test(words[words.length - 1] ?? '') ? 1 : 0);
  const day = words[at] === 'on' && WEEKDAY.test(words[at + 1] ?? '');
  const month = words[at] === 'in' && /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(words[at + 1] ?? '');
  return at >= 1 && (day || month) && words.slice(0, at).every((w) => isCapitalised(w)) ? words.slice(0, at) : words;
}

/**
 * "industry sources cited by the trade paper Widget Weekly", "analysts quoted by a local newspaper": the source is the
 * words before the participle; the outlet that cited or quoted them only relays what they said.
 */
function withoutRelayer(words: string[]): string[] {
  const at = words.findIndex((w, i) => i > 0 && /^(?:cited|quoted|relayed)$/.test(w) && words[i + 1] === 'by');
  return at > 0 ? words.slice(0, at) : words;
}

/** "Marcia Price (D-Newport News)", "Scott (D-Va.)": a party and place in brackets are no part of the name. */
function outsideBrackets(tokens: readonly Token[]): Token[] {
  let depth = 0;
  return tokens.filter((t) => {
    if (t.text === '(') depth += 1;
    const inside = depth > 0;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    return !inside && t.text !== ')';
  });
}

/**
 * "the statement", "a company statement" point back at who issued it; "Crowley's Web site", "the ministry's
 * statement" name the issuer before the possessive, which is then parsed as the speaker.
 */
function parseDocument(printed: string, words: string[]): SpeakerPhrase | null {
  const lastWord = words[words.length - 1] ?? '';
  const web = /^site$/.test(lastWord) && /^web$/i.test(words[words.length - 2] ?? '');
  const head = web ? 'website' : lastWord;
  // "the Post" is a newspaper: the thing issued is printed in lower case.
  if (!DOCUMENT_NOUNS.has(head) || !/^\p{Ll}/u.test(lastWord)) return null;
  const owner = words.findIndex((w) => isPossessive(w));
  if (owner >= 0) {
    const issuer = [...words.slice(0, owner), stripPossessive(words[owner] ?? '')];
    return parseSimple(issuer.join(' '), issuer);
  }
  // Only a bare "the statement" points back; "a congressional report", "the pool report" describe a source.
  if (!words.slice(0, web ? -2 : -1).every((w) => DETERMINERS.has(normaliseWord(w)))) return null;
  // "a report found ...", "one report suggested ...": an indefinite document is a new one, no earlier issuer's.
  if (/^(?:an?|one|another)$/i.test(words[0] ?? '') && words.length > 1) return null;
  return { raw: printed, name: words.slice(web ? -2 : -1).join(' '), role: null, type: 'organisation', refersTo: 'document', head, provenPerson: false };
}

// "Because I (said)", and a sentence adverb before the subject: "Yesterday a neighbour", "Now Donald Trump".
const SUBORDINATORS = new Set([
  'because', 'since', 'although', 'though', 'whether', 'what', 'unless', 'once',
  'yet', 'now', 'today', 'tonight', 'yesterday', 'meanwhile', 'then', 'later', 'earlier',
]);
const APPENDED_CLAUSE = /^(?:when|while|whether|if|although|though|because|including|such|especially|particularly|notably|unlike)$/i;
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'by', 'of', 'for', 'with', 'from', 'as', 'than', 'about', 'after', 'before', 'during', 'into', 'over', 'under', 'like', 'despite', 'through', 'against', 'without', 'within', 'among', 'since', 'until', 'upon', 'amid']);
// Words that alone name nobody: "the two write", "the most telling promise", "as if to say", "HP today announced".
const EMPTY_WORDS = new Set([
  ...PREPOSITIONS, 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'another', 'some', 'others', 'other', 'many', 'most', 'more', 'few', 'several', 'one', 'both', 'all', 'each', 'any',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'today', 'yesterday', 'tonight', 'now',
  'then', 'also', 'still', 'later', 'earlier', 'if', 'whether', 'not', 'so', 'far', 'just', 'even', 'however',
  'meanwhile', 'moreover', 'instead', 'too', 'and', 'or', 'but',
]);

/**
 * "FULL TEXT", "QUESTIONABLE MEDICAL CLAIMS", "HUFFPOLLSTER VIA EMAIL": words in capitals, two or more with a
 * word of four letters or more, are a headline's or a crosshead's, not a name ("BFM TV" and "A.F.L. C.I.O." are
 * initials and stay).
 */
function isCapsHeadline(words: readonly string[]): boolean {
  const printed = words.filter((w) => w !== ',');
  return printed.length >= 2 && printed.every((w) => /^[\p{Lu}.’'-]+$/u.test(w)) && printed.some((w) => /^\p{Lu}{4,}[’']?\p{Lu}*$/u.test(w));
}

/**
 * "Speaking at a", "Following initial", "Holding signs", "Having an entertainer", "According to news": a
 * participle opening the sentence leads a clause of its own, never a name ("Fanning", "Peyton Manning", "Leading
 * Democrats" stay).
 */
function opensParticiple(words: readonly string[]): boolean {
  const [first, second] = words;
  if (first === undefined || !/^\p{Lu}\p{Ll}+ing$/u.test(first)) return false;
  return second === undefined ? /^(?:Having|Being|Speaking|Following|According|Adding|Saying)$/.test(first) : /^\p{Ll}/u.test(second);
}

/**
 * Whether the words can be a speaker at all: not only small words ("the", "to", "the two"), not opening or ending
 * on a preposition ("in the legislature", "line by"), and no clause ("the walkouts were needed", "Nudity did n't bother her").
 */
function nameOrDescription(words: readonly string[]): boolean {
  const printed = words.filter((w) => w !== ',');
  const lower = printed.map(normaliseWord);
  if (lower.length === 0 || lower.every((w) => EMPTY_WORDS.has(w))) return false;
  if ((PREPOSITIONS.has(lower[lower.length - 1] ?? '') && !isStopWordSurname(printed, printed.length - 1)) || PREPOSITIONS.has(lower[0] ?? '')) return false;
  // A verb as printed in lower case ("Will Doyle" is a name), unless a relative clause holds it ("a man who was there").
  const verb = printed.findIndex((w) => FINITE_VERBS.has(w));
  return verb === -1 || lower.slice(0, verb).some((w) => RELATIVE_PRONOUNS.has(w));
}

/**
 * A description after a name, as far as it describes: "a Clinton supporter who is the chairman in Nassau County
 * on" is "a Clinton supporter", "co-author of" is "co-author"; null when nothing is left.
 */
function describedPart(words: readonly string[]): string[] | null {
  const relative = words.findIndex((w, i) => i > 0 && RELATIVE_PRONOUNS.has(normaliseWord(w)));
  const kept = relative === -1 ? [...words] : words.slice(0, relative);
  while (kept.length > 0 && EMPTY_WORDS.has(normaliseWord(kept[kept.length - 1] ?? ''))) kept.pop();
  return kept.length > 0 && nameOrDescription(kept) ? kept : null;
}
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'would', 'will', "n't", 'not', 'could', 'should', 'can']);

/**
 * "Mr. Trump was prompted to (say)", "She went on to (say)", "Obama punctuated his list by (saying)": the verb
 * that leads to the cue is the subject's, and the subject is the name or pronoun before it ("It is too soon to
 * say" has none).
 */
function subjectOfInfinitive(words: string[]): string[] {
  const last = words[words.length - 1] ?? '';
  if (words.length < 3 || (last !== 'to' && last !== 'by')) return words;
  if (['he', 'she', 'they', 'we'].includes(normaliseWord(words[0] ?? ''))) return words.slice(0, 1);
  let end = 0;
  while (end < words.length && isCapitalised(words[end] ?? '') && !NOT_NAME.has(normaliseWord(words[end] ?? ''))) end += 1;
  const verb = words[end] ?? '';
  return end > 0 && (AUXILIARIES.has(verb) || /^(?:\p{Ll}+ed|went|goes|continues|took|made)$/u.test(verb)) ? words.slice(0, end) : words;
}

/**
 * "Security Council issued a statement (saying)", "Cruz campaign sent a fundraising email (that said)": a verb with
 * its object inside the phrase is the subject's act, and the subject is the words before it ("data released
 * Friday by regulators" is a description, its verb has no object).
 */
function subjectOfClause(words: string[]): string[] {
  const verb = words.findIndex((w, i) => /^(?:\p{Ll}+ed|sent|wrote|gave|put|took|made|issued)$/u.test(w) && /^(?:a|an|the|his|her|its|their)$/.test(words[i + 1] ?? ''));
  // "issued a statement Saturday evening (saying)": the act alone, its subject left behind a comma, names nobody.
  if (verb === 0) return [];
  if (verb < 0) return words;
  // "Republicans who critiqued the speech": the verb is a relative clause's, and the phrase a description.
  const subject = words.slice(0, verb).map(normaliseWord);
  if (subject.some((w) => RELATIVE_PRONOUNS.has(w) || w === 'and') || (subject.length > 1 && subject.some((w) => PERSON_PRONOUNS.has(w) || ORG_PRONOUNS.has(w)))) return words;
  return words.slice(0, verb);
}

/**
 * "she jokingly", "she recounted", "Later he", "Then she", "on Tuesday night he": a pronoun with an adverb, a
 * verb or a circumstance of its own is the pronoun.
 */
function pronounOnly(words: string[]): string[] {
  const at = words.findIndex((w) => PERSON_PRONOUNS.has(normaliseWord(w)) || ORG_PRONOUNS.has(normaliseWord(w)));
  // "on Tuesday night he", "at the town hall this week she": a circumstance before the pronoun.
  if (at === words.length - 1 && at > 0 && PREPOSITIONS.has(normaliseWord(words[0] ?? ''))) return words.slice(at);
  // "an investment he (concludes has ...)", "a move she (says was ...)": a noun with a clause of its own after it;
  // the pronoun is that clause's subject ("the way they (say ...)" is anyone's).
  if (at === words.length - 1 && at > 1 && PERSON_PRONOUNS.has(normaliseWord(words[at] ?? '')) && /^(?:a|an|the)$/i.test(words[0] ?? '') && words.slice(1, at).every((w) => /^\p{Ll}+$/u.test(w))) return words.slice(at);
  if (at === -1 || words.length === 1 || words.length > 3) return words;
  const adverb = (w: string) => /^\p{L}+ly$/u.test(w) || AUXILIARIES.has(normaliseWord(w)) || EMPTY_WORDS.has(normaliseWord(w));
  const before = words.slice(0, at);
  const after = words.slice(at + 1);
  return before.every(adverb) && after.every((w) => adverb(w) || /^\p{Ll}+ed$/u.test(w)) ? [words[at] ?? ''] : words;
}

function parseAppositive(printed: string, first: string[], second: string[]): SpeakerPhrase | null {
  const a = parseSimple(printed, first);
  const b = parseSimple(printed, second);
  if (a === null) return b;
  if (b === null) return a;
  // "Andrei Svintsov, a Russian official" or "a Russian official, Andrei Svintsov".
  // The proper name of the two parts speaks ("the primary, Gov. John Kasich"), the other describes: a description
  // that opens on a name's possessive ("Scott's niece, Marcia Price") has a head noun and is no name.
  const proper = (p: SpeakerPhrase): boolean => p.name !== null && p.refersTo === null && p.head === null && /^\p{Lu}/u.test(p.name);
  // "The newspaper, long a vocal advocate of reform,": a description after what points back at a speaker ("the
  // newspaper", "the secretary", "she") only describes it; a name after it would say who it is.
  if (a.refersTo !== null && a.refersTo !== 'document' && !proper(b)) return { ...a, raw: printed };
  const named = proper(b) && !proper(a) ? b : a.name !== null && a.refersTo === null ? a : b;
  if (named.name === null || named.refersTo !== null) return a;
  const describedWords = (named === a ? second : first).filter((w) => w !== ',');
  while (describedWords.length > 1 && DETERMINERS.has(normaliseWord(describedWords[0] ?? ''))) describedWords.shift();
  const description = describedWords.join(' ');
  const role = named.role ?? description;
  const personByRole = isPersonDescription(description);
  return {
    ...named,
    raw: printed,
    role,
    type: named.provenPerson || personByRole ? 'person' : named.type,
    provenPerson: named.provenPerson || personByRole,
    strongPerson: named.strongPerson === true || personByRole,
  };
}

function isPersonDescription(description: string | null): boolean {
  if (description === null) return false;
  const last = normaliseWord(description.split(/\s+/).pop() ?? '');
  return PERSON_NOUNS.has(last);
}

/** Whether a word (lower case, no possessive) is a kind of person in WordNet ("advocate", "democrat", "agent"). */
const isPersonNoun = (word: string): boolean => /^\p{Ll}+$/u.test(word) && isPersonKind(word);

const isRoleNoun = isRoleNounWord;

/**
 * "Ki-moon" of "Ban Ki-moon", "Hau-yip" of "Cheuk Hau-yip": a romanised given name of two short syllables joined by a
 * hyphen, the second in lower case, after a capitalised surname. A capitalised compound opening a sentence
 * ("Ex-wife", "Self-made", "Co-founder") has no capitalised word before it.
 */
function syllableGivenName(word: string, before: string | undefined): boolean {
  return /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{1,4}$/u.test(word) && before !== undefined && /^\p{Lu}\p{Ll}+$/u.test(before) && !NOT_NAME.has(normaliseWord(before)) && !/-(?:wife|man|men|old|in-law|run|up|out|off)$/.test(word);
}

/**
 * "the Harbour Board in Dunmore", "Norland’s 3rd Circuit Court of Appeals at Kell": a body's capitalised name, then
 * "in" or "at" and the capitalised place where it sits. The body speaks, not the place, so the phrase is parsed without
 * the place when what is left names an organisation by a word that marks one ("Board", "Court"); null otherwise.
 */
function bodyBeforePlace(printed: string, words: readonly string[], runStart: number): SpeakerPhrase | null {
  const link = runStart - 1;
  if (link < 1 || !/^(?:in|at)$/.test(words[link] ?? '') || !isCapitalised(words[link - 1] ?? '')) return null;
  // An ordinal before a capitalised word is part of the name ("the 9th Circuit Court"), read without it, put back after.
  const before = words.slice(0, link);
  const ordinal = (w: string, k: number): boolean => ORDINAL.test(w) && isCapitalised(before[k + 1] ?? '');
  const body = parseSpeakerPhrase(before.filter((w, k) => !ordinal(w, k)).join(' '));
  if (body?.type !== 'organisation' || body.name === null) return null;
  if (!body.name.split(/\s+/).some((w) => ORG_MARKERS.has(normaliseWord(w)))) return null;
  let name = body.name;
  before.forEach((w, k) => {
    const next = before[k + 1] ?? '';
    if (ordinal(w, k)) name = name.replace(new RegExp(`(^|\\s)${escape(next)}(?=\\s|$)`, 'u'), `$1${w} ${next}`);
  });
  return { ...body, name, raw: printed };
}
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** A report a paper prints, whose words are the paper's ("a report in the Daily Ledger"). */
const PUBLISHED = /^(?:reports?|editorials?)$/;

/**
 * "a report from Reuters", "reports from The Wrap and Deadline", "a new statement by Acme": a document (in lower case,
 * after adjectives in lower case) from or by a source speaks for the source, parsed as if printed alone.
 */
function documentIssuer(printed: string, words: readonly string[]): SpeakerPhrase | null {
  // "a report in the Daily Ledger": what a paper printed speaks for the paper.
  const link = words.findIndex((w, k) => w === 'from' || w === 'by' || (w === 'in' && PUBLISHED.test(words[k - 1] ?? '') && /^the$/i.test(words[k + 1] ?? '')));
  const noun = normaliseWord(words[link - 1] ?? '').replace(/s$/, '');
  // "a Tuesday editorial in The Ledger": a day may date what the paper printed.
  if (link < 1 || !DOCUMENT_NOUNS.has(noun) || !words.slice(0, link).every((w) => /^\p{Ll}/u.test(w) || (words[link] === 'in' && WEEKDAY.test(w)))) return null;
  const source = words.slice(link + 1);
  if (!isCapitalised(source.find((w) => !DETERMINERS.has(normaliseWord(w))) ?? '')) return null;
  const parsed = parseSpeakerPhrase(source.join(' '));
  return parsed === null ? null : { ...parsed, raw: printed };
}

/** People known by whom they serve, back or know ("aides", "a friend", "sources"), before "to", "of", "for" or "close to". */
const AROUND_NOUNS = /^(?:aides?|allies|ally|friends?|supporters?|critics?|associates?|advisers?|advisors?|confidants?|relatives?|sources?|lawyers?|attorneys?|backers?|opponents?|rivals?|colleagues?|staffers?|loyalists?|donors?|neighbou?rs?|assistants?|surrogates?|insiders?|defenders?|detractors?|people)$/;

/**
 * The head noun of "aides to Ann Belk", "two longtime friends of Tom Reyes", "sources close to Apex Bank chief Lin
 * Ho": a noun of AROUND_NOUNS after at most two words in lower case (the first may be capitalised, opening the
 * sentence), then "to", "of", "for" or "close to", then words that hold a capitalised name; else null.
 */
function peopleAround(words: readonly string[]): string | null {
  for (let k = 0; k <= 2 && k < words.length - 2; k += 1) {
    const noun = normaliseWord(words[k] ?? '');
    if (!AROUND_NOUNS.test(noun)) continue;
    if (!words.slice(0, k + 1).every((w, i) => i === 0 || /^\p{Ll}/u.test(w))) return null;
    const link = words[k + 1] === 'close' && words[k + 2] === 'to' ? k + 3 : /^(?:to|of|for)$/.test(words[k + 1] ?? '') ? k + 2 : -1;
    if (link === -1 || link >= words.length) return null;
    // "Friends of the Earth": a title-cased name of a body, not people around someone.
    if (isCapitalised(words[0] ?? '') && /^the$/i.test(words[link] ?? '') && words.slice(link + 1).every((w) => isCapitalised(w))) return null;
    return words.slice(link).some((w) => isCapitalised(w)) && isCapitalised(words[words.length - 1] ?? '') ? noun : null;
  }
  return null;
}

function parseSimple(printed: string, input: string[]): SpeakerPhrase | null {
  // "the Republican said": a party's member printed alone is a description of a person, as "the senator" is.
  const member = input.length === 2 && normaliseWord(input[0] ?? '') === 'the' && PARTY_WORDS.has(normaliseWord(input[1] ?? '')) ? (input[1] ?? '') : '';
  if (member !== '') return { raw: printed, name: member, role: member, type: 'person', refersTo: 'role', head: normaliseWord(member), provenPerson: false };
  const words = [...input];
  while (words.length > 0 && DETERMINERS.has(normaliseWord(words[0] ?? '')) && words.length > 1) words.shift();
  if (words.length === 0) return null;
  const issuer = documentIssuer(printed, words);
  if (issuer !== null) return issuer;
  // "Aides to Ann Belk", "friends of Tom Reyes", "sources close to Apex Bank chief Lin Ho": people around a named
  // person describe unnamed speakers; the person they serve or know does not speak.
  const around = peopleAround(words);
  if (around !== null) return { raw: printed, name: words.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()), role: null, type: 'person', refersTo: null, head: around, provenPerson: false };
  const atBody = peopleAtBody(input, words);
  if (atBody !== null) {
    if (atBody.named) return parseSimple(printed, atBody.people);
    const head = normaliseWord(atBody.people[atBody.people.length - 1] ?? '');
    const name = words.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    return { raw: printed, name, role: null, type: 'person', refersTo: null, head, provenPerson: false };
  }
  // The name is the trailing run of capitalised words, not crossing a possessive.
  let runStart = words.length;
  while (runStart > 0) {
    const word = words[runStart - 1] ?? '';
    const isName = (isCapitalised(word) && (!/-\p{Ll}/u.test(word) || syllableGivenName(word, words[runStart - 2]))) || TITLES.has(normaliseWord(word)) || /^(?:de|van|von|bin|al|da|del|der|la|le)$/.test(word);
    const monthName = isMonthInName(word, words[runStart - 2], words[runStart]) && !NOT_NAME.has(normaliseWord(words[runStart - 2] ?? ''));
    if (!isName || (NOT_NAME.has(normaliseWord(word)) && !monthName && !isStopWordSurname(words, runStart - 1) && !SPELLED_INITIALISMS.has(word)) || SENTENCE_ADVERB.test(word)) break;
    if (isPossessive(word) && runStart < words.length) break;
    runStart -= 1;
  }
  while (runStart < words.length && /^(?:de|van|von|bin|al|da|del|der|la|le)$/.test(words[runStart] ?? '')) runStart += 1;
  // "Secretary of State for Transport Ana Lind", "Minister of Energy and Climate Change Tom Roe": a title whose body runs
  // on over "for" or "and" to the holder's name; the run of capitals is the body's last words and the name.
  if (/^(?:for|and)$/.test(words[runStart - 1] ?? '') && isCapitalised(words[0] ?? '') && TITLES.has(normaliseWord(words[0] ?? ''))) {
    const holder = servedBody(printed, words);
    if (holder?.provenPerson === true) return holder;
  }
  // "Newport and Harter", "said Tom Smith and Ann Lee": joint speakers are named by the first-named.
  const first = runStart < words.length ? firstOfJoint(words, runStart) : null;
  // "the Bank of England and the Treasury": a body's name first is that body, whole.
  const firstBody = first === null ? null : organisationName(first);
  if (firstBody !== null) return { raw: printed, name: firstBody, role: null, type: 'organisation', refersTo: null, head: null, provenPerson: false };
  if (first !== null) return pluralRoleBeforeName(printed, first) ?? parseSimple(printed, first);
  const served = servedBody(printed, words);
  if (served !== null) return served;
  const named = nameBeforeBody(words);
  if (named !== null) return parseSimple(printed, named);
  const seated = bodyBeforePlace(printed, words, runStart);
  if (seated !== null) return seated;
  let run = words.slice(runStart);
  // "Rep. Tom Cole of Oklahoma": a place after a person's name is not the name ("Secretary of State" and
  // "Bank of America" keep theirs).
  const ahead = words.slice(0, runStart);
  // "One caller from Aldham Cross": a place after a common noun describes the speaker, it does not name them; so
  // does one after a title ("the Senator from Texas"), which points back at the senator the text named. "An aide
  // to Mr. McConnell", "a lawyer for Ann Lee": the person served describes an unnamed speaker, never speaks.
  // "Health officials in Norland’s Far Coast": a country's possessive may stand between the preposition and the place.
  const owner = ahead.length >= 3 && isPossessive(ahead[ahead.length - 1] ?? '') && isCapitalised(ahead[ahead.length - 1] ?? '') && /^(?:from|in|at)$/.test(ahead[ahead.length - 2] ?? '') ? 1 : 0;
  const link = ahead[ahead.length - 1 - owner] ?? '';
  const close = normaliseWord(ahead[ahead.length - 2 - owner] ?? '') === 'close';
  const linked = normaliseWord(ahead[ahead.length - (close ? 3 : 2) - owner] ?? '');
  const titled = TITLES.has(linked) && run.length <= 2;
  const serving = /^(?:to|for)$/.test(link) && PERSON_NOUNS.has(linked) && /^\p{Ll}/u.test(ahead[ahead.length - 2] ?? '');
  if (ahead.length >= 2 + owner && ((/^(?:from|in|at)$/.test(link) && (/^\p{Ll}/u.test(ahead[ahead.length - 2 - owner] ?? '') || titled)) || serving)) {
    const description = words.join(' ');
    const isPerson = PERSON_NOUNS.has(linked) || TITLES.has(linked) || serving;
    const definite = normaliseWord(input[0] ?? '') === 'the' && ahead.length === 2 + owner;
    const refersTo = titled && definite && !serving ? 'role' : null;
    const name = description.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    return { raw: printed, name, role: refersTo === 'role' ? name : null, type: isPerson ? 'person' : 'organisation', refersTo, head: linked, provenPerson: false };
  }
  const body = definiteNameOfPlace(input, words, runStart);
  if (body !== null) return { raw: printed, name: body, role: null, type: 'organisation', refersTo: null, head: null, provenPerson: false, afterThe: true };
  if (ahead.length >= 3 && ahead[ahead.length - 1] === 'of') {
    let nameStart = ahead.length - 1;
    while (nameStart > 0 && (isCapitalised(ahead[nameStart - 1] ?? '') || TITLES.has(normaliseWord(ahead[nameStart - 1] ?? '')))) nameStart -= 1;
    const name = ahead.slice(nameStart, -1);
    const lastOfName = normaliseWord(name[name.length - 1] ?? '');
    if (name.length >= 2 && !TITLES.has(lastOfName) && !PERSON_NOUNS.has(lastOfName) && !ORG_MARKERS.has(lastOfName)) {
      return parseSimple(printed, words.slice(0, runStart - 1));
    }
  }
  const before = words.slice(0, runStart);
  const titles: string[] = [];
  while (run.length > 1 && TITLES.has(normaliseWord(run[0] ?? ''))) titles.push(run.shift() ?? '');
  // A capitalised title inside the run ends the role: "Transport Minister Carla Benedek", "White House Press
  // Secretary Karoline Leavitt". The last title or person noun before the final word splits role from name.
  let split = leadingRole(run) ? 0 : -1;
  // A capitalised word WordNet knows for a kind of person ("New York City Public Advocate Trish James", "Senate
  // Intelligence Ranking Democrat Dianne Feinstein") ends the role too, when a name of two words or more follows it:
  // a surname that is also a trade ("Mary Baker Eddy") leaves less, and a named person ("Herman") is no kind.
  // ... but only before a name: "Royal Canadian Mounted Police", "Pro Bono Project" end on a common noun.
  const endsOnName = !isCommonNoun(normaliseWord(stripPossessive(run[run.length - 1] ?? '')));
  for (let i = 1; i < run.length - 1; i += 1) {
    const word = normaliseWord(run[i] ?? '');
    const afterRole = TITLES.has(normaliseWord(run[i - 1] ?? '')) || PERSON_NOUNS.has(normaliseWord(run[i - 1] ?? ''));
    // Right after a title the word is a first name ("Coach Jack Del Rio", "Judge Michael W. Mosman").
    if (TITLES.has(word) || PERSON_NOUNS.has(word) || (i < run.length - 2 && !afterRole && isPersonNoun(word) && endsOnName)) split = i;
  }
  if (split >= 0) {
    titles.push(...run.slice(0, split + 1));
    run = run.slice(split + 1);
  }
  const lastWord = normaliseWord(words[words.length - 1] ?? '');

  // A bare title ("the President") is a description; "Mr. King" is a name.
  if (run.length === 0 || (run.length === 1 && titles.length === 0 && TITLES.has(normaliseWord(run[0] ?? '')))) {
    const only = words.length === 1 && input.length === 1 ? (words[0] ?? '') : '';
    if (only !== '' && isCapitalised(only) && TITLES.has(normaliseWord(only)) && /^\p{L}+$/u.test(only)) {
      return { raw: printed, name: only, role: null, type: 'person', refersTo: null, head: normaliseWord(only), provenPerson: false, titleAlone: true };
    }
    // Capitalised words that are not a name ("In", "Later") leave nothing to attribute.
    if (words.every((w) => isCapitalised(w))) return null;
    // A common noun phrase opening a sentence ("Several residents") is a description, not a name.
    const description = QUANTIFIERS.has(normaliseWord(words[0] ?? '')) ? words.join(' ').toLowerCase() : words.join(' ');
    const head = lastWord;
    // "the sheriff", "the judge": a title alone is a person's role too.
    const listed = PERSON_NOUNS.has(head) || TITLES.has(head);
    // The noun the description is about: before a relative clause or a prepositional phrase ("the official who uses one name").
    const cut = words.findIndex((w, i) => i > 0 && (RELATIVE_PRONOUNS.has(normaliseWord(w)) || PREPOSITIONS.has(normaliseWord(w))));
    const nounHead = cut > 0 ? normaliseWord(words[cut - 1] ?? '') : head;
    const kind = listed || PERSON_NOUNS.has(nounHead) ? 'person' : describedKind(nounHead, description);
    // "The timing (of his surge doesn't surprise ...)", "each election", "the vast (majority)": a thing speaks not.
    if (kind === 'thing') return null;
    const isPerson = kind === 'person';
    // "a spokesman" introduces someone new; "the spokesman" may be one the text named.
    const definite = DETERMINERS.has(normaliseWord(input[0] ?? '')) && !/^an?$/.test(normaliseWord(input[0] ?? ''));
    let refersTo: SpeakerPhrase['refersTo'] = null;
    // "The Indian government" names its organisation by the modifier: it stands as printed, while "the ministry"
    // points back to the one the story named.
    const modified = words.slice(0, -1).some((w) => isCapitalised(w));
    // "the comedian and talk show host": roles of one person joined by "and" point back as one role does.
    const joinedRoles = words.length <= 6 && words.includes('and') && words.every((w) => /^\p{Ll}/u.test(w));
    // "the presumptive Republican presidential nominee": modifiers before one noun, no phrase after it, point back too.
    const modifiersOnly = words.length <= 5 && cut < 0;
    if (definite && (words.length <= 3 || joinedRoles || modifiersOnly) && isPerson) refersTo = 'role';
    else if (definite && (words.length <= 3 || identifiesOne(words)) && !modified && (ORG_NOUNS.has(head) || ORG_NOUNS.has(description.toLowerCase()) || isCompanyMaker(description))) refersTo = 'organisation';
    return {
      raw: printed,
      name: description,
      role: isPerson ? description : null,
      type: isPerson ? 'person' : 'organisation',
      refersTo,
      head,
      provenPerson: false,
    };
  }
  run = run.map((w, i) => (i === run.length - 1 ? stripPossessive(w) : w));
  const role = roleFrom([...before, ...titles.filter((t) => !/^(?:mr|mrs|ms|dr|prof)\.?$/i.test(t))]);
  const hasTitle = titles.length > 0;
  // "the United Nations", "the Sierra Club": a run of capitalised words right after "the", with no title, is a
  // body's name; a person's takes no article.
  const afterThe = !hasTitle && run.length >= 2 && before.length === 0 && input.length === run.length + 1 && normaliseWord(input[0] ?? '') === 'the';
  const orgLike = afterThe || run.some((w) => ORG_MARKERS.has(normaliseWord(w))) || (run.length === 1 && /^\p{Lu}{2,}$/u.test(run[0] ?? ''));
  const roleIsPerson = isPersonDescription(role);
  const provenPerson = hasTitle || (run.length >= 2 && !orgLike) || (roleIsPerson && !orgLike);
  return {
    raw: printed,
    name: run.join(' '),
    role,
    type: provenPerson ? 'person' : 'organisation',
    refersTo: null,
    head: null,
    provenPerson,
    strongPerson: hasTitle || (roleIsPerson && !orgLike),
    ...(afterThe ? { afterThe } : {}),
  };
}

/**
 * Findings and sources that news reports as saying ("the poll shows that", "the study found"), though WordNet
 * files them with acts and communications rather than people or groups.
 */
const FINDING_NOUNS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'research', 'analysis', 'data', 'figures', 'census',
  'estimate', 'estimates', 'forecast', 'review', 'audit', 'investigation', 'inquiry', 'findings', 'index', 'model',
  'tally', 'count', 'records', 'documents', 'transcript', 'ruling', 'verdict', 'indictment', 'complaint', 'lawsuit',
  'suit', 'polling', 'results', 'evidence', 'assessment', 'plan', 'proposal', 'budget', 'bill', 'law', 'rule', 'policy',
  'statistics', 'average', 'response',
  // Shares of people ("14 percent said", "a majority say") and bodies of them ("the anti-abortion movement said").
  'percent', 'percentage', 'majority', 'minority', 'plurality', 'share', 'movement',
]);

/**
 * Who a description whose head noun no list knows stands for: a person or a group by WordNet's senses of the
 * noun ("the pastor", "the jury"), a thing that speaks not ("the timing", "each election"), else an issuer or a
 * source as printed (a statement, a book, a word WordNet lacks: "frontrunner"). Organisations and documents the
 * lists know, findings, and words not in English letters stand as they did.
 */
function describedKind(head: string, description: string): 'person' | 'organisation' | 'thing' {
  if (ORG_NOUNS.has(head) || ORG_NOUNS.has(description.toLowerCase()) || DOCUMENT_NOUNS.has(head) || FINDING_NOUNS.has(head) || isCompanyMaker(description)) {
    return 'organisation';
  }
  if (!/^[a-z][a-z'-]*$/.test(head)) return 'organisation';
  const kind = nounKind(head);
  // "the radioman", "the newsman": a compound on "man" or "woman" that WordNet does not list is a person's.
  if (kind === null && /^[a-z]{3,}(?:man|woman)$/.test(head)) return 'person';
  return kind === 'person' ? 'person' : kind === 'thing' ? 'thing' : 'organisation';
}

/**
 * "the deputy mayor of Lyon", "a spokesman for the Ministry of Defence": a person described by the place or body
 * they serve, and not named: the description is the speaker, never the place ("Lyon"). A name after the body
 * ("Secretary of State John Kerry") is left to the name rules.
 */
function servedBody(printed: string, words: readonly string[]): SpeakerPhrase | null {
  const at = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/.test(w) && isRoleWord(words[i - 1] ?? ''));
  if (at === -1) return null;
  const body = words.slice(at + 1);
  // "Secretary of State John Kerry", "Director of National Intelligence James Clapper": a first name after the body
  // opens the holder's name; the title with its body is the role.
  const given = body.findIndex((w, i) => i >= 1 && i <= body.length - 2 && isFirstName(w));
  // "Secretary of State for Transport Ana Lind": the body may run on over "for", "and" and "of" before the name.
  const bodyWords = (w: string) => isCapitalised(w) || /^(?:the|of|for|and)$/.test(w);
  if (given > 0 && body.slice(0, given).every(bodyWords) && body.slice(given).every((w) => isCapitalised(w)) && !body.slice(given).some((w) => ORG_MARKERS.has(normaliseWord(w)))) {
    const holder = parseSimple(printed, body.slice(given));
    const role = words.slice(0, at + 1 + given).join(' ');
    if (holder !== null && holder.name !== null && holder.refersTo === null) return { ...holder, role, type: 'person', provenPerson: true, strongPerson: true };
  }
  // "the Mayor of New York City": a title's place, with no first name in it, is no name of the holder's either.
  const named = body.length === 1 || normaliseWord(body[0] ?? '') === 'the' || body.some((w) => ORG_MARKERS.has(normaliseWord(w)));
  const place = !named && TITLES.has(normaliseWord(words[at - 1] ?? '')) && body.every((w) => isCapitalised(w) && !isFirstName(w));
  if (!(named || place) || !body.every((w) => isCapitalised(w) || /^(?:of|the|and|for)$/.test(w) || normaliseWord(body[0] ?? '') === 'the')) return null;
  // Lower-cased, the description is not taken for a name ("New York City").
  const description = place ? words.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : words.join(' ');
  return { raw: printed, name: description, role: description, type: 'person', refersTo: null, head: normaliseWord(words[at - 1] ?? ''), provenPerson: false };
}

/**
 * "Matthew Willoughby of the Urban Assembly School of Design", "Tom Cole of Oklahoma": a person's full name that
 * opens the phrase, then the body or place they are of, from or at; the name is the person's. A body's own name
 * ("Royal Bank of Scotland", "Secretary of State") is one word before "of" or has an organisation's word.
 */
function nameBeforeBody(words: readonly string[]): string[] | null {
  const at = words.findIndex((w) => /^(?:of|from|at)$/.test(w));
  if (at < 2 || !isCapitalised(words[at + 1] === 'the' ? (words[at + 2] ?? '') : (words[at + 1] ?? ''))) return null;
  const name = words.slice(0, at);
  const untitled = name.filter((w) => !TITLES.has(normaliseWord(w)));
  const last = normaliseWord(name[name.length - 1] ?? '');
  // "Mr. Morgan of the Sierra Club": a title makes one word a name too.
  if (untitled.length < (untitled.length < name.length ? 1 : 2) || !name.every((w) => isCapitalised(w) && !NOT_NAME.has(normaliseWord(w)))) return null;
  return name.some((w) => ORG_MARKERS.has(normaliseWord(w))) || PERSON_NOUNS.has(last) || TITLES.has(last) ? null : name;
}

// Person nouns that are also names or read as part of one ("Son Heung-min", "Chief Keef", "Man Utd").
const NAME_LIKE_NOUNS = new Set(['son', 'man', 'woman', 'mother', 'father', 'brother', 'sister', 'friend', 'head', 'host', 'people', 'person', 'member', 'members', 'general', 'chief']);

/**
 * "Spokeswoman Kim Lee", "Reporter Jomana Karadsheh", "Republican Christine Todd Whitman": a role or party
 * capitalised at the start of a sentence opens the run but is not the name, when a full name (two words, no
 * organisation's) follows.
 */
/**
 * "Producers Laurence Mark and Bill Condon", "Senators John Smith and Tom Brown": the capitalised plural of a person
 * noun opening the first-named speaker's run is the role the joint speakers share, never part of the first's name.
 */
function pluralRoleBeforeName(printed: string, first: readonly string[]): SpeakerPhrase | null {
  let start = first.length;
  while (start > 0 && isCapitalised(first[start - 1] ?? '')) start -= 1;
  const lead = first[start] ?? '';
  if (start >= first.length - 1 || !isPersonPlural(normaliseWord(lead))) return null;
  const named = parseSimple(printed, first.slice(start + 1));
  if (named === null || named.name === null || named.refersTo !== null || !/^\p{Lu}/u.test(named.name)) return null;
  return { ...named, raw: printed, role: named.role === null ? lead : `${lead} ${named.role}`, type: 'person', provenPerson: true, strongPerson: true };
}

function leadingRole(run: readonly string[]): boolean {
  const first = normaliseWord(run[0] ?? '');
  const rest = run.slice(1);
  // The surname may be a title's word ("Peter T. King"); the words before it may not.
  if (rest.length < 2 || rest.some((w, i) => ORG_MARKERS.has(normaliseWord(w)) || (i < rest.length - 1 && isRoleWord(w)))) return false;
  return (PERSON_NOUNS.has(first) && !NAME_LIKE_NOUNS.has(first)) || partyBeforeName(run);
}

const isRoleWord = (word: string): boolean => PERSON_NOUNS.has(normaliseWord(word)) || TITLES.has(normaliseWord(word));

const FUNCTION_WORDS = /^(?:the|a|an|in|on|at|of|for|to|from|by|with|about|during|after|before|past|last|this|that)$/i;

// A role is the description right before a name ("Kremlin spokesman"), never a stray phrase ("In the past").
function roleFrom(words: string[]): string | null {
  let start = words.length;
  while (start > 0 && !FUNCTION_WORDS.test(words[start - 1] ?? '')) start -= 1;
  const kept = words.slice(start);
  const head = normaliseWord(kept[kept.length - 1] ?? '');
  // "Acme Foods' Jane Miller": the body a named person is printed as belonging to is their role.
  const body = kept.length > 0 && kept.every((w) => isCapitalised(w)) && isPossessive(kept[kept.length - 1] ?? '');
  if (kept.length === 0 || !(PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || TITLES.has(head) || isRoleNoun(head) || body)) return null;
  return kept.join(' ');
}
