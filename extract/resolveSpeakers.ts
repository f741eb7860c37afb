/** Resolve printed attributions ("Mr Peskov", "it", "the company") to speakers named in the document. */

import type { SpeakerType } from './types.ts';
import { senderNamedNext } from './senderNamedNext.ts';
import { DOCUMENT_NOUNS, ORG_MARKERS, OUTLET_MARKERS, OUTLET_NOUNS, PERSON_NOUNS, TITLES, normaliseWord } from './cues.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { CALENDAR, NOT_NAME_START, PRINTED_PERSON, isKnownPerson, likelyOrganisation, lookupName, personPrintedAs } from './buildNameIndex.ts';
import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { knownAsNames } from './knownAs.ts';
import { subjectOfSentenceBefore } from './subjectOfSentenceBefore.ts';
import { givenNameGender, isFirstName, pronounGender, roleGender, titleGender } from './personGender.ts';
import type { Gender } from './personGender.ts';
import { stripPossessive } from './tokenize.ts';
import { creditedAuthor } from './creditedAuthor.ts';
import { documentAuthor } from './writtenBy.ts';
import { escape, holdsDescription, placedOfficeRole, redescribedByPossessive, resolveRole, sentenceEnds, sentencesBetween } from './resolveRole.ts';
import type { RoleContext } from './resolveRole.ts';
import { resolveAgedDescription } from './resolveAgedDescription.ts';
import { onlyPersonPrinted, otherPersonPrinted, recentlyNamedPerson } from './recentlyNamedPerson.ts';
import { isCommonWord, isPlaceName, isPlaceNoun } from './wordnetNouns.ts';
import { namedRightAfter } from './namedRightAfter.ts';
import { organisationInReach } from './organisationInReach.ts';
import { namedNextSentence } from './namedNextSentence.ts';
import { isPluralOfPeople, pairNamedBefore } from './pairNamedBefore.ts';
import { restatedSource } from './restatedSource.ts';
import { textOpeningSentence } from './textOpeningSentence.ts';

export interface ResolvedSpeaker {
  speaker: string | null;
  speakerType: SpeakerType | null;
  role: string | null;
}

/** A subject in text order: a quote's attribution (resolved) or a sentence subject (context only). */
export interface SpeakerEvent {
  offset: number;
  phrase: SpeakerPhrase;
  kind: 'attribution' | 'subject';
  /** Russian "по словам X" prints X in the genitive. */
  genitive?: boolean;
  /** Document nouns printed in the event's sentence ("said in a statement"): the speaker issued them. */
  documents?: readonly string[];
}

interface Known extends ResolvedSpeaker {
  speaker: string;
}

/**
 * Tells a named person's gender, when the text or the first name does ("Mrs. Abedini", "Hillary Clinton"); with
 * `textOnly`, only when the text does (a title, a gendered role, a pronoun), not the first-name lists.
 */
export type GenderOf = (name: string, role?: string | null, textOnly?: boolean) => Gender | null;

/**
 * Resolve every attribution event; subject events only update who "he" or "it" may be. "he" and "she" are the
 * last person unless the text shows that one to be of the other gender; then the latest known to agree, or null.
 */
export function resolveSpeakers(events: SpeakerEvent[], index: NameIndex, readGender: GenderOf = () => null, masked = ''): Map<SpeakerEvent, ResolvedSpeaker> {
  // "“...,” Lund said. He called it ...": a person the text itself gives no gender has the one of the pronoun that
  // took them up, for the rest of the text ("she" after him is someone else), before the first-name lists' guess
  // ("Kelly Brandt ... he said"); 'both' when two pronouns disagree.
  const taken = new Map<string, Gender | 'both'>();
  const genderOf: GenderOf = (name, role, textOnly = false) => {
    const told = readGender(name, role, true);
    const learned = told === null ? taken.get(name) : undefined;
    if (learned !== undefined && learned !== 'both') return learned;
    // Pronouns that disagree leave the lists' guess, and tell the text's gender no more than they do.
    return textOnly && learned !== 'both' ? told : readGender(name, role);
  };
  const out = new Map<SpeakerEvent, ResolvedSpeaker>();
  const roster: Known[] = [];
  // The person the event before was about: who a new description of a person ("the property developer") may be.
  let previous: RoleContext['previous'] = null;
  // The event before, when it named a single word that nothing shows to be a person's or an organisation's.
  let bare: BareName | null = null;
  // The last such single name that the text keeps naming, however far back: who "she" is when no person agrees.
  let lastBare: BareName | null = null;
  // The last speaker printed by a given name alone ("“...,” Melanie said"), read as a body's name for want of a person's.
  let given: BareName | null = null;
  // Single names a pronoun showed to be a person's ("Kempthorne said. ... he said"): a person's wherever printed.
  // A single name a person described is known by ("the base chief known as Bob") is proven from the start.
  const proven = knownAsNames(masked);
  // Names "the company" or "it" resolved to ("Big Machine ... the company says"): an organisation's wherever printed,
  // though two capitalised words look like a person's.
  const provenOrganisations = new Set<string>();
  // Each name is counted over the text once, however many times it speaks.
  const often = new Map<string, boolean>();
  const oftenNamedIn = (name: string): boolean => {
    let seen = often.get(name);
    if (seen === undefined) often.set(name, (seen = oftenNamed(name, masked)));
    return seen;
  };
  let lastPerson: Known | null = null;
  // Where the last person was written about (lastPerson's event).
  let lastPersonAt: number | null = null;
  // The last attribution to one unnamed person ("a police spokesman", "one witness") when no other subject came
  // since: who "he" or "she" in the next sentences is, not the named person before it.
  let unnamed: BareName | null = null;
  // The last sentence subject of that kind whose noun tells no gender ("a cashier"), with no other subject since.
  let described: BareName | null = null;
  let lastOrganisation: Known | null = null;
  // A name that only looks like a person's ("Corvane Air"): what "the airline" means when no organisation spoke.
  let lastUnproven: Known | null = null;
  // Who issued the last "statement", "report" ... named in the text: what "the statement added" refers to.
  const issuers = new Map<string, Known>();
  // The other speakers heard since each issuer's document was named: after two, "the statement" may be anyone's.
  const heardSince = new Map<string, Set<string>>();
  const issuerOf = (noun: string): Known | undefined => ((heardSince.get(noun)?.size ?? 0) < 2 ? issuers.get(noun) : undefined);
  // The last attribution that named its speaker: who issued "the statement" no sentence named an issuer of, when that
  // attribution is in the sentence before.
  let lastSpoke: BareName | null = null;
  // The last attribution, when a document spoke in it ("..., the report says."): what "It also points out" means in
  // the next sentence, not the last body or group.
  let documentSpoke: BareName | null = null;
  // Every speaker an attribution named, in text order: what a description with an initialism may spell out.
  const spoke: Known[] = [];
  // The last organisation or plural description ("the groups", "officials"): who "they" are.
  let lastGroup: Known | null = null;
  // Whether that group is joint speakers who spoke ("Ann Lee and Tom Roe said"), not a body a sentence is about.
  let groupSpoke = false;
  // Where the sentence that opened on that group ends, when the group is a plural description a sentence opened on
  // ("Workers objected ..."): "they" means it only in the next sentence.
  let groupSubjectAt: number | null = null;
  // Descriptions read in lower case that the text prints as proper plurals ("liberals" shown "Liberals").
  const shownAs = new Map<string, string>();
  const pronounSubjectBefore = (raw: string, offset: number): KnownName | null => {
    const wanted = pronounGender(raw);
    return wanted === null ? null : subjectOfSentenceBefore(masked, index, offset, wanted, genderOf);
  };
  const ordered = [...events].sort((a, b) => a.offset - b.offset);
  for (const event of ordered) {
    const { phrase } = event;
    // "This is not the race Mia Lund hoped to run. She acknowledges that": the person that sentence was about is who
    // "she" means now, and next, not the last person who spoke.
    const shiftedTo: KnownName | null = phrase.refersTo === 'person' && lastPerson !== null ? pronounSubjectBefore(phrase.raw, event.offset) : null;
    if (shiftedTo !== null && shiftedTo.name !== (lastPerson as Known | null)?.speaker) {
      lastPerson = { speaker: shiftedTo.name, speakerType: 'person', role: shiftedTo.role };
      lastPersonAt = event.offset;
      roster.push(lastPerson);
    }
    // "Both men said", "the founders insisted": the pair of people named just before, by the first-named.
    const pair = event.kind === 'attribution' && isPluralOfPeople(phrase.raw, phrase.head) ? pairNamedBefore(masked, event.offset, index) : null;
    // "Zenith Daily asked ... The website noted": the source that spoke just before, of the description's kind.
    const restated = restatedSource(phrase, event.offset, lastSpoke, masked, genderOf);
    // "The paper notes ..., and it says": the text the sentence opens on, not the body last named.
    const opened = isItPronoun(phrase) ? textOpeningSentence(masked, event.offset) : null;
    let resolved: ResolvedSpeaker | null =
      pair !== null
        ? { speaker: pair.name, speakerType: 'person', role: phrase.name }
        : restated !== null
        ? restated
        : phrase.refersTo === 'document'
        ? (issuerOf(phrase.head ?? '') ?? (issuers.has(phrase.head ?? '') ? null : issuedBy(event, lastSpoke, masked)) ?? describe(phrase))
        : opened !== null
        ? describe(opened)
        : isItPronoun(phrase) && documentSpoke !== null && sentencesBetween(masked, documentSpoke.offset, event.offset) <= 1
        ? documentSpoke.known
        : isPluralPronoun(phrase)
          ? (frontedGroup(masked, event.offset) ?? (groupSubjectAt !== null && sentencesBetween(masked, groupSubjectAt, event.offset) > 0 ? null : lastGroup))
          : phrase.head === 'another' && phrase.name === null
            ? anotherOf(event, unnamed, masked)
            : (unnamedSpeaker(event, unnamed, described, masked) ?? resolveOne(event, { index, roster, previous, masked, genderOf, bare, lastBare, spoke, given }, lastPerson, lastOrganisation ?? lastUnproven));
    if (resolved?.speaker && resolved.speakerType === 'organisation' && proven.has(resolved.speaker)) resolved = { ...resolved, speakerType: 'person' };
    else if (resolved?.speaker && resolved.speakerType === 'person' && phrase.refersTo === null && provenOrganisations.has(resolved.speaker)) resolved = { ...resolved, speakerType: 'organisation' };
    // A name printed with a title or a person's role ("Dr Ana Ruiz") stays a person's, whatever "the agency" was taken to mean.
    const referred = isOrganisationReference(phrase) && resolved?.speakerType === 'organisation' ? (resolved.speaker ?? '') : '';
    if (/^\p{Lu}/u.test(referred) && !proven.has(referred) && !isStrongPerson(index, referred)) provenOrganisations.add(referred);
    // "he" or "she" was a single name's: that name is a person, the one "he" may mean next.
    if (phrase.refersTo === 'person' && resolved?.speaker && [bare, lastBare].some((b) => b?.known.speaker === resolved?.speaker)) {
      proven.add(resolved.speaker);
      lastPerson = { ...resolved, speaker: resolved.speaker, speakerType: 'person' };
      roster.push(lastPerson);
      if (lastOrganisation?.speaker === resolved.speaker) lastOrganisation = null;
    }
    const pronoun = phrase.refersTo === 'person' ? pronounGender(phrase.raw) : null;
    if (pronoun !== null && resolved?.speakerType === 'person' && resolved.speaker && readGender(resolved.speaker, resolved.role, true) === null) {
      const seen = taken.get(resolved.speaker);
      taken.set(resolved.speaker, seen === undefined || seen === pronoun ? pronoun : 'both');
    }
    // "Liberals say ... . They say": a proper plural read in lower case is shown as printed, wherever it resolves.
    if (phrase.shown !== undefined && phrase.name !== null) shownAs.set(phrase.name, phrase.shown);
    const display = resolved?.speaker ? shownAs.get(resolved.speaker) : undefined;
    if (event.kind === 'attribution') documentSpoke = phrase.refersTo === 'document' && resolved?.speaker ? { offset: event.offset, known: { ...resolved, speaker: resolved.speaker } } : null;
    if (event.kind === 'attribution') out.set(event, resolved === null ? { speaker: null, speakerType: null, role: null } : display === undefined ? resolved : { ...resolved, speaker: display });
    const speaker: string | null = resolved?.speaker ?? null;
    previous =
      resolved !== null && speaker !== null && resolved.speakerType === 'person' && /^\p{Lu}/u.test(speaker)
        ? { offset: event.offset, known: { speaker, speakerType: 'person', role: resolved.role } }
        : null;
    bare = event.kind === 'attribution' && resolved !== null && speaker !== null && isBareName(phrase, resolved, index, masked) ? { offset: event.offset, known: { ...resolved, speaker } } : null;
    if (bare !== null && oftenNamedIn(bare.known.speaker)) lastBare = bare;
    if (event.kind === 'attribution' && resolved?.speaker && resolved.speakerType === 'organisation' && givenNameAlone(phrase, resolved.speaker)) given = { offset: event.offset, known: { ...resolved, speaker: resolved.speaker } };
    if (resolved === null || resolved.speaker === null) continue;
    const known: Known = { ...resolved, speaker: resolved.speaker };
    if (event.kind === 'attribution' && phrase.refersTo !== 'document') {
      lastSpoke = { offset: event.offset, known };
      for (const [noun, issuer] of issuers) if (issuer.speaker !== known.speaker) heardSince.get(noun)?.add(known.speaker);
      spoke.push(known);
    }
    // "“...,” said Fleischer.\n\n... the businessman has insisted ...": an unresolved definite description is who "he"
    // next is only when no named person was written about since its paragraph began.
    const paragraphStart = masked.lastIndexOf('\n\n', event.offset);
    const fresh = lastPersonAt === null || lastPersonAt < paragraphStart;
    // A sentence's subject counts too when its noun tells a gender ("A 29-year-old Berlin woman ... received"): whom
    // "she" next means.
    const gendered = event.kind === 'subject' && roleGender(phrase.head ?? '') !== null;
    // "Another said" is one more such person, whom a second "another" follows on from.
    const another = phrase.head === 'another' && phrase.name === null;
    if ((event.kind === 'attribution' || gendered) && (another || isUnnamedPerson(phrase, resolved, fresh))) unnamed = { offset: event.offset, known };
    else if (known.speaker !== unnamed?.known.speaker) unnamed = null;
    // "At a drugstore, a cashier was shaken ... “...,” said the woman": a subject no noun gives a gender, whom only "the
    // woman" or "the man" may mean.
    if (event.kind === 'subject' && !gendered && isUnnamedPerson(phrase, resolved)) described = { offset: event.offset, known };
    else if (known.speaker !== described?.known.speaker) described = null;
    // "She and her defenders argue that ... They note": a pronoun joined to people of theirs opens a group, as joint
    // names do, named by the one the pronoun means.
    const joined = isJoint(phrase) || (event.kind === 'attribution' && phrase.refersTo === 'person' && pronounWithOthers(masked, event.offset, phrase.raw));
    // A group a sentence opened on is one whatever its noun's shape ("People briefed on the talks were adamant").
    const group = isPluralHead(phrase.head) || joined || phrase.groupSubject === true;
    // Anyone else who speaks ends that group's hold: "they" may be the body they speak for.
    if (event.kind === 'attribution' && known.speaker !== lastGroup?.speaker) groupSpoke = false;
    // "Ann Lee and Tom Roe argue ... The United States might have ... Even so, they write": joint speakers stay who
    // "they" are through sentences about one body; a body that speaks, or another group, takes their place.
    if ((known.speakerType === 'organisation' && !(groupSpoke && event.kind === 'subject')) || group) {
      // The sentence's subject after its own attribution ("Ann Lee and Tom Roe said ...") is the same group that spoke.
      groupSpoke = (joined && event.kind === 'attribution') || (groupSpoke && lastGroup?.speaker === known.speaker);
      // A group that spoke in that sentence ("Several senators said ...") keeps the hold its attribution gave it.
      const holding = lastGroup as Known | null;
      const spokeJustNow: boolean = holding !== null && holding.speaker.toLowerCase() === known.speaker.toLowerCase() && groupSubjectAt === null;
      groupSubjectAt = phrase.groupSubject === true && !spokeJustNow ? event.offset : null;
      lastGroup = known;
    }
    // "Kraft issued a statement." names who "the statement" is, whether or not that sentence quotes it.
    if (phrase.refersTo !== 'document') {
      for (const noun of event.documents ?? []) {
        issuers.set(noun, known);
        heardSince.set(noun, new Set());
      }
    }
    // Descriptions ("sources", "critics") are not antecedents for "he" or "it".
    if (event.phrase.name === null || /^\p{Ll}/u.test(event.phrase.name)) continue;
    if (known.speakerType === 'person') {
      // "I said ... “Only you,” she said": the first person ("Had I received ..." read as a subject) is nobody "he"
      // or "she" points back at.
      if (/(?:^|\s)(?:I|We)$/.test(known.speaker)) continue;
      lastPerson = known;
      lastPersonAt = event.offset;
      roster.push(known);
      // A title printed alone ("King said") is a surname: a person's, never what "it" or "the company" means.
      if (event.kind === 'attribution' && event.phrase.refersTo === null && event.phrase.strongPerson !== true && event.phrase.titleAlone !== true) {
        lastUnproven = known;
      } else if (lastUnproven?.speaker === known.speaker) lastUnproven = null;
    } else lastOrganisation = known;
  }
  return out;
}

const lastWord = (name: string): string => name.split(/\s+/).pop() ?? name;

/** Subordinators that open a clause fronted before the main clause ("When ..., he said"). */
const FRONTED_CLAUSE = /^(?:When|After|Before|As|Because|While|Although|Though|Once|Since|Until)\s+([^,;:§]+?),\s+(?:he|she)\s+\p{Ll}+/u;

/**
 * "When Norland President Ivo Brandt first announced the exchange, he said": the one person printed in full as the
 * first capitalised run of a clause fronted by a subordinator, when the pronoun right after that clause's comma stands
 * where the event does (the pronoun, or the quote or clause after its cue); else null.
 */
function frontedClauseSubject(masked: string, offset: number, index: NameIndex): KnownName | null {
  const clause = frontedClause(masked, offset, FRONTED_CLAUSE);
  // The clause's subject: its first run of capitalised words, a role's words before the name included.
  const run = /^((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]*)(?:\s|$)/u.exec(clause ?? '')?.[1];
  if (run === undefined || run.split(/\s+/).length < 2) return null;
  const full = lookupName(index, run.split(/\s+/).pop() ?? '');
  return full !== null && run.endsWith(full.words.join(' ')) ? full : null;
}

/**
 * The clause a subordinator fronts before the pronoun of `pattern` in the sentence of `offset`, when that pronoun
 * stands where the event does (the pronoun, or the quote or clause after its cue); else null.
 */
function frontedClause(masked: string, offset: number, pattern: RegExp): string | null {
  // The sentence opens after the last sentence end or line break (a closing quote is masked with its full stop).
  const reach = Math.max(0, offset - 400);
  const end = sentenceEnds(masked.slice(reach, offset)).pop() ?? 0;
  const from = Math.max(reach + end, masked.lastIndexOf('\n', offset) + 1);
  const clause = pattern.exec(masked.slice(from, offset + 40));
  return clause === null || from + clause[0].length + 12 < offset ? null : (clause[1] ?? null);
}

/**
 * "During an interview, Tom Brandt was talking about the harbour when he told a reporter, “...”": a sentence whose
 * main clause opens on a person printed by name (after at most a fronted phrase and its comma), then a subordinator
 * and "he" or "she" whose cue the event is; the main clause between names nobody else the text knows.
 */
const TRAILING_CLAUSE = new RegExp(
  String.raw`^(?:[^,;:§“”"]{1,60},\s+)?(${PRINTED_PERSON})\s+(\p{Ll}[^;:§“”"]*?)\s+(?:when|as|after|before|while|because|since|until|once)\s+(he|she)\s+\p{Ll}+`,
  'u',
);

/** The person a sentence's main clause opens on, whom "he" or "she" in its trailing subordinate clause means; else null. */
function trailingClauseSubject(masked: string, offset: number, index: NameIndex): KnownName | null {
  const reach = Math.max(0, offset - 400);
  const end = sentenceEnds(masked.slice(reach, offset)).pop() ?? 0;
  const from = Math.max(reach + end, masked.lastIndexOf('\n', offset) + 1);
  const m = TRAILING_CLAUSE.exec(masked.slice(from, offset + 40));
  if (m === null) return null;
  // The event is the pronoun or the quote or clause its cue opens: no sentence end and no other cue's words between.
  const pronoun = from + m[0].lastIndexOf(` ${m[3] ?? ''} `) + 1;
  if (offset < pronoun || /[.!?]/.test(masked.slice(pronoun, offset))) return null;
  const full = personPrintedAs(index, m[1] ?? '');
  if (full === null || !full.person) return null;
  // Nobody else the text knows printed in the main clause ("Lee praised Roe when he said" could mean either).
  const others = [...(m[2] ?? '').matchAll(/\b\p{Lu}[\p{L}’'-]+/gu)].some((w) => {
    const known = lookupName(index, stripPossessive(w[0]));
    return known !== null && known.person && known.name !== full.name;
  });
  return others ? null : full;
}

/** A clause fronted by a subordinator before "they" ("While unions like ... praised the plan, they said"). */
const FRONTED_GROUP_CLAUSE = /^(?:When|After|Before|As|Because|While|Although|Though|Once|Since|Until)\s+([^,;:§]+?),\s+they\s+\p{Ll}+/u;

/**
 * "While civil rights groups like the Harbour Trust and the Ferry Users' League praised the plan, they said it went
 * too far": the first body a fronted clause's subject gives as an example ("like", "such as", "including") is who the
 * "they" after its comma are, as the first-named of joint speakers is; null when the clause opens otherwise.
 */
function frontedGroup(masked: string, offset: number): ResolvedSpeaker | null {
  const clause = frontedClause(masked, offset, FRONTED_GROUP_CLAUSE);
  const named = /^(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+s\s+(?:like|such\s+as|including)\s+(?:the\s+)?(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'&.-]*)*)/u.exec(clause ?? '');
  return named?.[1] === undefined ? null : { speaker: named[1], speakerType: 'organisation', role: null };
}

/** "As for Ivo Brandt, he said ...": the topic a sentence opens on, the pronoun after its comma and the pronoun's verb. */
const TOPIC_OF_PRONOUN = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n)As\s+(?:for|to)\s+(${PRINTED_PERSON}),\s+(?:he|she)\s+(\p{Ll}+)(?:\s+that)?\s*`, 'gu');

/**
 * "As for Ivo Brandt, he said ...": the person printed in full (or by the surname of one printed in full) as the topic
 * a sentence opens on ("As for", "As to"), when the event stands between the pronoun right after its comma and the
 * clause after its cue; else null.
 */
function topicOfPronoun(masked: string, offset: number, index: NameIndex): KnownName | null {
  const from = Math.max(0, offset - 120);
  const window = masked.slice(from, offset + 40);
  for (const m of window.matchAll(TOPIC_OF_PRONOUN)) {
    const pronoun = from + (m.index ?? 0) + m[0].lastIndexOf(', ') + 2;
    const end = from + (m.index ?? 0) + m[0].length;
    if (offset < pronoun || offset > end) continue;
    const full = personPrintedAs(index, m[1] ?? '');
    if (full !== null) return full;
  }
  return null;
}

/**
 * "and Ms. Ortiz, she said, ''...''": the surname printed right before a pronoun whose cue is set off by commas (the
 * subject of the clause the cue interrupts), else null.
 */
function subjectBeforeInterruption(masked: string, offset: number): string | null {
  // The event stands at the pronoun or at the quote right after its cue.
  const from = Math.max(0, offset - 80);
  const window = masked.slice(from, offset + 40);
  // The name opens its clause: after "and", "but" or "that", or opening the sentence ("Of the scrutiny over Melania
  // Trump, he said," is a fronted phrase, not a clause's subject).
  for (const m of window.matchAll(/(?:^|[.!?]\s+|\s(?:and|but|that)\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}’'-]+),\s+(he|she)\s+\p{Ll}+,\s*/gu)) {
    const pronoun = from + (m.index ?? 0) + m[0].indexOf(`, ${m[2] ?? ''}`) + 2;
    const end = from + (m.index ?? 0) + m[0].length;
    if (pronoun === offset || end === offset) return m[1] ?? null;
  }
  return null;
}

/**
 * "A spokeswoman for the port said ...": one person the text introduces without naming, printed as the speaker of an
 * attribution ("a representative", "one witness", "the woman" nothing resolved); not a plural ("aides", "one of his
 * advisers"), not a role that resolved to a named person and not a definite description ("the senator").
 */
function isUnnamedPerson(phrase: SpeakerPhrase, resolved: ResolvedSpeaker, fresh = false): boolean {
  // "Another Muslim who asked not to be named said": one capitalised noun after an indefinite determiner describes
  // someone as a lower-case noun does, when nothing resolved it to a name.
  const described = /^(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+\p{Lu}\p{Ll}+$/u.test(phrase.raw) && resolved.speaker?.toLowerCase() === phrase.raw.toLowerCase();
  if (phrase.refersTo === 'person' || phrase.refersTo === 'document' || phrase.name === null || !(described || /^\p{Ll}/u.test(phrase.name))) return false;
  if (resolved.speakerType !== 'person' || resolved.speaker === null || !(described || /^\p{Ll}/u.test(resolved.speaker))) return false;
  if (isPluralHead(phrase.head) || /^one\s+of\b/i.test(phrase.raw)) return false;
  // "a police spokesman", "one witness" introduce someone new; "the senator" is more often someone named before,
  // unless it is only "the woman" or "the man" that nothing resolved, or (`fresh`) a description nothing resolved
  // in a paragraph that has named no person yet.
  return /^(?:an?|one|another)\s/i.test(phrase.raw) || /^the\s+(?:wo)?man$/i.test(phrase.raw) || (fresh && /^[Tt]he\s+\p{Ll}+$/u.test(phrase.raw));
}

/**
 * "A port spokeswoman said ... . She added ...": "he" or "she" (or "the woman") within the next two sentences of an
 * unnamed person's attribution, with no other speaker or subject in between, is that person when the description's
 * words do not tell the other gender ("the woman" is never "he").
 */
function unnamedSpeaker(event: SpeakerEvent, last: BareName | null, subject: BareName | null, masked: string): ResolvedSpeaker | null {
  // "Another worshipper, who asked not to be named, said ... “...,” the man said": "the man" or "the woman" is that
  // person as a pronoun would be; so is an unnamed subject whose noun tells no gender ("a cashier"), never "she".
  // "Another source familiar with the talks said, “...” ... the person added": "the person" or "the source" is that
  // unnamed source, of either gender, unless another source was brought in since ("a second source ... did so, with a
  // caveat: “...,” the source said" is that second one, whom the description as printed names better).
  const neutral = /^the\s+(person|source)$/i.exec(event.phrase.raw.trim());
  if (neutral !== null && last !== null && sentencesBetween(masked, last.offset, event.offset) <= 2) {
    const since = masked.slice(last.offset, event.offset);
    if (!/\b(?:an?|another|one)\s+(?:[\p{Ll}-]+\s+){0,3}(?:source|person)\b/iu.test(since)) return last.known;
  }
  const bareNoun = /^the\s+(?:wo)?man$/i.test(event.phrase.raw) ? roleGender(event.phrase.head ?? '') : null;
  const wanted = event.phrase.refersTo === 'person' ? pronounGender(event.phrase.raw) : bareNoun;
  const unnamed = bareNoun === null ? last : (last ?? subject);
  if (unnamed === null || wanted === null || sentencesBetween(masked, unnamed.offset, event.offset) > 2) return null;
  const described = roleGender(`${unnamed.known.speaker} ${unnamed.known.role ?? ''}`);
  return described === null || described === wanted ? unnamed.known : null;
}

/**
 * "“...,” one user wrote. Another said: “...”": a bare "another" is one more person of those the unnamed speaker just
 * before was one of, named by that speaker's noun ("another user"); nobody when no such description spoke within two
 * sentences.
 */
function anotherOf(event: SpeakerEvent, last: BareName | null, masked: string): ResolvedSpeaker | null {
  if (last === null || sentencesBetween(masked, last.offset, event.offset) > 2) return null;
  const noun = /^(?:an?|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)$/u.exec(last.known.speaker.trim())?.[1];
  if (noun === undefined) return null;
  const speaker = `another ${noun}`;
  return { speaker, speakerType: 'person', role: speaker };
}

/**
 * "The campaign responded that it had moved. “...,” the statement said": a statement no sentence named an issuer of is
 * that of the attribution in the sentence before (or in its own sentence), when that one named its speaker and the
 * text between prints no document ("The Times said Cook provided a written statement": Cook's, not the Times'); a
 * letter, an email or a report is more often printed as itself.
 */
function issuedBy(event: SpeakerEvent, lastSpoke: BareName | null, masked: string): ResolvedSpeaker | null {
  if (lastSpoke === null || event.phrase.head !== 'statement' || sentencesBetween(masked, lastSpoke.offset, event.offset) > 1) return null;
  const between = masked.slice(masked.lastIndexOf('.', lastSpoke.offset) + 1, event.offset).toLowerCase();
  return [...DOCUMENT_NOUNS].some((noun) => new RegExp(`\\b${noun}\\b`).test(between)) ? null : lastSpoke.known;
}

/**
 * "Clinton", "Ban": a single name printed mid-sentence at least three times, never as an employer before a person's
 * name ("Microsoft's Dustin Childs").
 */
function oftenNamed(name: string, masked: string): boolean {
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const printed = masked.match(new RegExp(`[\\p{Ll},]\\s+${quoted}\\b`, 'gu'))?.length ?? 0;
  return printed >= 3 && !new RegExp(`\\b${quoted}['’]s\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}`, 'u').test(masked);
}

interface BareName {
  offset: number;
  known: Known;
}

/**
 * "Kempthorne", "Weitz": a single capitalised word as the speaker, typed an organisation only because nothing shows a
 * person (no first name, title or role), that the text also capitalises mid-sentence (not "Authorities" or
 * "Perhaps" opening one) and with which no organisation's name ends.
 */
function isBareName(phrase: SpeakerPhrase, resolved: ResolvedSpeaker, index: NameIndex, masked: string): boolean {
  const name = resolved.speaker ?? '';
  if (phrase.refersTo !== null || resolved.speakerType !== 'organisation' || !/^\p{Lu}\p{Ll}+$/u.test(name) || ORG_MARKERS.has(name.toLowerCase())) return false;
  if (!new RegExp(`[\\p{Ll},]\\s+${name}\\b`, 'u').test(masked)) return false;
  return !(index.get(name.toLowerCase()) ?? []).some((entry) => entry.words.length >= 2 && !entry.person);
}

/**
 * "Real Madrid", "Coastal Airways": a two-word name with no role whose first word is a common word and whose last is a
 * place's name, or a plural common noun after no first name, is an organisation's ("Bernie Sanders" opens on one).
 */
function looksOrganisation(known: Known, genderOf: (name: string, role?: string | null) => Gender | null): boolean {
  const words = known.speaker.split(/\s+/);
  const [first = '', last = ''] = words;
  if (words.length !== 2 || known.role !== null || !isCommonWord(first.toLowerCase())) return false;
  // "South Carolina" is a place's name, "One California" a count before a description: neither a team nor a firm.
  if (isPlaceName(known.speaker) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|no|each|every|another)$/i.test(first)) return false;
  // "Real Madrid": a common word before a place is no first name, even one a name list knows ("Real").
  if (isPlaceName(last)) return true;
  // "Is Sanders" (a headline's question read as a name) opens on a verb, not a firm's word.
  if (/^(?:is|are|was|were|has|have|had|does|do|did|will|can|could|would|should|may|might|must)$/i.test(first)) return false;
  return /^\p{Lu}\p{Ll}+s$/u.test(last) && isCommonWord(last.toLowerCase()) && !isFirstName(first) && genderOf(known.speaker, known.role) === null;
}

function resolveOne(
  event: SpeakerEvent,
  context: RoleContext & { roster: Known[]; bare: BareName | null; lastBare: BareName | null; spoke: Known[]; given: BareName | null },
  lastPerson: Known | null,
  lastOrganisation: Known | null,
): ResolvedSpeaker | null {
  const { phrase } = event;
  const { index, genderOf, bare, lastBare } = context;
  let { roster } = context;
  const aged = resolveAgedDescription(phrase, event.offset, context);
  if (aged !== null) return aged;
  // "according to an email from the president of ... . In his email, Mark Dalton told ...": the writer named next.
  const sender = senderNamedNext(phrase, event.offset, context.masked);
  if (sender !== null) return { speaker: sender, speakerType: 'person', role: null };
  // "A woman who has sued the council said ... . Ada Brandt, who ...": the person the next sentence introduces.
  const introduced = namedNextSentence(phrase, event.offset, context);
  if (introduced !== null) return introduced;
  // "the Ohio senator" (read as a body's name) is a person's office: whoever the text shows holds it, else as before.
  const office = placedOfficeRole(phrase);
  const holder = office === null ? null : resolveRole(office, event.offset, context);
  if (holder !== null) return holder;
  if (phrase.refersTo === 'person') {
    const wanted = pronounGender(phrase.raw);
    // "... and Ms. Ortiz, she said, ''exposes him ...''": a person named right before a pronoun's cue set off by commas
    // is the subject of the clause the cue interrupts, not who speaks: the latest other person of the pronoun's gender.
    const subject = subjectBeforeInterruption(context.masked, event.offset);
    const clauseSubject = roster.find((known) => lastWord(known.speaker) === subject);
    if (subject !== null && clauseSubject !== undefined && (wanted === null || genderOf(clauseSubject.speaker, clauseSubject.role) !== opposite(wanted))) {
      return [...roster].reverse().find((known) => lastWord(known.speaker) !== subject && (wanted === null || genderOf(known.speaker, known.role) === wanted)) ?? null;
    }
    // "As for Ivo Brandt, he said he was not worried": the person a sentence opens on as its topic is whom its pronoun
    // means, whoever spoke last.
    const topic = topicOfPronoun(context.masked, event.offset, index);
    if (topic !== null && (wanted === null || genderOf(topic.name, topic.role) !== opposite(wanted))) {
      return { speaker: topic.name, speakerType: 'person', role: topic.role };
    }
    // "When Norland President Ivo Brandt announced the exchange, he said ...": the subject of a fronted clause is whom
    // the main clause's pronoun means, however recently someone else spoke.
    const fronted = frontedClauseSubject(context.masked, event.offset, index);
    if (fronted !== null && (wanted === null || genderOf(fronted.name, fronted.role) !== opposite(wanted))) {
      return { speaker: fronted.name, speakerType: 'person', role: fronted.role };
    }
    // "Tom Brandt was talking about the harbour when he told a reporter, “...”": the main clause's subject.
    const trailing = trailingClauseSubject(context.masked, event.offset, index);
    if (trailing !== null && (wanted === null || genderOf(trailing.name, trailing.role) !== opposite(wanted))) {
      return { speaker: trailing.name, speakerType: 'person', role: trailing.role };
    }
    // "an affidavit written by Marc Bujnowski ... . “...,” he wrote": the author just credited with a document.
    const author = documentAuthor(context.masked, event.offset, index);
    if (author !== null && (wanted === null || genderOf(author.name, author.role) !== opposite(wanted))) {
      return { speaker: author.name, speakerType: 'person', role: author.role };
    }
    // "Coastal Airways cancelled forty flights. ... “...,” he said": "he" or "she" is a person, never a two-word name
    // shaped like a team's or a company's; the latest person before it is in play instead.
    if (wanted !== null && lastPerson !== null && looksOrganisation(lastPerson, genderOf)) {
      roster = roster.filter((known) => !looksOrganisation(known, genderOf));
      lastPerson = roster[roster.length - 1] ?? null;
    }
    // "... according to Kempthorne. ..., he said": a pronoun for a person right after a bare name makes it a person's.
    if (bare !== null && sentencesBetween(context.masked, bare.offset, event.offset) <= 2 && (wanted === null || genderOf(bare.known.speaker) !== opposite(wanted))) {
      return { ...bare.known, speakerType: 'person' };
    }
    // "Clinton said ... Brian Fallon said ... she said": no person agrees, but a single name spoke before, that nothing
    // showed to be an organisation's and whose gender does not contradict.
    const bareAgrees = lastBare !== null && (wanted === null || genderOf(lastBare.known.speaker) !== opposite(wanted)) ? { ...lastBare.known, speakerType: 'person' as const } : null;
    if (wanted === null) return lastPerson ?? bareAgrees;
    // "The plan was drawn up by Oskar Lind at his office. He told the council ...": before any person spoke or acted,
    // the one person printed in the pronoun's sentence or the one before, when that person is known to agree.
    if (lastPerson === null) {
      const only = bareAgrees === null ? onlyPersonPrinted(context.masked, index, event.offset, 1) : null;
      const named = only !== null && !isPlaceName(only.name) && genderOf(only.name, only.role) === wanted ? only : null;
      return named === null ? bareAgrees : { speaker: named.name, speakerType: 'person', role: named.role };
    }
    const genders = roster.map((known) => genderOf(known.speaker, known.role));
    if (genders[genders.length - 1] !== opposite(wanted)) {
      // "“...,” Ann Roe said. ... The board thought of Mia Lund at once. How would she take it? “...,” she replied": the
      // last person agrees, but the text has moved on to another of that gender printed in full since, not to her.
      const since = recentlyNamedPerson(context.masked, index, event.offset, wanted, genderOf, lastPerson.speaker);
      if (since !== null && since.name !== lastPerson.speaker) return { speaker: since.name, speakerType: 'person', role: since.role };
      return givenNameSince(context.given, lastPerson, wanted, context.masked, event.offset) ?? lastPerson;
    }
    // "Kelly Brandt, the head of the port board, said that ... . “...,” he said": only the first-name lists make the
    // last person a woman, that person spoke last, in the pronoun's sentence or the one before, and no one else is
    // printed there: the pronoun tells the text's gender, not the lists. Only "he": the names the lists give women
    // that news prints for men ("Kelly", "Lindsey", "Satya") are many, while "she" after "Robert Miles said" is more
    // often someone the text has not named than him.
    const previous = context.previous;
    const spokeJustBefore = wanted === 'male' && previous !== null && previous.known.speaker === lastPerson.speaker && context.spoke[context.spoke.length - 1]?.speaker === lastPerson.speaker && sentencesBetween(context.masked, previous.offset, event.offset) <= 1;
    if (
      spokeJustBefore &&
      genderOf(lastPerson.speaker, lastPerson.role, true) === null &&
      onlyPersonPrinted(context.masked, index, event.offset, 1)?.name === lastPerson.speaker &&
      !otherPersonPrinted(context.masked, index, event.offset, 1, lastPerson.speaker)
    ) {
      return lastPerson;
    }
    // The last person contradicts the pronoun: the latest one known to agree, else no one (a person whose gender
    // nothing tells is, more often than not, a headline's words taken for a name: "Other Republican").
    const agreeing = roster[genders.lastIndexOf(wanted)] ?? null;
    const named = recentlyNamedPerson(context.masked, index, event.offset, wanted, genderOf, agreeing?.speaker ?? null);
    if (named !== null) return { speaker: named.name, speakerType: 'person', role: named.role };
    return givenNameSince(context.given, agreeing, wanted, context.masked, event.offset) ?? agreeing ?? bareAgrees;
  }
  if (phrase.refersTo === 'organisation') {
    // "His office said", "her campaign said", "his team is suggesting": the office of the one person printed in its
    // sentence, else in the sentence before ("Reporters did not see Ann Lind. Her office said"), not the last
    // organisation that spoke.
    const owned = /^(his|her)\s+(office|campaign|team|camp|staff)$/i.exec(phrase.raw);
    if (owned !== null) {
      const wanted = pronounGender(owned[1] ?? '');
      const agrees = (known: KnownName | null): KnownName | null => (known !== null && (wanted === null || genderOf(known.name, known.role) !== opposite(wanted)) ? known : null);
      const owner = agrees(onlyPersonPrinted(context.masked, index, event.offset, 0)) ?? agrees(onlyPersonPrinted(context.masked, index, event.offset, 1));
      if (owner !== null) return { speaker: `${owner.name}'s ${(owned[2] ?? '').toLowerCase()}`, speakerType: 'organisation', role: null };
    }
    const placed = placeBody(context.masked, phrase.raw, event.offset);
    if (placed !== null) return { speaker: placed, speakerType: 'organisation', role: null };
    // "the council" is the "Carrisford County Council" the text named, whoever spoke last; "the group" the one the
    // text set beside that noun ("The group, Tenants United, formed ...").
    const named = phrase.head ? (apposedOrganisation(context.masked, phrase.head, event.offset) ?? namedBy(index, phrase.head, event.offset)) : null;
    if (named !== null) return { speaker: named, speakerType: 'organisation', role: null };
    const ofKind = phrase.head ? nearestOfKind(context.masked, index, phrase.head, event.offset) : null;
    if (ofKind !== null) return { speaker: ofKind, speakerType: 'organisation', role: null };
    // "The administration said" is a government's: never the last group or firm that spoke ("Tarnby Lawyers Guild"),
    // only the one the text last named by its leader ("the Lind administration"); else the description.
    if (phrase.head === 'administration') {
      const led = [...context.masked.slice(0, event.offset).matchAll(LED_ADMINISTRATION)].pop()?.[1];
      return led === undefined ? describe(phrase) : { speaker: `${led.trim()} administration`, speakerType: 'organisation', role: null };
    }
    // "... flying hours with Skyvane, the airline said": the one organisation its sentence (or the one before) printed.
    const spokeAsBodies = new Set(context.spoke.filter((known) => known.speakerType === 'organisation').map((known) => known.speaker));
    const inReach = phrase.head ? organisationInReach(context.masked, index, phrase, event.offset, spokeAsBodies) : null;
    if (inReach !== null) return { speaker: inReach, speakerType: 'organisation', role: null };
    if (lastOrganisation && !otherKind(lastOrganisation.speaker, phrase.head) && !bodyOfPlace(lastOrganisation.speaker, phrase.head)) return { ...lastOrganisation, speakerType: 'organisation' };
    const likely = phrase.head !== null && phrase.head !== '' ? likelyOrganisation(index, event.offset, phrase.head, PERSONAL_BODIES.has(phrase.head)) : null;
    return likely ? { speaker: likely.name, speakerType: 'organisation', role: null } : describe(phrase);
  }
  if (phrase.refersTo === 'role') {
    // "the spokesman" no one is printed as: the one who spoke for the last person.
    return (
      resolveRole(phrase, event.offset, context) ??
      (/^spokes/.test(phrase.head ?? '') ? lastPerson : null) ??
      (/^the\s/i.test(phrase.raw) ? spelledDescription(phrase, event.offset, context) : namedRightAfter(phrase, event.offset, context)) ??
      describe(phrase)
    );
  }
  if (phrase.name === null) return null;
  if (phrase.titleAlone === true) {
    // "King told the Daily News": the surname of the "Tishana King" the text named, never a king; a surname as printed
    // when the text never gives the full name ("King provided an explanation, saying"), not the last speaker's quote.
    // A title in the text's headline ("Ginsburg apologizes ...; Justice vows to ...") is the role of the person it
    // names: no one.
    const full = lookupName(index, phrase.name);
    if (full !== null) return { speaker: full.name, speakerType: 'person', role: full.role ?? roleOf(roster, full.name) };
    return inTitle(context.masked, event.offset) || !SURNAME_TITLES.has(normaliseWord(phrase.name)) ? null : { speaker: phrase.name, speakerType: 'person', role: null };
  }
  // "a Trump spokesman", "Secretary of State": a person's description opening on a capital is still no name.
  if (/^\p{Ll}/u.test(phrase.name) || (phrase.head !== null && !isPluralHead(phrase.head) && phrase.type === 'person' && phrase.role === phrase.name)) {
    return ownedRoleHolder(phrase, event.offset, context) ?? namedRightAfter(phrase, event.offset, context) ?? redescribedByPossessive(phrase, event.offset, context) ?? describe(phrase);
  }
  const name = event.genitive === true ? nominative(phrase.name) : phrase.name;
  const words = name.split(/\s+/);
  const surname = event.genitive === true ? (phrase.name.split(/\s+/).pop() ?? name) : (words[words.length - 1] ?? name);
  // "Mr. Clinton" is Bill, "Mrs. Clinton" Hillary: a title's gender must agree with the full name it resolves to.
  // "Representative Brooks", "Councilwoman Holt": an office printed as a title before the surname of a person the
  // text names in full ("Rep. Mo J. Brooks Jr."), not part of the name; its gender too must agree.
  const officeBefore = words.length >= 2 && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && (PERSON_NOUNS.has(normaliseWord(w)) || TITLES.has(normaliseWord(w))));
  const titled = titleGender(phrase.raw) ?? (officeBefore ? roleGender(words.slice(0, -1).join(' ')) : null);
  // "I said", "We believe": the first person is never the last word of a name ("even had I known" gave "Had I").
  const firstPerson = /^(?:I|We)$/.test(name);
  // "“...,” I said" in a text credited to one writer ("Copyright © 2015 by Ann Lee"): that writer, named in full.
  const writer = name === 'I' && phrase.raw.trim() === 'I' ? creditedAuthor(context.masked, index) : null;
  if (writer !== null) return { speaker: writer.name, speakerType: 'person', role: writer.role ?? roleOf(roster, writer.name) };
  // "Mr. Khan" in a text that prints "Mrs. Khan" too: a couple share the surname, so the full name must be shown to be
  // of the title's gender ("Ghazala Khan" is no "Mr. Khan"), else the name stays as printed.
  const coupled = titled !== null && titledBothWays(context.masked, surname);
  const full = firstPerson
    ? null
    : lookupName(
        index,
        surname,
        (entry) => (titled === null || (coupled ? genderOf(entry.name, entry.role) === titled : genderOf(entry.name, entry.role) !== opposite(titled))) && !(words.length === 1 && quotedLabel(entry, context.masked)),
        words.length === 1,
      );
  // In the genitive the printed form finds itself in the index: only a different (nominative) entry helps.
  const fullMatches = full !== null && full.name !== phrase.name && (words.length === 1 || officeBefore || full.name.endsWith(name) || event.genitive === true);
  if (fullMatches && full !== null) {
    return { speaker: full.name, speakerType: 'person', role: phrase.role ?? full.role ?? roleOf(roster, full.name) };
  }
  const expanded = words.length === 1 ? spelledOut(index, name, event.offset) : null;
  if (expanded !== null) return { speaker: expanded, speakerType: 'organisation', role: phrase.role };
  // "some accounts call it ''Wilayat Twitter''" shows no person named Twitter: a label the text only quotes proves nothing.
  const person = phrase.provenPerson || (phrase.afterThe !== true && isKnownPerson(index, name, (entry) => !quotedLabel(entry, context.masked)));
  const earlier = roster.find((known) => known.speaker === name);
  return { speaker: name, speakerType: person ? 'person' : 'organisation', role: phrase.role ?? earlier?.role ?? null };
}

/**
 * "“...,” Melanie said": a speaker printed by a given name alone, one the lists give a single gender and that is no
 * place's or common word's ("Israel", "Hope"): a person the text calls by first name, though nothing else shows it.
 */
function givenNameAlone(phrase: SpeakerPhrase, name: string): boolean {
  return phrase.raw.trim() === name && givenNameGender(name) !== null && !isPlaceName(name) && !isCommonWord(name.toLowerCase());
}

/**
 * "The paper sent Ann Lowe ... “...,” Greta said. ... “...,” she said": the speaker last printed by a given name alone,
 * of the pronoun's gender by the lists, when that one spoke after `other` (whom the pronoun would otherwise mean) was
 * last printed; else null.
 */
function givenNameSince(given: BareName | null, other: Known | null, wanted: Gender, masked: string, offset: number): ResolvedSpeaker | null {
  if (given === null || givenNameGender(given.known.speaker) !== wanted) return null;
  const otherAt = other === null ? -1 : masked.lastIndexOf(lastWord(other.speaker), offset);
  return given.offset > otherAt ? { ...given.known, speakerType: 'person' } : null;
}

/** Whether the text prints `surname` after a man's title ("Mr. Khan") and after a woman's ("Mrs. Khan", "Ms. Khan"). */
function titledBothWays(masked: string, surname: string): boolean {
  const after = (titles: string): boolean => new RegExp(`\\b${titles}\\.?\\s+${escape(stripPossessive(surname))}(?!\\p{L})`, 'u').test(masked);
  return after('Mr') && after('(?:Mrs|Ms|Miss)');
}

/**
 * "some accounts call it ''Wilayat Twitter''": a name printed once, as the whole of a quotation of its own, is a label
 * the text quotes, not the full name of the bare "Twitter" it prints elsewhere. `masked` blanks quotations.
 */
function quotedLabel(entry: KnownName, masked: string): boolean {
  if (entry.count !== 1 || masked === '') return false;
  const end = entry.first + entry.name.length;
  if (masked.slice(entry.first, end).replace(/§/g, '') !== '') return false;
  let from = entry.first;
  while (from > 0 && masked[from - 1] === '§') from -= 1;
  let to = end;
  while (to < masked.length && masked[to] === '§') to += 1;
  // The quotation holds the name and at most its marks and a comma on either side.
  return entry.first - from <= 3 && to - end <= 3;
}

/**
 * "the company", "the label", "it": a singular reference to an organisation, whose antecedent is an organisation;
 * not "they" (people too), "his office" or "the campaign" (a person has one).
 */
const isOrganisationReference = (phrase: SpeakerPhrase): boolean =>
  phrase.refersTo === 'organisation' && !isPluralPronoun(phrase) && !/^(?:his|her|their)\s/i.test(phrase.raw) && !PERSONAL_BODIES.has(phrase.head ?? '');

/** "the Lind administration", "the Ann Lind administration": a government named by its leader's name after "the". */
const LED_ADMINISTRATION = /\b[Tt]he\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,2})administration\b/gu;

/** What one person has and news names as if it spoke: "the campaign said" may mean "Clinton's". */
const PERSONAL_BODIES: ReadonlySet<string> = new Set(['campaign', 'office', 'camp', 'team', 'staff', 'family']);

/** Whether the document printed `name` with a title or a person's role. */
const isStrongPerson = (index: NameIndex, name: string): boolean =>
  (index.get(normaliseWord(name.split(/\s+/).pop() ?? '')) ?? []).some((entry) => entry.name === name && entry.strongPerson);

/**
 * Titles that are also common surnames ("King provided an explanation"): printed alone and never completed, such a
 * word is a surname; "Governor said ..." with no name in the text is a bare title, and names no one.
 */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['king', 'major', 'judge', 'prince', 'pope', 'chancellor', 'lord', 'bishop', 'dean', 'marshal']);

/**
 * Whether `offset` is in the title a text of several lines opens with: its lines up to the first that ends a sentence
 * ("Ginsburg apologizes for Trump comments; \nJustice vows to be ... opinions.\n").
 */
function inTitle(masked: string, offset: number): boolean {
  const titleEnd = /[.!?]['"’”]?[ \t]*\n/u.exec(masked)?.index;
  return titleEnd !== undefined && offset < titleEnd;
}

/** "It" as a subject, which may take up the document an attribution before it named ("..., the report says. It ..."). */
const isItPronoun = (phrase: SpeakerPhrase): boolean => phrase.refersTo === 'organisation' && phrase.name === null && /^it$/i.test(phrase.raw.trim());
/**
 * "they" points back at a group, never at one person, contracted too ("they’ve suggested"); so does a phrase read as
 * the "they" it ends on ("In another study they", "In another study they wrote with Ann Lee, they").
 */
const isPluralPronoun = (phrase: SpeakerPhrase): boolean => phrase.refersTo === 'organisation' && phrase.name === null && /(?:^|[\s,])they(?:[’'](?:ve|d|ll|re))?$/i.test(phrase.raw);

/**
 * "Professors Foner and Alba", "Tom Smith and Ann Lee", "Ann Lee and Tom Roe of the University of Tarnby": joint
 * speakers, named by the first, are who "they" are; a body they are at after the names is no part of them.
 */
/**
 * Whether the sentence around `offset` prints the pronoun `pronoun` ("she") joined to people of that person's ("She and
 * her defenders argue", "he and his aides said"): a group the pronoun's person heads.
 */
function pronounWithOthers(masked: string, offset: number, pronoun: string): boolean {
  const word = pronoun.trim().toLowerCase();
  const owner = { he: 'his', she: 'her' }[word];
  if (owner === undefined) return false;
  const ends = sentenceEnds(masked.slice(0, offset));
  const start = ends.at(-1) ?? 0;
  const next = masked.slice(offset).search(/[.!?](?:\s|$)/);
  const sentence = masked.slice(start, next < 0 ? masked.length : offset + next);
  return new RegExp(String.raw`(?<!\p{L})${word}\s+and\s+${owner}\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}{3,}s\s+\p{Ll}`, 'iu').test(sentence);
}

const isJoint = (phrase: SpeakerPhrase): boolean =>
  phrase.withOthers === true ||
  /[\p{L}.]\s+(?:and|&)\s+(?:\p{Lu}\S*\s+){0,3}\p{Lu}[\p{L}’'-]*$/u.test(phrase.raw.replace(APPOSED_AFTER_NAMES, '')) && /^\p{Lu}/u.test(phrase.name ?? '');

/** What may follow joint names in their phrase: a body they are at, or an appositive ("Ann Lee and Tom Roe, a lawyer"). */
const APPOSED_AFTER_NAMES = /(?:\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}|,\s+(?:a|an|the|his|her|their)\s).*$/u;

/** A plural head noun ("groups", "officials"), not a singular ending in s ("boss", "status", "analysis"). */
const isPluralHead = (head: string | null): boolean => head !== null && /^\p{Ll}+[^su]s$/u.test(head) && !/(?:ss|us|is)$/.test(head);

const opposite = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male');

/**
 * "the company" cannot be "Carrisford County Council": its last word names another kind of organisation ("the
 * newspaper" can be "the Journal").
 */
function otherKind(name: string, head: string | null): boolean {
  const last = (name.split(/\s+/).pop() ?? '').toLowerCase();
  return head !== null && last !== head && !ANY_KIND.has(head) && ORG_MARKERS.has(last) && !(OUTLET_NOUNS.has(head) && OUTLET_MARKERS.has(last)) && !(head === 'agency' && PUBLIC_BODIES.test(last));
}

/** Last words of a public body's name that "the agency" may stand for ("the State Department ... said the agency"). */
const PUBLIC_BODIES = /^(?:department|administration|bureau|service|commission|authority|office|agency)$/;

/** Heads that name no kind of organisation: "the group says" after "according to the Maine Fishing Council" is it. */
const ANY_KIND: ReadonlySet<string> = new Set(['group', 'organization', 'organisation']);

/** What a place's name stands for when it speaks ("China said ... the government said"): its rulers. */
const RULERS = /^(?:government|administration|authorities|authority|regime|leadership|kremlin|white house)$/;

/**
 * "China said ..., while the city's police say": a place's name (its commonest sense in WordNet a place) speaks for
 * its rulers, never for its police, its army or a company there; a body that is neither its rulers nor a kind of place
 * ("the state") is not that name.
 */
function bodyOfPlace(name: string, head: string | null): boolean {
  return head !== null && !RULERS.test(head) && !isPlaceNoun(head) && isPlaceNoun(name.replace(/\s+/g, '_'));
}

/**
 * "Hong Kong police have laid siege ... while the city’s police deny ...": a place's body printed by the kind of place
 * ("the city’s police", "the country's army") is the body the text printed before with a place's name ("Hong Kong
 * police", "Hong Kong’s police"), the latest; null when none.
 */
function placeBody(masked: string, raw: string, offset: number): string | null {
  const described = /^the\s+(?:city|country|state|nation|region|territory|province|town|island)['’]s\s+(\p{Ll}+)$/iu.exec(raw);
  const body = described?.[1];
  if (body === undefined) return null;
  const printed = new RegExp(String.raw`(?<!\p{L})(?!The )(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?:['’]s)? ${escape(body)}\b`, 'gu');
  const before = masked.slice(0, offset);
  // "Meanwhile police ...": one capitalised word opening a sentence is no place's name.
  const found = [...before.matchAll(printed)].filter((m) => /\s/.test(m[1] ?? '') || !/(?:^|[.!?]["”’]?\s+|\n)$/u.test(before.slice(0, m.index)));
  const last = found[found.length - 1]?.[1];
  return last === undefined ? null : `${last} ${body}`;
}

/** The multi-word organisation name ending with `head` ("Council"), printed before `offset`, most frequent first. */
function namedBy(index: NameIndex, head: string, offset: number): string | null {
  const entries = (index.get(head.toLowerCase()) ?? []).filter((e) => e.words.length >= 2 && !e.strongPerson && e.first < offset);
  entries.sort((a, b) => b.count - a.count || a.first - b.first);
  return entries[0]?.name ?? null;
}

/**
 * "Corvane Airlines ... told Reuters ... the airline said", "the Bank of Tarnby ... the bank said", "the budget
 * airline Skyvane ... the airline said": a description naming a kind of organisation is the organisation printed
 * nearest before it that the text showed to be of that kind, however many others were printed since: a name (of two
 * words or more, no person's) with the kind's word among its own, or a name printed right after that word; null when
 * none was, or the head names no kind ("the group").
 */
function nearestOfKind(masked: string, index: NameIndex, head: string, offset: number): string | null {
  const kind = head.toLowerCase();
  if (ANY_KIND.has(kind) || PERSONAL_BODIES.has(kind) || !/^\p{Ll}{3,}$/u.test(kind)) return null;
  const before = masked.slice(0, offset);
  const shows = (word: string): boolean => [kind, `${kind}s`, `${kind}es`].includes(normaliseWord(word));
  const entries = [...index.values()].flat().filter((entry) => entry.first < offset && !entry.strongPerson);
  const shown = new Set(entries.filter((entry) => entry.words.length >= 2 && entry.words.some(shows)).map((entry) => entry.name));
  const printedAfter = new RegExp(String.raw`\b${escape(kind)}s?,? (\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4})`, 'gu');
  for (const match of before.matchAll(printedAfter)) {
    // "the company, Mr. Trump said", "the network Tuesday": a title, a given name or a day opens no organisation's name.
    const printed = `${match[1] ?? ''} `;
    const entry = entries.filter((known) => printed.startsWith(`${known.name} `)).sort((a, b) => b.name.length - a.name.length)[0];
    const opener = normaliseWord(entry?.words[0] ?? '');
    if (entry !== undefined && !isFirstName(entry.words[0] ?? '') && !TITLES.has(opener) && !entry.words.some((w) => CALENDAR.test(normaliseWord(w)))) shown.add(entry.name);
  }
  let nearest: { at: number; name: string } | null = null;
  for (const name of shown) {
    const at = before.lastIndexOf(name);
    if (at >= 0 && (nearest === null || at > nearest.at)) nearest = { at, name };
  }
  return nearest?.name ?? null;
}

/**
 * The organisation printed in apposition with `head` before `offset`, the latest one: "The group, Tenants United,
 * formed ...", "Tenants United, a new group of renters, ..." (a name that opens on no given name or title), else null.
 */
function apposedOrganisation(masked: string, head: string, offset: number): string | null {
  const name = String.raw`(\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,5})`;
  const noun = escape(head);
  const patterns = [
    new RegExp(String.raw`\b[Tt]he ${noun}, ${name},`, 'gu'),
    // Closed by a comma, after at most a phrase of place or kind: "Citizens United, the conservative advocacy group,".
    new RegExp(String.raw`${name}, (?:a|an|the) (?:[\p{Ll}-]+ ){0,3}${noun}(?: (?:of|for|in|at|from|based in) [^,.;:]{1,40})?,`, 'gu'),
  ];
  const before = masked.slice(0, offset);
  let latest: { at: number; name: string } | null = null;
  for (const pattern of patterns) {
    for (const match of before.matchAll(pattern)) {
      const printed = match[1] ?? '';
      const at = match.index + match[0].indexOf(printed);
      const words = printed.split(' ');
      // "However, the group ...": one capitalised word opening a sentence is no name.
      const opensSentence = /(?:^|[.!?]["”’]?\s+|\n)$/u.test(before.slice(0, at));
      if (isFirstName(words[0] ?? '') || TITLES.has(normaliseWord(words[0] ?? '')) || (words.length === 1 && opensSentence)) continue;
      // "On Tuesday, the company, which ...", "Since January, the group, led by ...": a phrase of time or place set
      // off before the noun is no name ("The Salvation Army, the charity," is).
      const opener = normaliseWord(words[0] ?? '');
      if ((opener !== 'the' && NOT_NAME_START.has(opener)) || words.some((w) => CALENDAR.test(normaliseWord(w)))) continue;
      if (latest === null || at > latest.at) latest = { at, name: printed };
    }
  }
  return latest?.name ?? null;
}

/**
 * "“...,” said a prominent Republican National Committee member. ... the RNC member said": a definite description
 * opening on an initialism is the speaker an attribution named before with the initialism spelled out and the same
 * words after it; null when none was.
 */
function spelledDescription(phrase: SpeakerPhrase, offset: number, context: { index: NameIndex; spoke: readonly Known[] }): Known | null {
  const [initialism, ...rest] = (phrase.name ?? '').split(/\s+/);
  if (initialism === undefined || rest.length === 0 || !rest.every((w) => /^\p{Ll}/u.test(w))) return null;
  const expanded = spelledOut(context.index, initialism, offset);
  if (expanded === null) return null;
  const wanted = ` ${expanded} ${rest.join(' ')}`.toLowerCase();
  return [...context.spoke].reverse().find((known) => ` ${known.speaker}`.toLowerCase().endsWith(wanted)) ?? null;
}

/**
 * "THR" after "The Hollywood Reporter", "CBC" after "the Canadian Broadcasting Corp.": an initialism is the one
 * name printed before it whose words' initials spell it (an opening "the" may count or not); null when none or
 * several do.
 */
function spelledOut(index: NameIndex, initialism: string, offset: number): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(initialism)) return null;
  const names = new Set<string>();
  for (const entry of [...index.values()].flat()) {
    if (entry.first >= offset || entry.words.length < 2 || entry.strongPerson) continue;
    const initials = entry.words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0] ?? '').join('');
    if (initials === initialism || `T${initials}` === initialism) names.add(entry.name);
  }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

function roleOf(roster: Known[], name: string): string | null {
  return roster.find((known) => known.speaker === name && known.role !== null)?.role ?? null;
}

function describe(phrase: SpeakerPhrase): ResolvedSpeaker | null {
  if (phrase.name === null) return null;
  return { speaker: phrase.name, speakerType: phrase.type, role: phrase.role };
}

// Genitive to nominative for Russian names after "по словам": "Дмитрия Пескова" -> "Дмитрий Песков".
function nominative(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => {
      if (!/\p{Script=Cyrillic}/u.test(word)) return word;
      if (/(?:ой|ей)$/.test(word) && /(?:ов|ев|ин|ск)ой$/.test(word)) return word.replace(/ой$/, 'а');
      if (/ии$/.test(word)) return word.replace(/ии$/, 'ия');
      if (/ия$/.test(word)) return word.replace(/ия$/, 'ий');
      if (/ея$/.test(word)) return word.replace(/ея$/, 'ей');
      if (/(?:ого)$/.test(word)) return word.replace(/ого$/, 'ий');
      if (/[бвгджзклмнпрстфхцчшщ]а$/.test(word)) return word.slice(0, -1);
      return word;
    })
    .join(' ');
}

/**
 * "Ann Roe, Tom Lee’s campaign manager was asked ... Lee’s campaign manager said": a role printed with its owner's
 * possessive is the one person the text printed with that whole role, owner included, never another owner's holder.
 */
function ownedRoleHolder(phrase: SpeakerPhrase, offset: number, context: RoleContext): ResolvedSpeaker | null {
  if (phrase.name === null || !/^\p{Lu}\p{Ll}+[’']s\s+\p{Ll}/u.test(phrase.name)) return null;
  const held = resolveRole(phrase, offset, context);
  return held !== null && held.role !== null && holdsDescription(held.role, phrase.name) ? held : null;
}
