/**
 * Who a role printed as the speaker is ("the secretary emphasized", "her publicist told", "the property developer
 * said"): the one person the article names with that role, the person just written about when the role describes
 * them anew, or the description itself when several people fit or nobody does.
 */

import type { SpeakerType } from './types.ts';
import { CUE_WORDS, PARTY_ROLE_WORDS, PARTY_WORDS, normaliseWord } from './cues.ts';
import type { NameIndex } from './buildNameIndex.ts';
import { lookupName } from './buildNameIndex.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { roleGender } from './personGender.ts';
import type { Gender } from './personGender.ts';
import { escape } from './tokenize.ts';

export interface RoleHolder {
  speaker: string;
  speakerType: SpeakerType | null;
  role: string | null;
}

/** What the resolution of a role reads besides the phrase: who spoke, who was written about last, the text. */
export interface RoleContext {
  index: NameIndex;
  /** People resolved so far, in text order. */
  roster: readonly RoleHolder[];
  /** The person resolved at the event just before this one (a speaker or a sentence's subject), if any. */
  previous: { offset: number; known: RoleHolder } | null;
  /** The text with quoted words masked, to read what was printed before the role. */
  masked: string;
  /** A named person's gender; with `textOnly`, only as the text tells it, not the first-name lists. */
  genderOf: (name: string, role?: string | null, textOnly?: boolean) => Gender | null;
  /** Who the attributions before this one named, in text order. */
  spoke?: readonly RoleHolder[];
}

/**
 * The person a definite role ("the secretary", "her publicist") names, or null when it names nobody the text shows
 * for sure: the caller then keeps the description as printed.
 */
export function resolveRole(phrase: SpeakerPhrase, offset: number, context: RoleContext): RoleHolder | null {
  const holder = holderOfRole(phrase, offset, context);
  // "his childhood friend" names no "his friend Ann Roe" of another passage: a relation is its possessor's.
  if (holder !== null && !relationAgrees(phrase, holder.speaker, offset, context.masked)) return null;
  return holder !== null && otherOwnersHolder(phrase, holder, context) ? null : holder;
}

/**
 * Whether a role printed with a possessive pronoun ("his lawyer") was printed for its holder with the possessive of
 * a person the pronoun cannot mean ("Kate Reed's lawyer Anna Cole" is no man's lawyer): the owner's gender, when the
 * text tells it, is the other one.
 */
function otherOwnersHolder(phrase: SpeakerPhrase, holder: RoleHolder, context: RoleContext): boolean {
  const pronoun = /^(his|her)\s/i.exec(phrase.raw.trim())?.[1]?.toLowerCase();
  const owner = /^(?:[\p{L}.-]+\s+){0,2}?(\p{Lu}[\p{L}.’'-]*?)[’']s\s/u.exec(holder.role ?? '')?.[1];
  if (pronoun === undefined || owner === undefined) return false;
  const known = lookupName(context.index, owner);
  const gender = context.genderOf(known?.name ?? owner, known?.role);
  return gender !== null && gender !== (pronoun === 'his' ? 'male' : 'female');
}

function holderOfRole(phrase: SpeakerPhrase, offset: number, context: RoleContext): RoleHolder | null {
  const head = phrase.head ?? '';
  const description = phrase.name ?? head;
  if (head === '') return null;
  // The person just written about, printed with the role: "Sen. Chris Murphy ... Murphy told me. ... The senator
  // paused", whoever else the story printed as a senator.
  const previous = context.previous;
  if (previous !== null && sentencesBetween(context.masked, previous.offset, offset) <= 1 && sameGender(phrase, previous.known, context)) {
    const holds = (known: RoleHolder) => rolesOf(known, context).find((role) => headOfRole(role, head) && !otherParty(role, description) && !formerOnly(role, description));
    const held = holds(previous.known);
    // Unless that sentence also names another holder ("Harbour Minister Olek Brand and Fisheries Minister Petra Lund").
    const window = context.masked.slice(sentenceStart(context.masked, previous.offset), offset);
    const surname = (name: string) => name.split(/\s+/).pop() ?? name;
    const rival = [...context.index.values()]
      .flat()
      .some((e) => e.person && e.words.length >= 2 && surname(e.name) !== surname(previous.known.speaker) && new RegExp(`\\b${escape(surname(e.name))}\\b`, 'u').test(window) && holds({ speaker: e.name, speakerType: 'person', role: e.role }) !== undefined);
    if (held !== undefined && !rival) return { ...previous.known, role: previous.known.role ?? held };
  }
  // Someone who spoke or was written about with the role: "the judge" after "Judge Ann Bodiford said".
  const speakers = new Map<string, RoleHolder>();
  for (const known of context.roster) {
    if (known.role !== null && holdsDescription(known.role, head) && !otherParty(known.role, description) && !otherPlace(known.role, description)) speakers.set(known.speaker, known);
  }
  const people = samePeople(speakers);
  if (people.length === 1) return people[0] ?? null;
  if (people.length > 1) return justWrittenAbout(new Map(people.map((p) => [p.speaker, p])), offset, context);
  // Else the one person printed with the role before, or else anywhere: "Housing Secretary Dalia Fenwick" for "the
  // secretary", a publicist the article names only after "her publicist told".
  const printed = [...context.index.values()]
    .flat()
    .filter((e) => e.strongPerson && e.role !== null && e.words.length >= 2 && !e.words.some((w) => CUE_WORDS.has(normaliseWord(w))))
    .filter((e) => e.role !== null && holdsDescription(e.role, description) && !otherParty(e.role, description))
    .map((e) => ({ speaker: e.name, speakerType: 'person' as const, role: e.role, first: e.first }));
  const before = samePeople(new Map(printed.filter((e) => e.first < offset).map((e) => [e.speaker, e])));
  // Several printed with it ("“Broad City” star Arturo Castro", "“Orange is the New Black” star Dascha Polanco"): it
  // names none of them for sure, but may still describe anew the public figure just written about.
  if (before.length === 1) return before[0] ?? null;
  // Of several printed with it, by title too ("Gov. Ann Lee", "Gov. Tom Hask"), the one named just before.
  const titled = [...context.index.values()]
    .flat()
    .filter((e) => e.strongPerson && e.role !== null && e.words.length >= 2 && e.first < offset)
    .filter((e) => e.role !== null && description.toLowerCase().split(/\s+/).every((w) => titledWords(e.role ?? '').includes(w)) && !otherParty(e.role, description) && !formerOnly(e.role, description))
    .map((e) => ({ speaker: e.name, speakerType: 'person' as const, role: e.role }))
    .filter((e) => sameGender(phrase, e, context));
  const named = namedJustBefore(samePeople(new Map(titled.map((e) => [e.speaker, e]))), offset, context);
  if (named !== null) return named;
  const paired = pluralRoleHolder(head, description, offset, context);
  if (paired !== null) return paired;
  if (before.length > 1) return redescribed(phrase, offset, context) ?? officeOfSubject(phrase, offset, context);
  const anywhere = samePeople(new Map(printed.map((e) => [e.speaker, e])));
  if (anywhere.length > 0) return anywhere.length === 1 ? (anywhere[0] ?? null) : null;
  return redescribed(phrase, offset, context) ?? officeOfSubject(phrase, offset, context) ?? authorOfBook(head, offset, context);
}

/**
 * "Gary Byrne, a former agent, has written a book ... In the excerpt, the author wrote": a person printed before as
 * having written a book (a memoir, a novel) is "the author"; null when none is, or several are.
 */
function authorOfBook(head: string, offset: number, context: RoleContext): RoleHolder | null {
  if (head !== 'author' && head !== 'writer') return null;
  const names = new Set<string>();
  for (const match of context.masked.slice(0, offset).matchAll(WROTE_BOOK)) {
    const name = match[1] ?? '';
    const known = [...context.index.values()].flat().find((e) => e.person && e.words.length >= 2 && e.name === name);
    if (known !== undefined) names.add(known.name);
  }
  const [only] = names;
  return names.size === 1 && only !== undefined ? { speaker: only, speakerType: 'person', role: null } : null;
}

/**
 * A full name, an appositive allowed after it (its closing comma too often left out), and "has written a book" ("wrote
 * a memoir", "penned his first novel").
 */
const WROTE_BOOK =
  /(\p{Lu}[\p{L}’'-]+(?:[^\S\n]+\p{Lu}(?:\.|[\p{L}’'-]+))+)(?:,[^.;]{0,120}?,?)?\s+(?:has\s+written|had\s+written|wrote|has\s+penned|penned)\s+(?:a|an|the|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:book|memoir|novel|biography)\b/gu;

/**
 * "Olivia Marsh defends her record in an ad: “...,” the senator says", "Tomas Brenner attacked Lydia Hart in an
 * interview. “...,” the House majority leader said": an elected office or a leader's post as the cue, in the sentence
 * whose subject is a named person or in the next one, is that subject's when no one printed with the office resolved
 * it (others printed as senators elsewhere, people named as objects), unless the text introduced someone by the office
 * ("a senator"), printed it between the subject and the cue ("met the governor"), or its words tell the other gender.
 */
function officeOfSubject(phrase: SpeakerPhrase, offset: number, context: RoleContext): RoleHolder | null {
  const head = phrase.head ?? '';
  const previous = context.previous;
  if (!(ELECTED_OFFICES.has(head) || LEADER_HEADS.has(head) || CABINET_OFFICES.has(head)) || !/^the\s/i.test(phrase.raw) || previous === null || previous.offset >= offset) return null;
  if (previous.known.speakerType !== 'person' || !/^\p{Lu}/u.test(previous.known.speaker) || sentencesBetween(context.masked, previous.offset, offset) > 1) return null;
  const wanted = roleGender(phrase.name ?? head);
  const theirs = context.genderOf(previous.known.speaker, previous.known.role);
  if ((wanted !== null && theirs !== null && wanted !== theirs) || otherParty(previous.known.role ?? '', phrase.name ?? head)) return null;
  // Only someone the text printed or resolved with the office ("Sen. Olivia Marsh", "Pres. Obama"), and not only as a
  // former holder ("Former Gov. Tom Reyan" is not "the governor"): "Tom Lee toured the harbour. As the mayor puts it"
  // names a mayor the text has not said Lee is.
  const holdsOffice = (known: RoleHolder) => [known.speaker, ...rolesOf(known, context)].some((role) => headOfRole(role, head) && !formerOnly(role, phrase.name ?? head));
  if (!holdsOffice(previous.known) && !publicFigure(previous.known, context)) return null;
  // Where the subject was last printed: the office may not be printed after it but by the cue itself, which stands
  // after the quote or right before it ("the senator said: “...”").
  const surname = previous.known.speaker.split(/\s+/).pop() ?? previous.known.speaker;
  const subjectAt = context.masked.slice(0, offset).search(new RegExp(`\\b${escape(surname)}\\b(?![\\s\\S]*\\b${escape(surname)}\\b)`, 'u'));
  if (subjectAt < 0 || sentencesBetween(context.masked, subjectAt, offset) > 1) return null;
  // The one who asked ("“That would be you?” Borger asked. “...,” the senator said") is the other side of an exchange.
  const asked = new RegExp(`^${escape(surname)}\\s+asked\\b`, 'u').test(context.masked.slice(subjectAt)) || /\basked\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}$/u.test(context.masked.slice(Math.max(0, subjectAt - 40), subjectAt));
  if (asked) return null;
  // Another person printed with the office, named from the subject's sentence on ("Torvik and Hask did not meet. The
  // governor said"): the office names neither for sure.
  const window = context.masked.slice(sentenceStart(context.masked, subjectAt), offset);
  const rival = [...context.index.values()]
    .flat()
    .some((e) => e.person && e.words.length >= 2 && (e.name.split(/\s+/).pop() ?? e.name) !== surname && new RegExp(`\\b${escape(e.name.split(/\s+/).pop() ?? e.name)}\\b`, 'u').test(window) && holdsOffice({ speaker: e.name, speakerType: 'person', role: e.role }));
  if (rival) return null;
  let since = context.masked.slice(subjectAt, offset);
  const cue = since.lastIndexOf(phrase.raw);
  if (cue >= 0 && /^\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*[:,]?\s*$/u.test(since.slice(cue + phrase.raw.length))) since = since.slice(0, cue);
  const printedSince = new RegExp(`\\b${escape(head)}`, 'iu').test(since);
  return printedSince || introducedBefore(head, offset, context.masked) ? null : previous.known;
}

/**
 * "Ann Roe (D-Ore.) faulted the plan", or an Ann Roe who was quoted before: someone the story is about as a politician
 * or a voice, whom an office printed as the cue right after a sentence about them describes anew though the text never
 * printed them with it ("“...,” the minority leader said"). A name merely written about ("Tom Lee toured the harbour. As
 * the mayor puts it") is not one: the office there more often brings in someone new.
 */
function publicFigure(known: RoleHolder, context: RoleContext): boolean {
  const surname = escape(known.speaker.split(/\s+/).pop() ?? known.speaker);
  const tagged = new RegExp(`\\b${surname}\\s*(?:\\(|,\\s+)[RDI]-\\p{Lu}[\\p{L}.]{0,12}(?:\\)|,)`, 'u').test(context.masked);
  return tagged || (context.spoke ?? []).some((s) => s.speaker === known.speaker);
}

/** A full name of two to four capitalised words ("Dan Carver", "Mika Brzezinski"). */
const PAIRED_NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}`;

/**
 * "Morning Radio hosts Dan Carver and Lisa Moore ... Something Carver knew well. “...,” the host said": a role printed
 * in the plural right before two full names joined by "and" is held by both, so "the host" is the one of them the
 * role's sentence or the sentence before names by surname, when it names only one; else null.
 */
function pluralRoleHolder(head: string, description: string, offset: number, context: RoleContext): RoleHolder | null {
  if (description.toLowerCase() !== head || !/^\p{Ll}+$/u.test(head)) return null;
  const plural = new RegExp(String.raw`\b${escape(head)}e?s\s+(${PAIRED_NAME})\s+(?:and|&)\s+(${PAIRED_NAME})`, 'gu');
  const pair = [...context.masked.slice(0, offset).matchAll(plural)].pop();
  if (pair === undefined) return null;
  const holders = [pair[1], pair[2]].map((name) => ({ speaker: (name ?? '').trim(), speakerType: 'person' as const, role: head }));
  return namedJustBefore(holders, offset, context);
}

/** One holder per person: "Alwaleed" is "Alwaleed Bin Talal", whose words hold it. */
export function samePeople(holders: ReadonlyMap<string, RoleHolder>): RoleHolder[] {
  const all = [...holders.values()].sort((a, b) => b.speaker.length - a.speaker.length);
  const kept: RoleHolder[] = [];
  for (const holder of all) {
    const words = holder.speaker.split(/\s+/);
    if (!kept.some((k) => words.every((w) => k.speaker.split(/\s+/).includes(w)))) kept.push({ speaker: holder.speaker, speakerType: holder.speakerType, role: holder.role });
  }
  return kept;
}

/** Of several people with the role, the one the sentence before was about, when it named no other of them; else null. */
function justWrittenAbout(holders: ReadonlyMap<string, RoleHolder>, offset: number, context: RoleContext): RoleHolder | null {
  const previous = context.previous;
  if (previous === null || !holders.has(previous.known.speaker) || sentencesBetween(context.masked, previous.offset, offset) > 1) return null;
  const others = [...holders.keys()].filter((name) => name !== previous.known.speaker).map((name) => name.split(/\s+/).pop() ?? name);
  const window = context.masked.slice(sentenceStart(context.masked, previous.offset), offset);
  return others.some((surname) => new RegExp(`\\b${escape(surname)}\\b`, 'u').test(window)) ? null : previous.known;
}

/**
 * Of the people printed with the role ("Gov. Ann Lee" and "Gov. Tom Hask"), the one the role's sentence or the
 * sentence before it names by surname ("Lee’s aides had planned a trip ... The governor said"), when it names no other
 * of them; else null.
 */
function namedJustBefore(holders: readonly RoleHolder[], offset: number, context: RoleContext): RoleHolder | null {
  const ends = sentenceEnds(context.masked.slice(0, offset));
  const window = context.masked.slice(ends.at(-2) ?? 0, offset);
  const named = holders.filter((h) => new RegExp(`\\b${escape(h.speaker.split(/\s+/).pop() ?? h.speaker)}\\b`, 'u').test(window));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * Nouns of a tie to someone ("his friend", "her brother"): whose friend or brother a phrase means is its possessor's, so
 * "his childhood friend" of one man is not the "his friend Ann Roe" printed of another, nor is "her friend".
 */
const RELATION_NOUNS = new Set([
  'friend', 'brother', 'sister', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'cousin', 'uncle', 'aunt',
  'nephew', 'niece', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'mom', 'dad', 'parent', 'sibling',
  'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'relative', 'neighbor', 'neighbour', 'colleague', 'classmate',
  'roommate', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'widow', 'widower', 'teammate',
  'coworker', 'co-worker', 'acquaintance', 'partner',
]);

/** "his childhood friend": a possessive pronoun, the words between it and the head, the head. */
const POSSESSED_RELATION = /^(his|her|their)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}é-]+)$/iu;

/**
 * Whether a relation printed with a possessive pronoun ("his childhood friend told", "her friend said") may be the
 * person `name` the text printed with that relation: only when the text printed them with the same possessive and the
 * same words ("his childhood friend Ann Roe", "Ann Roe, his childhood friend"; a name's possessive may be any pronoun's
 * owner), for a possessive names whose relation it is, and "childhood friend" or "her friend" is not the "his friend" of another passage. Any other phrase agrees.
 */
export function relationAgrees(phrase: SpeakerPhrase, name: string, offset: number, masked: string): boolean {
  const wanted = POSSESSED_RELATION.exec(phrase.raw.trim());
  if (wanted === null || !RELATION_NOUNS.has((wanted[3] ?? '').toLowerCase())) return true;
  const head = escape(wanted[3] ?? '');
  const printed = escape(name);
  const before = masked.slice(0, offset);
  const relation = String.raw`(his|her|their|\p{Lu}[\p{L}.’'-]*[’']s)\s+((?:[\p{L}-]+\s+){0,3}?)${head}`;
  const found =
    [...before.matchAll(new RegExp(String.raw`${relation},?\s+${printed}\b`, 'giu'))].pop() ??
    [...before.matchAll(new RegExp(String.raw`\b${printed},\s+${relation}\b`, 'giu'))].pop();
  if (found === undefined) return false;
  const words = (s: string | undefined) => (s ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
  // A name's possessive ("Ann Roe's husband, Tom Roe") is whoever "his" or "her" means later; a pronoun must agree.
  const owner = (found[1] ?? '').toLowerCase();
  return (!/^(?:his|her|their)$/.test(owner) || owner === (wanted[1] ?? '').toLowerCase()) && words(found[2]).join(' ') === words(wanted[2]).join(' ');
}

/**
 * Whether a role holds every word of a description as a whole word ("Superior Court Judge" holds "judge",
 * "Co-Founder" holds "founder"); a word inside another is not it ("President" holds no "resident").
 */
export function holdsDescription(role: string, description: string): boolean {
  const words = roleWords(role);
  // "Pagliano's lawyer" is "an attorney for Pagliano": a name's possessive is the name after "for", "of" or "to" in
  // the role, and a lawyer an attorney.
  const owned = (w: string) => /^\p{L}+'s$/u.test(w) && words.includes(w.slice(0, -2)) && words.some((r) => /^(?:for|of|to)$/.test(r));
  // A possessive is the same word with either apostrophe ("Lee’s campaign manager" holds "Lee's campaign manager").
  return description
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .every((w) => words.includes(w) || owned(w) || (SAME_ROLES.get(w) ?? []).some((same) => words.includes(same)));
}

/** Role nouns news uses for one another. */
const SAME_ROLES = new Map<string, readonly string[]>([['lawyer', ['attorney']], ['attorney', ['lawyer']]]);

/** The lower-case words of a role, a hyphenated one split ("Co-Founder" is "co", "founder"). */
function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w !== '');
}

/**
 * A role's words with the word each title's abbreviation stands for ("Sen. Bernie Sanders" is a senator). Only for
 * the person just written about: "the senator" after a sentence about Rubio, who was printed with no title, is not
 * the one "Sen. Bernie Sanders" of the story.
 */
const titledWords = (role: string): string[] => roleWords(role).flatMap((w) => [w, ...(TITLE_WORDS.get(w) ?? [])]);

/** The words a title's abbreviation stands for. */
const TITLE_WORDS = new Map<string, readonly string[]>([
  ['sen', ['senator']], ['sens', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman']], ['reps', ['representative']],
  ['gov', ['governor']], ['govs', ['governor']], ['gen', ['general']], ['lt', ['lieutenant']], ['sgt', ['sergeant']],
  ['capt', ['captain']], ['cpt', ['captain']], ['det', ['detective']], ['atty', ['attorney']], ['supt', ['superintendent']],
  ['prof', ['professor']], ['dr', ['doctor']], ['pres', ['president']], ['rev', ['reverend']], ['insp', ['inspector']],
  ['cmdr', ['commander']], ['adm', ['admiral']], ['col', ['colonel']], ['maj', ['major']], ['cpl', ['corporal']],
  ['amb', ['ambassador']], ['sec', ['secretary']], ['treas', ['treasurer']], ['lt. gov', ['lieutenant governor']],
]);

/**
 * Whether a description's head is a word of a person's role ("the conference speaker" of "corporate speaker Lance
 * Wallnau", "the senator" of "Sen. Bernie Sanders"), or that word joined to "man" or "woman" ("the radioman" of
 * "Radio talk show host Glenn Beck").
 */
export function headOfRole(role: string, head: string): boolean {
  const words = titledWords(role);
  return words.includes(head) || words.some((w) => w.length >= 4 && head.startsWith(w) && /^(?:man|woman|men|women|person)$/.test(head.slice(w.length)));
}

/**
 * What news calls a public figure it has just named, to avoid repeating the name ("the New York businessman", "the
 * comedian and talk show host"); never an office or a function ("the fire chief", "the officer"), which most often
 * brings in someone new.
 */
const FIGURE_NOUNS = new Set([
  'businessman', 'businesswoman', 'billionaire', 'tycoon', 'mogul', 'entrepreneur', 'developer', 'comedian', 'comic',
  'actor', 'actress', 'star', 'singer', 'rapper', 'musician', 'celebrity', 'novelist', 'author', 'filmmaker',
  'socialite', 'heiress', 'athlete', 'champion', 'politician', 'candidate', 'nominee', 'frontrunner', 'front-runner',
  'veteran', 'magnate', 'philanthropist', 'presenter', 'broadcaster', 'model', 'designer', 'artist', 'playwright',
]);

/**
 * A post at the head of a body ("the party leader", "the Navy chief"): the person just written about as that body's
 * head ("Admiral Ann Lee had declared that her force ...") may be described anew by it, as by an elected office.
 */
const LEADER_HEADS = new Set(['leader', 'chief']);

/**
 * A government post held by appointment ("the secretary", "the minister", "the ambassador"): like an elected office,
 * the person just written about as a speaker when the cue follows a sentence about them ("Ada Lorne noted that ...
 * . ..., the secretary emphasized"), with the same guards (no rival holder, the office not printed since).
 */
const CABINET_OFFICES = new Set(['secretary', 'minister', 'ambassador', 'commissioner']);

/** Elected offices a place's name before them redescribes a public figure by ("the Ohio senator", "the French president"). */
const ELECTED_OFFICES = new Set(['senator', 'governor', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mayor', 'president', 'premier', 'chancellor']);

/** "the Ohio senator", "the New York mayor": "the", one or two capitalised words and an elected office. */
const PLACED_OFFICE = new RegExp(`^[Tt]he\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,2}(${[...ELECTED_OFFICES].join('|')})$`, 'u');

/**
 * "the Ohio senator", which the phrase parser reads as a body's name ("Ohio senator"), as the role it is; null for
 * any other phrase.
 */
export function placedOfficeRole(phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.refersTo !== null || phrase.name === null) return null;
  const raw = phrase.raw.trim();
  const head = phrase.type === 'organisation' ? PLACED_OFFICE.exec(raw)?.[1] : undefined;
  if (head !== undefined) return { ...phrase, type: 'person', role: phrase.name, refersTo: 'role', head };
  // "the independent Vermont senator and Democratic presidential candidate": a party word before the place, or a
  // second role joined by "and" under the same "the" (no determiner of its own, so one person holds both), leaves the
  // placed office the role to resolve by.
  const office = raw.replace(SECOND_ROLE, '').replace(PARTY_BEFORE_PLACE, 'the ');
  if (office === raw) return null;
  const held = PLACED_OFFICE.exec(office)?.[1];
  return held === undefined ? null : { ...phrase, type: 'person', name: office.slice(4), role: office.slice(4), refersTo: 'role', head: held };
}

/** A second role joined to the first under one "the" ("the Ohio senator and Republican presidential candidate"). */
const SECOND_ROLE = /\s+and\s+(?!(?:the|a|an|his|her|their|its|other|another)\s)[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}$/u;
/** A party word in lower case before a placed office ("the independent Vermont senator"). */
const PARTY_BEFORE_PLACE = new RegExp(`^the\\s+(?:${[...PARTY_ROLE_WORDS, 'independent'].join('|')})\\s+(?=\\p{Lu})`, 'iu');

/**
 * "the Ohio senator": an elected office with a place's name before it, when the text printed no one else with that
 * office as a title ("President Ann Lee" makes "the U.S. president" hers, not that of whoever was written about).
 */
function placedOffice(phrase: SpeakerPhrase, known: RoleHolder, context: RoleContext): boolean {
  const head = phrase.head ?? '';
  if (!ELECTED_OFFICES.has(head) || !PLACED_OFFICE.test(phrase.raw.trim())) return false;
  const surname = (name: string) => name.split(/\s+/).pop() ?? name;
  return ![...context.index.values()]
    .flat()
    .some((e) => e.person && e.role !== null && surname(e.name) !== surname(known.speaker) && titledWords(e.role).includes(head));
}

/** Words of a person's looks or manner that a redescription uses ("the bespectacled diplomat", "the burly coach"). */
const EPITHETS = new Set([
  'bespectacled', 'bearded', 'balding', 'grey-haired', 'gray-haired', 'white-haired', 'silver-haired', 'soft-spoken',
  'mild-mannered', 'affable', 'genial', 'burly', 'lanky', 'diminutive', 'wiry', 'portly', 'stocky', 'seasoned',
  'longtime', 'long-time', 'flamboyant', 'taciturn', 'ebullient', 'dapper',
]);

/** Words of a career or post the person has left ("the retired neurosurgeon", "the former envoy"). */
const FORMER_WORDS = new Set(['former', 'retired', 'onetime', 'one-time', 'erstwhile']);

/**
 * "Gordon Vale took the stage ... “...,” the property developer said": a public figure's role no one is printed
 * with, right after a sentence about a named person (whose first name or title shows a person), describes that
 * person anew, unless the text introduced someone new by it ("met a property developer") or its words tell the
 * other gender.
 */
function redescribed(phrase: SpeakerPhrase, offset: number, context: RoleContext): RoleHolder | null {
  const head = phrase.head ?? '';
  const previous = context.previous;
  if (previous === null || previous.known.speakerType !== 'person' || !/^\p{Lu}/u.test(previous.known.speaker)) return null;
  // A spokesman speaks for someone, never as them; a plural is a group.
  // "the comedian and talk show host": one of the roles joined is enough.
  // "the bespectacled diplomat", "the soft-spoken general": a word of the person's looks or manner describes someone the
  // reader has met, never a new person.
  const described = (phrase.name ?? head).split(/\s+/).map((w) => w.toLowerCase());
  // "the Republican": a party's member printed alone redescribes a public figure as well.
  // "the retired neurosurgeon", "the former ambassador": a career the person has left is told of someone the reader has
  // met, never of a new person brought in by it.
  if (!(/^the\s/i.test(phrase.raw) || othersPossessive(phrase.raw, previous.known.speaker)) || !(described.some((w) => FIGURE_NOUNS.has(w) || EPITHETS.has(w) || PARTY_WORDS.has(w) || FORMER_WORDS.has(w)) || placedOffice(phrase, previous.known, context))) return null;
  // At most the sentence before: the person must still be the one written about.
  if (sentencesBetween(context.masked, previous.offset, offset) > 1) return null;
  const wanted = roleGender(phrase.name ?? head);
  const theirs = context.genderOf(previous.known.speaker, previous.known.role);
  if (theirs === null || (wanted !== null && wanted !== theirs)) return null;
  // "the Democratic presidential nominee" is not the Republican one the sentence before was about.
  if (otherParty(previous.known.role ?? '', phrase.name ?? head)) return null;
  // One of the people the article is about: "De Blasio disbanded the unit" does not make him "the Republican
  // presidential candidate" of a story that named Trump twice as often.
  if (outnamed(previous.known.speaker, offset, context) && !paragraphAbout(previous.known.speaker, offset, context)) return null;
  if (introducedBefore(head, offset, context.masked)) return null;
  return previous.known;
}

/**
 * "“...,” Obama's former campaign strategist said" right after a sentence about David Axelrod: a public figure's
 * description by another name's possessive describes anew the person just written about, as "the former strategist"
 * would (`redescribed`).
 */
export function redescribedByPossessive(phrase: SpeakerPhrase, offset: number, context: RoleContext): RoleHolder | null {
  const previous = context.previous;
  return previous !== null && othersPossessive(phrase.raw, previous.known.speaker) ? redescribed(phrase, offset, context) : null;
}

/**
 * "Obama's former campaign strategist": a description by another name's possessive, which describes someone of that
 * name's circle, never the named one (`speaker`'s own surname before "'s" is a relation of theirs).
 */
function othersPossessive(raw: string, speaker: string): boolean {
  const owner = /^(\p{Lu}[\p{L}.-]*)['’]s\s/u.exec(raw.trim())?.[1];
  return owner !== undefined && !speaker.split(/\s+/).includes(owner);
}

/** Whether the text before `offset` introduced someone new by the noun ("met a property developer", "another senator"). */
const introducedBefore = (head: string, offset: number, masked: string): boolean =>
  new RegExp(`\\b(?:a|an|another|one)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${escape(head)}\\b`, 'iu').test(masked.slice(0, offset));

/**
 * The roles the text gave a person: where it resolved them, where it printed their full name, and the titles printed
 * right before it with the words before them ("Sen. Chris Murphy", "former Florida Gov. Jeb Bush").
 */
function rolesOf(known: RoleHolder, context: RoleContext): string[] {
  const printed = [...context.index.values()].flat().filter((e) => e.name === known.speaker);
  return [known.role, ...context.roster.filter((r) => r.speaker === known.speaker).map((r) => r.role), ...printed.map((e) => e.role), ...abbreviatedTitles(known.speaker, context.masked), ...titleWordsBefore(known.speaker, context.masked)].filter((r): r is string => r !== null && r !== '');
}

/**
 * How far before a printing of a name its title may begin: two words and an abbreviation, or three capitalised words.
 * The title patterns are tried only that far before each printing (found with indexOf), not at every position of the
 * page: a role is resolved once per event, and a whole-page pattern for each made a long page quadratic.
 */
const TITLE_REACH = 200;

/** "Sen.", "former Florida Gov.": an abbreviated title with up to two words before it, right before the name. */
const ABBREVIATED_TITLE = /((?:[\p{L}-]+\s+){0,2}\p{Lu}\p{Ll}{1,4}\.)\s+$/u;

/** The abbreviated titles printed right before `name` ("Sen. Chris Murphy", "former Florida Gov. Jeb Bush"), in text order. */
function abbreviatedTitles(name: string, masked: string): string[] {
  const titles: string[] = [];
  const nameEnds = new RegExp(`${escape(name)}\\b`, 'uy');
  // Where the previous title's name ended: one stretch of text gives at most one title.
  let from = 0;
  for (let at = name === '' ? -1 : masked.indexOf(name); at !== -1; at = masked.indexOf(name, at + 1)) {
    nameEnds.lastIndex = at;
    if (at < from || !nameEnds.test(masked)) continue;
    const title = ABBREVIATED_TITLE.exec(masked.slice(Math.max(from, at - TITLE_REACH), at))?.[1];
    if (title === undefined) continue;
    titles.push(title);
    from = at + name.length;
  }
  return titles;
}

/**
 * A title printed in full right before a person's name ("President Lind", "Governor Ames"): the office "the president"
 * or "the governor" names when the sentence before was about that person, whoever else holds an office of that name
 * ("the president of the Rotary Club").
 */
function titleWordsBefore(name: string, masked: string): string[] {
  const surname = name.split(/\s+/).pop() ?? name;
  // A lookahead, so that "When President Lind" yields "President" as well as "When".
  const titleAt = new RegExp(`\\b(?=(\\p{Lu}\\p{Ll}{3,})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${escape(surname)}\\b)`, 'uy');
  const words: string[] = [];
  // Each position is tried once, in text order, though the stretches before two printings overlap.
  let next = 0;
  for (let at = surname === '' ? -1 : masked.indexOf(surname); at !== -1; at = masked.indexOf(surname, at + 1)) {
    for (let p = Math.max(next, at - TITLE_REACH); p < at; p += 1) {
      titleAt.lastIndex = p;
      const word = titleAt.exec(masked)?.[1];
      if (word !== undefined) words.push(word);
    }
    next = Math.max(next, at);
  }
  return words;
}

/** "the congresswoman" is no man the text showed to be one. */
export function sameGender(phrase: SpeakerPhrase, known: RoleHolder, context: RoleContext): boolean {
  const wanted = roleGender(phrase.name ?? phrase.head ?? '');
  const theirs = context.genderOf(known.speaker, known.role);
  return wanted === null || theirs === null || wanted === theirs;
}

/**
 * "the Florida senator" is not whoever spoke as "the Vermont senator" or "Sen. Ann Lee": the place printed before an
 * elected office must be printed in the role too.
 */
function otherPlace(role: string, description: string): boolean {
  const place = PLACE_BEFORE_OFFICE.exec(description)?.[1];
  if (place === undefined) return false;
  const words = new Set(role.split(/\s+/));
  return !place.trim().split(/\s+/).every((w) => words.has(w));
}

/** The place's words before an elected office in a description ("Florida" of "Florida senator"). */
const PLACE_BEFORE_OFFICE = new RegExp(`^((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,2})(?:${[...ELECTED_OFFICES].join('|')})$`, 'u');

/** "former Florida Gov. Jeb Bush" is no longer "the governor". */
const formerOnly = (role: string, description: string): boolean => /\b(?:former|ex|onetime|erstwhile|retired)\b/i.test(role) && !/\b(?:former|ex|onetime|erstwhile|retired)\b/i.test(description);

/** Whether another person's last name is printed before `offset` at least twice as often as this person's. */
function outnamed(name: string, offset: number, context: RoleContext): boolean {
  const before = context.masked.slice(0, offset);
  const count = (surname: string) => before.split(new RegExp(`\\b${escape(surname)}\\b`, 'u')).length - 1;
  const surnameOf = (full: string) => full.split(/\s+/).pop() ?? full;
  const theirs = count(surnameOf(name));
  const people = [...context.index.values()].flat().filter((e) => e.person && e.words.length >= 2);
  return people.some((e) => surnameOf(e.name) !== surnameOf(name) && count(surnameOf(e.name)) >= 2 * theirs);
}

/**
 * "Comedian George Lopez stopped by ... Lopez’s show was cancelled ... The star noted ...": a paragraph that names the
 * person twice before the description and names no other person is about them, however often the whole article (a
 * list of several people's sayings) names another.
 */
function paragraphAbout(name: string, offset: number, context: RoleContext): boolean {
  const paragraph = context.masked.slice(context.masked.lastIndexOf('\n', offset - 1) + 1, offset);
  const count = (surname: string) => paragraph.split(new RegExp(`\\b${escape(surname)}\\b`, 'u')).length - 1;
  const surnameOf = (full: string) => full.split(/\s+/).pop() ?? full;
  // Another person: a title, a role or a first name shows one ("HuffPost Live" has the shape of a name, not a person's).
  const people = [...context.index.values()]
    .flat()
    .filter((e) => e.person && e.words.length >= 2 && surnameOf(e.name) !== surnameOf(name) && (e.strongPerson || context.genderOf(e.name, e.role) !== null));
  return count(surnameOf(name)) >= 2 && !people.some((e) => count(surnameOf(e.name)) > 0);
}

/** Where the sentence ending at or just before `at` starts. */
function sentenceStart(masked: string, at: number): number {
  return sentenceEnds(masked.slice(0, Math.max(0, at - 2))).pop() ?? 0;
}

/** How many sentence ends are printed between two offsets. */
export const sentencesBetween = (masked: string, from: number, to: number): number => sentenceEnds(masked.slice(from, to)).length;

const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sens?|Reps?|Govs?|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr|No|vs|U\.S|\p{Lu})$/u;

/** A time of day or a Latin abbreviation printed with its full stops ("p.m.", "a.m.", "e.g."). */
const DOTTED_LOWER = /(?:^|[\s(])\p{Ll}\.\p{Ll}$/u;

/**
 * The offsets right after each sentence end in `text` (a full stop after "Mr" or an initial ends none, nor one of
 * "p.m." before a lower-case word: "at 12:45 p.m. on Thursday" goes on, as splitSentences reads it).
 */
export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(/[.!?]["”’'§»]*\s+/gu)]
    .filter((m) => !ABBREVIATIONS.test(text.slice(0, m.index)))
    .filter((m) => !(DOTTED_LOWER.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index)) && /^\p{Ll}/u.test(text.charAt((m.index ?? 0) + m[0].length))))
    .map((m) => (m.index ?? 0) + m[0].length);
}

export { escape };

const PARTIES = new RegExp(`\\b(?:${[...PARTY_ROLE_WORDS].join('|')})\\b`, 'g');

/** "the Democratic presidential nominee" is not the "Republican presidential nominee". */
export function otherParty(role: string, description: string): boolean {
  const partiesOf = (words: string) => new Set(words.toLowerCase().match(PARTIES) ?? []);
  const ours = partiesOf(description);
  const theirs = partiesOf(role);
  return ours.size > 0 && theirs.size > 0 && ![...ours].some((p) => theirs.has(p));
}
