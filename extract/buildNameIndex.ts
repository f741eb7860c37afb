/** Every multi-word proper name in a document, keyed by its last word, with the role printed next to it. */

import { AUXILIARIES, CLAUSE_WORDS, CUE_WORDS, ORG_MARKERS, isMonthInName, OUTLET_MARKERS, OUTLET_NOUNS, PERSON_NOUNS, TITLES, normaliseWord, partyBeforeName } from './cues.ts';
import { isCapitalised, isPossessive, stripPossessive } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import { isAdverbOnly } from './isAdverbOnly.ts';
import { givenNameGender, isFirstName } from './personGender.ts';
import { isPersonPlural, isPlaceName, isPlaceNoun, isRoleNounWord, nounKind } from './wordnetNouns.ts';

export interface KnownName {
  name: string;
  words: string[];
  role: string | null;
  person: boolean;
  /** A title or a person role was printed with it, not just a two-word shape. */
  strongPerson: boolean;
  count: number;
  first: number;
}

export type NameIndex = Map<string, KnownName[]>;

/** A stretch of text blanked before names were read (a nickname's marks): a name may run over it. */
export interface Blanked {
  start: number;
  end: number;
}

export const NOT_NAME_START = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'when', 'while', 'but', 'and', 'as', 'after', 'before', 'last', 'this',
  'that', 'it', 'he', 'she', 'they', 'we', 'i', 'if', 'for', 'with', 'from', 'by', 'since', 'so', 'then', 'his',
  'her', 'their', 'its', 'our', 'some', 'many', 'most', 'earlier', 'later', 'meanwhile', 'however', 'neither',
  'either', 'both', 'not', 'even', 'only', 'because', 'although', 'though', 'whether', 'what', 'unless', 'once',
]);
export const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;

/**
 * Collect names like "Dmitry Peskov" from a text's tokens, so that "Peskov" and "Mr Peskov" resolve to them. `bodyStart`
 * is where an archive's summary deck ends (0 when there is none): see `mergeSpellings`.
 */
/** The lower-case words inside a title's body ("Secretary of State for Transport", "Minister of Energy and Climate Change"). */
export const TITLE_LINKS = /^(?:of|for|and|the)$/;

/** The most words a title's body runs back over to its title. */
const MAX_TITLE_BODY = 9;

/**
 * "Minister of Foreign Affairs Ana Lind", "Chancellor of the Exchequer Rachel Reeves", "Secretary of State for Transport
 * Ana Lind", "Minister of Energy and Climate Change Tom Roe": where the capitalised title stands whose body (opened by
 * "of" or "for", then capitalised words and link words only) runs to the capitalised words at `start`, which follow a
 * link word; -1 when there is none.
 */
export function titleBodyBefore(tokens: readonly Token[], start: number): number {
  if (!TITLE_LINKS.test(tokens[start - 1]?.text ?? '')) return -1;
  for (let k = start - 1; k > 0 && start - k < MAX_TITLE_BODY; k -= 1) {
    const text = tokens[k - 1]?.text ?? '';
    if (tokens[k - 1]?.word !== true || !(isCapitalised(text) || TITLE_LINKS.test(text))) return -1;
    if (isCapitalised(text) && TITLES.has(normaliseWord(text)) && /^(?:of|for)$/.test(tokens[k]?.text ?? '')) return k - 1;
  }
  return -1;
}

export function buildNameIndex(tokens: readonly Token[], blanked: readonly Blanked[] = [], bodyStart = 0): NameIndex {
  const index: NameIndex = new Map();
  let i = 0;
  while (i < tokens.length) {
    const run = nameRunAt(tokens, i, blanked);
    if (run === null) {
      i += 1;
      continue;
    }
    const { end, titles } = run;
    let { start } = run;
    // "Russian President Vladimir Putin": the name starts after the last title inside the run.
    let inner: string | null = null;
    let party = false;
    // "Ironically Nichols had offered ...", "Until Microsoft produces a patch", "Maybe Trump is ...": a sentence's
    // opening adverb (one that is never a noun in WordNet) or subordinator, capitalised there, is no first name.
    if (end - start >= 2 && opensSentence(tokens, start) && (SENTENCE_OPENER.test(tokens[start]?.text ?? '') || isAdverbOnly(tokens[start]?.text ?? ''))) start += 1;
    // "Minister of Foreign Affairs Ana Lind", "Chancellor of the Exchequer Rachel Reeves", "Secretary of State for
    // Transport Ana Lind": a run after a capitalised title's body prints the body's last words before its holder,
    // whose name opens on a first name.
    const titleAt = titleBodyBefore(tokens, run.start);
    if (titleAt !== -1) {
      const given = tokens.findIndex((t, k) => k > start && k <= end - 2 && isFirstName(t.text));
      if (given !== -1) {
        inner = tokens.slice(titleAt, given).map((t) => t.text).join(' ');
        start = given;
      }
    }
    // "China’s ambassador to Britain Liu Xiaming", "spokesman for the Navy Ann Roe": a run of three capitalised words
    // or more after a role noun and "to", "for" or "at" prints the place or body the role serves before the holder.
    const placedRole = inner === null && end - start >= 3 ? roleServingBefore(tokens, run.start) : -1;
    if (placedRole !== -1) {
      const given = tokens.findIndex((t, k) => k > start && k <= end - 2 && isFirstName(t.text));
      const at = given !== -1 ? given : end - 2;
      // "spokeswoman for the House Armed Services Committee", "fellow at the Peter G. Peterson Institute": a body's name
      // with its marker is all place, no one's name.
      const body = tokens.slice(start, end).some((t) => ORG_MARKERS.has(normaliseWord(t.text)));
      if (!body && !tokens.slice(start, at).some((t) => TITLES.has(normaliseWord(t.text)) || PERSON_NOUNS.has(normaliseWord(t.text)))) {
        inner = tokens.slice(placedRole, at).map((t) => t.text).join(' ');
        start = at;
      }
    }
    for (let k = end - 2; k >= start; k -= 1) {
      const word = normaliseWord(tokens[k]?.text ?? '');
      // A party ("Republican Christine Todd Whitman") is left out of the name, and of the role: it is no office.
      if (k === start && partyBeforeName(tokens.slice(start, end).map((t) => t.text))) {
        start = k + 1;
        party = true;
        break;
      }
      // "Producers Laurence Mark and Bill Condon": a plural role opening the run is the people's, not a name's.
      // "Quarterback Pat Smith threw ...": a role noun opening a sentence before a full name is no part of it.
      // "Marine John “Tig” Tiegen": four words with a nickname leave no room for a role noun ahead of the name.
      const roleAhead = run.nickname && k === start && end - start >= 4 && nounKind(word) === 'person';
      // "GM Theo Epstein", "CFO Ana Lind": an initialism before a first name and a surname is a post's, not a name's.
      const postInitials = k === start && end - start === 3 && /^\p{Lu}{2,4}$/u.test(tokens[k]?.text ?? '') && isFirstName(tokens[k + 1]?.text ?? '');
      if (TITLES.has(word) || PERSON_NOUNS.has(word) || roleAhead || postInitials || (k === start && (isPersonPlural(word) || opensWithRole(tokens, k, end)))) {
        inner = tokens.slice(start, k + 1).map((t) => t.text).join(' ');
        start = k + 1;
        break;
      }
    }
    // Five capitalised words and more ("Meaningful Exchange Actually Happened Between Marco Rubio", "Maricopa
    // County Recorder Helen Purcell") end with the name: a headline's or a role's words come first.
    if (end - start > MAX_NAME_WORDS) {
      inner = null;
      start = end - 2;
    }
    const words = tokens.slice(start, end).map((t, k) => (k === end - start - 1 ? stripPossessive(t.text) : t.text));
    const orgLike = words.some((w) => ORG_MARKERS.has(normaliseWord(w)) || (/^\p{Lu}{2,}$/u.test(w) && !GENERATION.test(normaliseWord(w))));
    if (words.length >= 2 || titles > 0 || inner !== null) {
      const setOff = inner === null && titles === 0 ? roleOpeningSentence(tokens, start) : null;
      const role = inner ?? (party ? null : roleBefore(tokens, run.start - titles)) ?? appositiveAfter(tokens, end) ?? setOff;
      const strong = (titles > 0 || inner !== null || setOff !== null || (role !== null && PERSON_NOUNS.has(normaliseWord(role.split(' ').pop() ?? '')))) && !orgLike;
      add(index, words, role, (strong || words.length >= 2) && !orgLike, strong, tokens[start]?.start ?? 0);
    }
    i = end;
  }
  mergeSpellings(index, bodyStart);
  return index;
}

/**
 * "Hilary Clinton" in a summary, "Hillary Clinton" in the story: two full names of one surname whose first names differ
 * only by a doubled letter ("Phillip"/"Philip", "Allan"/"Alan") are one person's, misspelt once. The spelling printed
 * more often stands for both; on a tie, the one the body prints rather than a summary deck before `bodyStart`, else
 * the first printed. A letter added any other way ("Dana"/"Diana", "Eric"/"Erica") makes another person's name. So are
 * two whose first names are a short form and the full one ("Ken Starr", "Kenneth Starr"; see `shortFormOf`), kept on
 * a tie in the full form.
 */
function mergeSpellings(index: NameIndex, bodyStart: number): void {
  const merged = new Set<KnownName>();
  for (const list of index.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || merged.has(a) || merged.has(b) || !a.person || !b.person || a.words.length < 2 || a.words.length !== b.words.length) continue;
        if (a.words.slice(1).join(' ') !== b.words.slice(1).join(' ')) continue;
        const [aFirst, bFirst] = [a.words[0] ?? '', b.words[0] ?? ''];
        const shortened = shortFormOf(aFirst, bFirst) || shortFormOf(bFirst, aFirst);
        if (!shortened && !doubledLetterApart(aFirst, bFirst)) continue;
        const inBody = (entry: KnownName): boolean => entry.first >= bodyStart;
        // Of a short form and the full one printed as often ("Ken Starr" in a headline, "Kenneth Starr" introduced
        // in the story), the full one: the name the story gives the person.
        const aWins = a.count !== b.count ? a.count > b.count : shortened ? aFirst.length > bFirst.length : inBody(a) !== inBody(b) ? inBody(a) : a.first < b.first;
        const [kept, dropped] = aWins ? [a, b] : [b, a];
        kept.count += dropped.count;
        kept.first = Math.min(kept.first, dropped.first);
        kept.role ??= dropped.role;
        kept.strongPerson ||= dropped.strongPerson;
        merged.add(dropped);
      }
    }
  }
  if (merged.size === 0) return;
  for (const [key, list] of index) index.set(key, list.filter((entry) => !merged.has(entry)));
}

/**
 * Whether one first name is the other's short form ("Ken" of "Kenneth", "Dan" of "Daniel"): three letters or more
 * that open the longer one, both known first names of the same gender ("Dan" and "Dana" are not; nor "Chris", which
 * the lists give both genders).
 */
function shortFormOf(short: string, long: string): boolean {
  if (short.length < 3 || long.length <= short.length || !long.startsWith(short)) return false;
  const gender = givenNameGender(short);
  return gender !== null && givenNameGender(long) === gender;
}

/** Whether a name's last word reads as a surname: no noun WordNet knows, or one for a person ("Smith", "Martin"). */
function isSurname(word: string): boolean {
  const kind = nounKind(normaliseWord(stripPossessive(word)));
  return kind === null || kind === 'person';
}

/** Whether one word is the other with one of its letters doubled ("Hilary"/"Hillary"), four letters or more. */
function doubledLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (short.length < 4 || long.length !== short.length + 1) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k += 1;
  return short.slice(k) === long.slice(k + 1) && k > 0 && long[k] === long[k - 1];
}

/** The most words a name runs to ("Martin Luther King Jr"). */
const MAX_NAME_WORDS = 4;

/** Small words a headline capitalises and a name never does ("Bank of America", "Duke of York" keep theirs lower). */
const TITLE_CASE_SMALL_WORDS = new Set(['With', 'And', 'Of', 'For', 'To', 'In', 'On', 'At', 'From', 'By', 'The', 'Or', 'As', 'After', 'Before', 'Over', 'Between', 'About', 'Against', 'Into', 'Without']);

/**
 * The run of capitalised words at `at`. `blanked` are the stretches where a nickname's marks (or a whole nickname) were
 * blanked (Vincent "Chin" Gigante): a run goes on over such a gap, and `nickname` says it did.
 */
function nameRunAt(tokens: readonly Token[], at: number, blanked: readonly Blanked[]): { start: number; end: number; titles: number; nickname: boolean } | null {
  let k = at;
  let titles = 0;
  let nickname = false;
  while (k < tokens.length && TITLES.has(normaliseWord(tokens[k]?.text ?? '')) && isCapitalised(tokens[k]?.text ?? '')) {
    k += 1;
    titles += 1;
  }
  const start = k;
  while (k < tokens.length) {
    const token = tokens[k];
    // "Bill de Blasio", "Anna van der Berg": a surname's particles go on a run begun on a name, up to the surname.
    if (k > start && surnameParticlesAt(tokens, k) > 0) {
      k += surnameParticlesAt(tokens, k);
      continue;
    }
    if (!token || !token.word || !isCapitalised(token.text) || /-\p{Ll}/u.test(token.text)) break;
    const word = normaliseWord(token.text);
    // "Stated Roger Stone:": a verb of saying that opens the sentence is not part of the name.
    if (k === start && (NOT_NAME_START.has(word) || CUE_WORDS.has(word))) break;
    if (CALENDAR.test(word) && !(k > start && isMonthInName(token.text, tokens[k - 1]?.text, tokens[k + 1]?.text))) break;
    // "Pence Endorses Paul Ryan With Trump’s Blessing": a capitalised "With" or "And" is a headline's, never a name's.
    if (TITLE_CASE_SMALL_WORDS.has(token.text)) break;
    // A run does not jump over a line break or a gap wider than one space, unless a nickname's marks stood there.
    const previous = tokens[k - 1];
    if (k > start && previous && token.start - previous.end > 1) {
      if (!blanked.some((gap) => gap.start < token.start && gap.end > previous.end)) break;
      nickname = true;
    }
    k += 1;
    if (isPossessive(token.text)) break;
  }
  if (k === start) return null;
  return { start, end: k, titles, nickname };
}

/** The lower-case particles that open a surname ("de Blasio", "van der Berg"). */
const SURNAME_PARTICLE = /^(?:de|van|von|der|den|du|da|di|del|della|la|le|ter|ten)$/;

/**
 * How many surname particles start at `k`, each one space after the word before it, with a capitalised word right
 * after the last; 0 when none does.
 */
function surnameParticlesAt(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (SURNAME_PARTICLE.test(tokens[k + n]?.text ?? '') && (tokens[k + n]?.start ?? 0) - (tokens[k + n - 1]?.end ?? 0) === 1) n += 1;
  const next = tokens[k + n];
  return n > 0 && next !== undefined && next.word && isCapitalised(next.text) && next.start - (tokens[k + n - 1]?.end ?? 0) === 1 ? n : 0;
}

/** An adverb of manner or comment ("Ironically", "Separately") or a subordinator, which may open a sentence before a name. */
const SENTENCE_OPENER =
  /^(?:\p{Lu}\p{Ll}{2,}(?:ally|ously|ently|antly|ately|ively|fully|ibly|ably|edly|ingly|arly)|Until|Unless|Although|Though|Because|Whether|Once|Despite|Meanwhile|However|Nonetheless|Nevertheless|Still|Yet)$/u;

const opensSentence = (tokens: readonly Token[], k: number): boolean => k === 0 || /^[.!?]$/.test(tokens[k - 1]?.text ?? '');

/**
 * Whether the capitalised word at `k` opens its sentence, names a person's role, and a first name and a surname follow
 * ("Quarterback Pat Smith"); a longer run ("Maricopa County Recorder Helen Purcell") is cut to its last two words.
 */
function opensWithRole(tokens: readonly Token[], k: number, end: number): boolean {
  if (end - k !== 3 || !opensSentence(tokens, k)) return false;
  // "John C. Cerar said": a first name before a middle initial opens the name; it is no role ("john" is a noun to WordNet).
  if (isFirstName(tokens[k]?.text ?? '') && /^\p{Lu}\.?$/u.test(tokens[k + 1]?.text ?? '')) return false;
  return nounKind(normaliseWord(tokens[k]?.text ?? '')) === 'person';
}

function roleBefore(tokens: readonly Token[], end: number): string | null {
  const words: string[] = [];
  for (let k = end - 1; k >= 0 && words.length < 4; k -= 1) {
    const token = tokens[k];
    if (!token || !token.word) break;
    const word = normaliseWord(token.text);
    if (CLAUSE_WORDS.has(word) || CUE_WORDS.has(word) || /(?:ed|ing)$/.test(word) || /^(?:the|a|an|by|of|to|in|on|at|for|with|from)$/.test(word)) break;
    // "Ryan will face challenger Paul Nehlen": a verb ends the role.
    if (AUXILIARIES.has(word) || /^(?:face|faces|beat|beats|defeat|defeats|meet|meets|against|vs)\.?$/.test(word)) break;
    words.unshift(token.text);
  }
  // A role may end on a kind of person no list holds ("corporate speaker Lance Wallnau").
  while (words.length > 0 && !PERSON_NOUNS.has(normaliseWord(words[words.length - 1] ?? '')) && !isRoleNounWord(words[words.length - 1] ?? '')) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * "An attorney for Pagliano, Mark MacDougall, said": a description that opens its sentence with an article, headed by a
 * person's role and what it is a role of, then the name set off by a comma ("attorney for Pagliano"); else null.
 */
function roleOpeningSentence(tokens: readonly Token[], start: number): string | null {
  if (tokens[start - 1]?.text !== ',') return null;
  let open = start - 2;
  while (open >= 0 && start - 2 - open < 8 && tokens[open]?.word === true) open -= 1;
  const first = tokens[open + 1];
  const before = tokens[open];
  if (first === undefined || !/^(?:An?|The)$/.test(first.text) || (before !== undefined && !/^[.!?]$/.test(before.text))) return null;
  const words = tokens.slice(open + 2, start - 1).map((t) => t.text);
  const head = words.findIndex((w, k) => PERSON_NOUNS.has(normaliseWord(w)) && /^(?:for|of|to)$/.test(words[k + 1] ?? ''));
  if (head === -1 || words.slice(0, head).some((w) => !/^\p{Ll}/u.test(w))) return null;
  return words.join(' ');
}

/** The index of a lower-case role noun before "to", "for" or "at" (and "the") right before `start`, else -1. */
function roleServingBefore(tokens: readonly Token[], start: number): number {
  const preposition = /^the$/i.test(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1;
  const role = tokens[preposition - 1];
  if (!/^(?:to|for|at)$/.test(tokens[preposition]?.text ?? '') || role === undefined || !/^\p{Ll}/u.test(role.text)) return -1;
  if (!isRoleNounWord(normaliseWord(role.text))) return -1;
  // "China’s ambassador to Britain": the owner's possessive is part of the role.
  return /^\p{Lu}/u.test(tokens[preposition - 2]?.text ?? '') && isPossessive(tokens[preposition - 2]?.text ?? '') ? preposition - 2 : preposition - 1;
}

function appositiveAfter(tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.text !== ',') return null;
  // "Ann Roe, Tom Lee’s campaign manager was asked ...": an owner's possessive opens the role as an article does, and
  // the role ends on its person noun though the comma that should close it is missing.
  const owned = /^\p{Lu}\p{Ll}+[’']s$/u.test(tokens[end + 1]?.text ?? '');
  if (!owned && !/^(?:a|an|the)$/i.test(tokens[end + 1]?.text ?? '')) return null;
  const words: string[] = owned ? [tokens[end + 1]?.text ?? ''] : [];
  for (let k = end + 2; k < tokens.length && words.length < 6; k += 1) {
    const token = tokens[k];
    if (!token || !token.word) break;
    words.push(token.text);
    if (owned && words.length >= 2 && PERSON_NOUNS.has(normaliseWord(token.text))) break;
  }
  const head = normaliseWord(words[words.length - 1] ?? '');
  return PERSON_NOUNS.has(head) ? words.join(' ') : null;
}

function add(index: NameIndex, words: string[], role: string | null, person: boolean, strongPerson: boolean, first: number): void {
  const key = normaliseWord(words[words.length - 1] ?? '');
  const name = words.join(' ');
  const list = index.get(key) ?? [];
  const existing = list.find((entry) => entry.name === name);
  if (existing) {
    existing.count += 1;
    existing.role ??= role;
    existing.person ||= person;
    existing.strongPerson ||= strongPerson;
  } else {
    const entry = { name, words, role, person, strongPerson, count: 1, first };
    list.push(entry);
    // "Luther Stan Pate IV" is "Pate" later: a generational suffix is no surname.
    const surname = normaliseWord(words[words.length - 2] ?? '');
    if (GENERATION.test(key) && words.length >= 3) index.set(surname, [...(index.get(surname) ?? []), entry]);
  }
  index.set(key, list);
}

const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/;

/**
 * The best full name ending with `surname` that `accepts` takes: a person, the most frequent, then the earliest; for a
 * surname printed alone as a speaker (`bare`), the first introduced of two people who share it.
 */
export function lookupName(index: NameIndex, surname: string, accepts: (entry: KnownName) => boolean = () => true, bare = false): KnownName | null {
  const key = normaliseWord(stripPossessive(surname));
  let list = index.get(key) ?? [];
  if (list.length === 0 && /\p{Script=Cyrillic}/u.test(surname)) list = cyrillicMatches(index, key);
  else if (list.length === 0) list = misspeltMatches(index, key);
  const candidates = list.filter((entry) => entry.words.length >= 2 && entry.person && accepts(entry));
  candidates.sort((a, b) => b.count - a.count || a.first - b.first);
  return (bare ? firstNamedOfKin(candidates) : null) ?? candidates[0] ?? null;
}

/** A person's name as a sentence prints it: a courtesy title at most, then one to four capitalised words. */
export const PRINTED_PERSON = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+`;

/** The words of a PRINTED_PERSON without its courtesy title ("Mr. Ivo Brandt": Ivo, Brandt). */
export function printedPersonWords(printed: string): string[] {
  return printed.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '').split(/\s+/);
}

/**
 * The person the text names in full whom a PRINTED_PERSON names: by the surname alone, by the full name's last words,
 * or, with `firstAndLast`, by its first name and surname ("Donald Trump" of "Donald J. Trump"); else null.
 */
export function personPrintedAs(index: NameIndex, printed: string, firstAndLast = false): KnownName | null {
  const words = printedPersonWords(printed);
  const full = lookupName(index, words[words.length - 1] ?? '');
  if (full === null) return null;
  const named = words.length === 1 || full.name.endsWith(words.join(' ')) || (firstAndLast && words.length === 2 && full.words[0] === words[0]);
  return named ? full : null;
}

/**
 * Two people who share a surname ("Doug McDermott" and his father "Greg McDermott"): the bare surname is the one the
 * story introduced first, since a writer names the other in full (or by first name) each time to tell them apart;
 * counting full names would pick exactly that other one. Only names of two or three words opening on a known first
 * name count as people here, so a headline's "Despite Ted Cruz" or "Chuck Grassley Compares Trump" is no second
 * person. Null when the candidates are one person.
 */
function firstNamedOfKin(candidates: readonly KnownName[]): KnownName | null {
  const people = candidates.filter((entry) => entry.words.length <= 3 && isFirstName(entry.words[0] ?? ''));
  const firstNames = new Set(people.map((entry) => entry.words[0]));
  if (firstNames.size < 2) return null;
  const earliest = people.reduce((a, b) => (b.first < a.first ? b : a));
  return people.find((entry) => entry.words[0] === earliest.words[0]) ?? null;
}

/**
 * "Steve Sweeney ... Sweeny said": a surname printed nowhere else in full is the one surname the text names a person
 * by with one letter more or less (five letters or more, the first two the same; a plural's or possessive's "s" is
 * no misspelling), or with two neighbouring letters swapped after the same first one ("Byrne ... Bryne said").
 */
function misspeltMatches(index: NameIndex, key: string): KnownName[] {
  if (!/^\p{Ll}{5,}$/u.test(key)) return [];
  const near = [...index].filter(
    ([other, list]) => ((other.slice(0, 2) === key.slice(0, 2) && oneLetterApart(key, other)) || (other[0] === key[0] && twoLettersSwapped(key, other))) && list.some((entry) => entry.person && entry.words.length >= 2),
  );
  return near.length === 1 ? (near[0]?.[1] ?? []) : [];
}

/** Whether dropping one letter (not a final "s") from the longer word gives the shorter. */
function oneLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || long === `${short}s`) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k += 1;
  return short.slice(k) === long.slice(k + 1);
}

/** Whether two words differ only by two neighbouring letters printed the other way round ("Bryne" for "Byrne"). */
function twoLettersSwapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let k = 0;
  while (a[k] === b[k]) k += 1;
  return a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
}

// Russian surnames decline ("Пескова", "Захаровой"): match on a shared stem.
function cyrillicMatches(index: NameIndex, key: string): KnownName[] {
  const out: KnownName[] = [];
  for (const [other, list] of index) {
    let common = 0;
    while (common < key.length && key[common] === other[common]) common += 1;
    if (common >= 4 && common >= Math.max(key.length, other.length) - 2) out.push(...list);
  }
  return out;
}

/**
 * True when the document shows `name` as a person's (a title, a first name, a role); `counts` leaves out entries that
 * prove nothing (a label the text only quotes).
 */
export function isKnownPerson(index: NameIndex, name: string, counts: (entry: KnownName) => boolean = () => true): boolean {
  const key = normaliseWord(stripPossessive(name.split(/\s+/).pop() ?? ''));
  return (index.get(key) ?? []).some((entry) => entry.person && counts(entry));
}

/**
 * The name "the company" or "the airline" most likely means when no organisation has spoken yet: the most
 * frequent multi-word name printed before `offset` that nothing proves to be a person's, no first name and surname's
 * unless `personal` (a body one person has, "the campaign"), and no place's unless `head` is a kind of place ("the
 * state").
 */
export function likelyOrganisation(index: NameIndex, offset: number, head?: string, personal = false): KnownName | null {
  let best: KnownName | null = null;
  // "The state reported" may mean "New Hampshire"; "the commission" never means "Inner Mongolia".
  const places = head !== undefined && isPlaceNoun(head);
  for (const [last, list] of index) {
    // "the company" is not the "County Council": a name whose last word is another kind of organisation.
    if (head !== undefined && last !== head && ORG_MARKERS.has(last) && !(OUTLET_NOUNS.has(head) && OUTLET_MARKERS.has(last))) continue;
    for (const entry of list) {
      if (entry.strongPerson || entry.words.length < 2 || entry.first >= offset) continue;
      // "Mary Tolliver, recently named the company's chief executive": a first name and a surname are a person tied to
      // the company, never the company itself; only what one person has (`personal`: "the campaign") may be theirs. A
      // last word that names a thing or a group ("Marlow Pictures", "Kestrel Systems") makes a company's name.
      if (!personal && entry.person && entry.words.length <= 3 && isFirstName(entry.words[0] ?? '') && isSurname(entry.words[entry.words.length - 1] ?? '')) continue;
      // "BOCA RATON, Fla. --", "CORRECTION APPENDED": words printed all in capitals are a dateline or a note, no body.
      if (entry.words.every((w) => !/\p{Ll}/u.test(w))) continue;
      // "Health authorities in Inner Mongolia ... The health commission said": a place is no organisation.
      if (!places && isPlaceName(entry.name)) continue;
      if (!best || entry.count > best.count || (entry.count === best.count && entry.first > best.first)) best = entry;
    }
  }
  return best;
}
