/** The subject of a reporting verb: the noun phrase before it, the one cited, the main clause's, a recipient. */

import { irregularLemmas } from '../irregularVerbs.ts';
import { AUXILIARIES, CLAUSE_WORDS, CUE_WORDS, DOCUMENT_NOUNS, ORG_MARKERS, ORG_NOUNS, PARTICLES, PERSON_NOUNS, STATEMENT_CUES, WEEKDAY, betweenSubjectAndCue, normaliseWord } from './cues.ts';
import { isCapitalised, isPossessive } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import { joinPrinted, printedTokens } from './printedPhrase.ts';
import { describedThenNamed, isRoleNoun, nameAfterRole, nameSetOff } from './setOffRole.ts';
import { isRoleNounWord, nounKind } from './wordnetNouns.ts';
import { isTransitiveVerb } from './wordnetVerbs.ts';
import type { PrintedPhrase } from './printedPhrase.ts';
import { organisationName } from './organisationName.ts';
import { isDescribedConjunct } from './describedConjunct.ts';

export const MAX_SUBJECT_WORDS = 9;
const PRONOUN = /^(?:he|she|it|they|we|i)$/;
const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|month|year)$/i;
const INTRODUCERS = /^(?:\p{Lu}\p{Ll}+ly|In|On|At|After|Before|During|When|While|Since|Earlier|Later|Meanwhile|Last|Yesterday|Today|Speaking|Asked|However|Still)$/u;
const IRREGULAR_VERBS = new Set([
  'said', 'says', 'told', 'sought', 'took', 'made', 'gave', 'went', 'came', 'got', 'kept', 'left', 'met', 'ran', 'won',
  'lost', 'began', 'spoke', 'wrote', 'held', 'brought', 'thought', 'felt', 'stood', 'led', 'put', 'set', 'hit', 'cut',
]);
// Words that may open a sentence before its subject ("But she said ...").
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'now', 'then', 'however', 'meanwhile', 'also', 'instead', 'even']);
/** Words that make a subject a share of a group polled ("47 percent", "half of voters", "two-thirds", "a majority"). */
const SHARE_WORDS = /^(?:percent|half|thirds?|quarters?|two-thirds|three-quarters|majority|plurality)$/i;
/** Words that open a factual clause set before the main one ("While Ramos said ..., he ..."); "if" is a hypothesis. */
export const SUBORDINATORS = /^(?:while|although|though|when|whenever|after|before|because|since|once|whereas)$/i;

/** Whether token `at` is a subordinator opening the sentence, or its clause after "And" or "But". */
export function opensFronted(tokens: readonly Token[], at: number): boolean {
  const open = /^(?:and|but|so)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  return at === open && SUBORDINATORS.test(tokens[at]?.text ?? '');
}
/**
 * Whether token `at`, inside the sentence, is a subordinator whose clause opens on a capitalised name running up to
 * `end` ("... after Zoe Saldana revealed", "... when Ford says"): the name is that clause's subject.
 */
function opensSubordinate(tokens: readonly Token[], at: number, end: number): boolean {
  const name = tokens.slice(at + 1, end);
  if (!(at > 0 && /^(?:when|after|because|since|although|though|whereas)$/.test(tokens[at]?.text ?? '') && name.length > 0 && name.length <= 4 && name.every((t) => t.word))) return false;
  const capital = name.findIndex((t) => isCapitalised(t.text));
  if (capital === 0 && name.every((t) => isCapitalised(t.text))) return true;
  // "... after coach Anna Belk said": a role in lower case before the name.
  if (capital > 0 && name.slice(capital).every((t) => isCapitalised(t.text))) return name.slice(0, capital).every((t) => isRoleNounWord(t.text) || PERSON_NOUNS.has(normaliseWord(t.text)));
  // "... after the club's manager said", "... when local officials said": a described speaker whose head WordNet puts
  // among people or groups.
  const head = name[name.length - 1]?.text ?? '';
  // "... after police said", "... when officials said": a group that news quotes, bare.
  if (name.length === 1 && (head === 'police' || (PERSON_NOUNS.has(head) && /s$/.test(head)))) return true;
  const determined = /^(?:the|a|an|his|her|their|its|local|state|city|federal)$/.test(name[0]?.text ?? '') || /[’']s$/.test(name[0]?.text ?? '');
  return capital === -1 && name.length >= 2 && determined && /^\p{Ll}+$/u.test(head) && /^(?:person|group)$/.test(nounKind(head) ?? '');
}
// Prepositions: a subject does not run across them unless it opens with a name ("Rep. Tom Cole of Oklahoma").
export const SUBJECT_BREAKERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'with', 'about', 'by', 'for', 'of', 'into', 'than']);

/**
 * Where a "who" clause that runs with no punctuation up to `end` starts, after a word that it describes ("The
 * officer who fired the shot"); -1 when the words before `end` are no such clause (a cue or another clause word in it
 * reports or subordinates something of its own).
 */
function restrictiveRelative(tokens: readonly Token[], end: number): number {
  let from = end;
  for (let j = end - 1; j >= Math.max(1, from - 10); j -= 1) {
    const token = tokens[j];
    if (token === undefined || !token.word) return -1;
    if (token.text !== 'who') {
      // "who asked not to be named": a negation is no clause of its own.
      if ((token.text !== 'not' && CLAUSE_WORDS.has(normaliseWord(token.text))) || STATEMENT_CUES.has(normaliseWord(token.text))) return -1;
      continue;
    }
    // "A worshipper who prays there and who asked not to be named": two such clauses joined by "and" describe one noun.
    if (tokens[j - 1]?.text === 'and' && j >= 3) {
      from = j - 1;
      j -= 1;
      continue;
    }
    // "Friends of Mr. Clinton's who ...": the clause describes the possessed noun, not the owner a walk back would find.
    return tokens[j - 1]?.word === true && !/[’']s?$/.test(tokens[j - 1]?.text ?? '') && j < end - 1 ? j : -1;
  }
  return -1;
}

/**
 * The subject right before the cue, opening the sentence (after a conjunction or an introductory phrase set off
 * by a comma): "Peskov", "But she", "Rep. Tom Cole of Oklahoma, an ally of the leadership,". Returns the subject
 * as printed, with an appositive kept so that it gives the role.
 */
export function subjectBefore(tokens: Token[], cueAt: number): PrintedPhrase | null {
  let end = cueAt;
  while (end > 0 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  // "The ministry less than two weeks ago said": a time before the cue is the saying's, not the subject's.
  end = agoPhraseStart(tokens, end);
  while (end > 0 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  // "She continues to insist that ...", "The crews are all quick to point out that ...": a verb or an adjective that
  // carries the saying out stands between the subject and its cue, as an auxiliary does.
  const carried = catenativeStart(tokens, end);
  if (carried !== end) {
    end = carried;
    while (end > 0 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  }
  const atBody = subjectAtBody(tokens, end);
  if (atBody !== null) return atBody;
  // "The officer who fired the shot says ...": a relative clause with no comma between a noun and the cue describes
  // the noun, the subject.
  const relative = restrictiveRelative(tokens, end);
  if (relative !== -1) return subjectBefore(tokens, relative);
  // "Lee, who said he ...", "... sided with Ms. Lee, who has said she ...": a "who" set off by a comma reports what the
  // name before the comma said.
  if (tokens[end - 1]?.text === 'who' && tokens[end - 2]?.text === ',') return nameBeforeWho(tokens, end - 2);
  let appositive: [number, number] | null = null;
  // "The officials — two senators and a judge — said": words set off by a pair of dashes before the cue describe or
  // name the subject before them, as an appositive set off by commas does.
  // A dash may be printed as two hyphens ("The officials -- two senators and a judge -- said").
  const closing = doubleHyphenAt(tokens, end - 2) ? end - 2 : end - 1;
  if (closing === end - 2 || isSpacedDash(tokens, end - 1)) {
    let open = closing - 1;
    while (open > 0 && end - open < MAX_DASHED_TOKENS && (tokens[open]?.word === true || tokens[open]?.text === ',')) open -= 1;
    const opening = doubleHyphenAt(tokens, open - 1) ? open - 1 : open;
    if (open >= closing - 1 || !(opening < open || isSpacedDash(tokens, open))) return null;
    // "A former Liberal candidate -- Ann Lee, who lost in 2004 -- said": a person's name set off after a description
    // of a role, and described in turn after its comma, is who the role describes, the subject.
    const named = nameSetOff(tokens, open + 1);
    if (named !== -1 && named < closing && tokens[named]?.text === ',' && isRoleNoun(tokens[opening - 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[opening - 1]?.text ?? ''))
      return phraseOf(tokens, open + 1, named);
    // Only names set off are kept with the subject ("The critics — Ann Lee and Tom Roe —"); a description or an aside
    // ("— and, in particular, Senate Minority Leader Harry Reid —") is left out.
    if (namesSetOff(tokens.slice(open + 1, closing))) appositive = [open + 1, closing];
    end = opening;
  } else if (tokens[end - 1]?.text === ',' || quoteEndsRelative(tokens, end - 1) || quoteEndsAppositive(tokens, end - 1)) {
    const named = nameBeforeAsides(tokens, end - 1);
    if (named !== null) return named;
    // "X, in a statement on Thursday, said" or "X, a Russian official, said".
    let open = end - 2;
    while (open > 0 && end - open < 16 && tokens[open]?.text !== ',') open -= 1;
    if (open <= 0 || tokens[open]?.text !== ',') open = longAppositiveOpen(tokens, end - 1);
    if (open <= 0 || tokens[open]?.text !== ',') return null;
    if (!SUBJECT_BREAKERS.has(normaliseWord(tokens[open + 1]?.text ?? ''))) appositive = [open + 1, end - 1];
    end = open;
  }
  let start = end;
  let joined = false;
  while (start > 0 && end - start < MAX_SUBJECT_WORDS) {
    const token = tokens[start - 1];
    if (token === undefined || !(token.word || /^[’'-]$/.test(token.text)) || isSpacedDash(tokens, start - 1)) break;
    const word = normaliseWord(token.text);
    if (openersOnly(tokens, start)) break;
    if (/^(?:and|but)$/.test(word) && (tokens[start - 2]?.text === ',' || isSpacedDash(tokens, start - 2))) break;
    // "... Scope of exceptions But Kempthorne noted that": a capitalised "But" inside a sentence opens a new one (a
    // crosshead or headline ran into it).
    if (/^(?:But|And)$/.test(token.text) && start > 1) break;
    // "the UN Relief and Works Agency said": "and" inside an organisation's capitalised name.
    if (word === 'and' && isCapitalised(tokens[start - 2]?.text ?? '') && endsOrgName(tokens.slice(start, end))) {
      start -= 1;
      continue;
    }
    // "Democrats and environmentalists have argued", "Industry and business representatives said": "and" between a
    // capitalised word and a description joins two groups ("Prices rose and analysts said" stays two clauses).
    if (word === 'and' && isCapitalised(tokens[start - 2]?.text ?? '') && /^\p{Ll}/u.test(tokens[start]?.text ?? '') && start < end) {
      joined = true;
      start -= 1;
      continue;
    }
    // "White House and Pentagon spokesmen said": capitalised modifiers joined before one plural noun of people.
    // "Norwegian poet and critic Ola Berg said": two roles joined before the name they describe.
    if (word === 'and' && (jointModifiers(tokens, start, end) || jointRolesBeforeName(tokens, start, end))) {
      joined = true;
      start -= 1;
      continue;
    }
    // "Politicians and even some engineers say": "even" after "and" stresses the second conjunct, it opens no clause.
    if (word === 'even' && normaliseWord(tokens[start - 2]?.text ?? '') === 'and') {
      start -= 1;
      continue;
    }
    if (word === 'and' && rolesUnderOneArticle(tokens, start, end)) {
      start -= 3;
      break;
    }
    // "Grassley and Leahy say", "Mr. Grassley and Mr. Leahy said", "The mayor and the governor said": two named or
    // described speakers joined by "and" that open the clause are one subject (named by the first-named).
    const joint = word === 'and' ? jointSubjectStart(tokens, start - 1, end) : -1;
    if (joint !== -1) {
      start = joint;
      break;
    }
    // "While Ramos said ...": the subject of a clause fronted by a subordinator; "Fans cheered after Saldana revealed
    // ...": of a subordinate clause later in the sentence, a name.
    if (opensFronted(tokens, start - 1) || opensSubordinate(tokens, start - 1, end)) break;
    // "the retired general", "an unnamed official": a participle after an article describes, it is no verb.
    // So is one after "of" that a share or a count is of ("52 percent of registered voters", "half of Democratic
    // registered voters").
    const ofWhom = (k: number) => normaliseWord(tokens[k]?.text ?? '') === 'of';
    // So is one after a quantifier ("some undecided voters", "many concerned parents"): no verb follows a bare "some".
    const described = (/^(?:the|a|an|some|many|most|several|few|other)$/i.test(tokens[start - 2]?.text ?? '') || ofWhom(start - 2) || (ofWhom(start - 3) && isCapitalised(tokens[start - 2]?.text ?? ''))) && start < end;
    if (CLAUSE_WORDS.has(word) || STATEMENT_CUES.has(word) || (/^\p{Ll}+ed$/u.test(token.text) && !described)) return null;
    start -= 1;
  }
  if (start === end) return null;
  const before = tokens[start - 1];
  // "Ms. Toretti, Mrs. Rao and other bundlers said": the end of a list whose first names are cut off is no subject.
  if (joined && before?.text === ',') return null;
  // "..., and Ms. Acosta said": a coordinated clause opens with its own subject.
  const coordinated = /^(?:and|but)$/i.test(before?.text ?? '') && (tokens[start - 2]?.text === ',' || isSpacedDash(tokens, start - 2));
  // "Computerworld - Microsoft said", "... on it—people suspected that": a dash sets off what comes before.
  // "It is unlikely; the campaign says ...", "fireworks on Friday: Republicans said ...": a semicolon or a colon
  // opens a clause of its own.
  // "(Lee writes that ...)": a sentence printed in brackets opens after its bracket.
  const opened = before?.text === ',' || before?.text === ';' || (before?.text === '(' && start === 1) || colonOpensClause(tokens, start - 1) || isSpacedDash(tokens, start - 1) || /^(?:But|And)$/.test(before?.text ?? '') || openersOnly(tokens, start);
  if (start > 0 && !coordinated && !opensFronted(tokens, start - 1) && !opensSubordinate(tokens, start - 1, end) && !opened) return null;
  start = pastFrontedPhrase(tokens, start, end);
  const named = nameBeforeDescription(tokens, start, end);
  if (named !== null) return named;
  const first = tokens[start];
  const words = tokens.slice(start, end);
  // A share of those asked speaks for them: "47 percent said", "about half of Democratic voters said".
  const share = words.some((t) => SHARE_WORDS.test(t.text));
  // A subject names someone: a capitalised word, a pronoun, or "the spokesman".
  // Or people described by what they are: "police say", "former members say", "protest organizers in Cleveland say".
  const described = describesPeople(words);
  if (!share && !described && !words.some((t) => isCapitalised(t.text)) && !/^(?:the|a|an|he|she|it|they|we|i|his|her|their|its|officials|critics|sources|experts|analysts)$/i.test(first?.text ?? '')) return null;
  if (!share && !described && words.some((t) => SUBJECT_BREAKERS.has(normaliseWord(t.text))) && !isCapitalised(first?.text ?? '')) return null;
  // A dateline in capitals ("CARRISFORD Water company ...") and a time after the name ("... on Monday") are
  // not part of the subject.
  if (end - start > 1 && /^\p{Lu}{2,}$/u.test(tokens[start]?.text ?? '') && !/^\p{Lu}{2,}$/u.test(tokens[start + 1]?.text ?? '')) start += 1;
  while (end - start > 1 && TIME_WORDS.test(tokens[end - 1]?.text ?? '')) {
    end -= 1;
    if (end - start > 1 && /^(?:on|last|this|early|late|in)$/i.test(tokens[end - 1]?.text ?? '')) end -= 1;
  }
  // "He releases statement saying ...": words after a personal pronoun are its verb's, not more of the subject.
  if (end - start > 1 && /^(?:he|she|they|it|we|i)$/i.test(tokens[start]?.text ?? '') && /^\p{Ll}/u.test(tokens[start + 1]?.text ?? '')) end = start + 1;
  // "He'll say ...", "She'd said ...": the pronoun speaks, its contracted auxiliary is the cue's.
  const contracted = end - start === 1 ? /^(he|she|they|we|i|it)['’](?:ll|d|ve|re)$/i.exec(tokens[start]?.text ?? '') : null;
  const pronoun = tokens[start];
  if (contracted?.[1] !== undefined && pronoun !== undefined) return { text: contracted[1], start: pronoun.start, end: pronoun.start + contracted[1].length };
  const subject = phraseOf(tokens, start, end);
  if (subject === null || appositive === null) return subject;
  const extra = phraseOf(tokens, appositive[0], appositive[1]);
  return extra === null ? subject : joinPrinted(subject, extra);
}

/** Verbs and adjectives before "to" and a cue that report the saying as done ("continued to argue", "was quick to note"). */
const CARRIED_OUT = /^(?:continue|continues|continued|continuing|quick|careful|began|begins|begin|started|starts)$/i;

/**
 * "continues to insist", "went on to say", "are all quick to point out": where the words that carry a saying out end on
 * the left of the cue at `end` (the index of their first word), else `end` itself. "wants to say", "refused to say"
 * report no saying, and are left.
 */
function catenativeStart(tokens: readonly Token[], end: number): number {
  if (normaliseWord(tokens[end - 1]?.text ?? '') !== 'to') return end;
  const verb = normaliseWord(tokens[end - 2]?.text ?? '');
  if (/^on$/.test(verb) && /^(?:went|goes|go|going)$/i.test(tokens[end - 3]?.text ?? '')) return end - 3;
  if (!CARRIED_OUT.test(verb) || !/^\p{Ll}/u.test(tokens[end - 2]?.text ?? '')) return end;
  // "are all quick to": a quantifier floated after the auxiliary goes with it.
  return /^all$/.test(tokens[end - 3]?.text ?? '') && /^(?:are|were)$/i.test(tokens[end - 4]?.text ?? '') ? end - 3 : end - 2;
}

/**
 * Whether words set off by dashes before a cue are names only ("— Ann Lee and Tom Roe —"), kept with the subject, not
 * a description or an aside ("— two senators and a judge —", "— and, in particular, Senator Ann Lee —").
 */
export function namesSetOff(inner: readonly Token[]): boolean {
  return isCapitalised(inner[0]?.text ?? '') && inner.every((t) => isCapitalised(t.text) || t.text === 'and');
}

/** The most tokens set off between two dashes before a cue ("— two senators and a judge —"). */
const MAX_DASHED_TOKENS = 14;

/** The most tokens of a body's name (and its article) after the people at it: "the Institute for Fiscal Studies". */
const MAX_BODY_WORDS = 8;

/**
 * "Researchers at the University of Leeds said", "Ann Lee and Tom Roe of the University of California, Berkeley
 * suggest": people at a body whose name runs on through "of" or "for" (and the campus or city printed after it behind
 * a comma) are the subject together with the body, which parseSpeakerPhrase reads back to the people. The walk back
 * would stop at the campus's comma ("Berkeley") or run out of words inside the body's name. Null when the words
 * before `end` are no such body after "at", "of", "from" or "with", or nobody stands before it.
 */
function subjectAtBody(tokens: Token[], end: number): PrintedPhrase | null {
  const capital = (k: number) => /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '');
  const campus = tokens[end - 2]?.text === ',' && capital(end - 1) ? end - 2 : tokens[end - 3]?.text === ',' && capital(end - 2) && capital(end - 1) ? end - 3 : -1;
  const bodyEnd = campus === -1 ? end : campus;
  for (let link = bodyEnd - 3; link >= Math.max(1, bodyEnd - 1 - MAX_BODY_WORDS); link -= 1) {
    if (!/^(?:at|of|from|with)$/.test(tokens[link]?.text ?? '')) continue;
    const body = tokens.slice(link + 1, bodyEnd);
    if (!body.every((t) => t.word)) return null;
    const words = body.map((t) => t.text);
    const name = organisationName(words);
    if (name === null || !words.join(' ').endsWith(name)) continue;
    const people = subjectBefore(tokens, link);
    if (people === null) return null;
    const from = tokens.findIndex((t) => t.start === people.start);
    const printed = tokens.slice(from, end).filter((t) => t.word || t.text === ',');
    return from === -1 ? null : printedTokens(printed, printed.map((t) => t.text).join(' ').replace(/ ,/g, ','));
  }
  return null;
}

/** The most tokens of an appositive that holds a relative clause, between the commas after a name. */
const MAX_LONG_APPOSITIVE = 28;

/**
 * "Mark Cuban, the billionaire owner of the Dallas Mavericks who rebuffed pleas from conservatives to run, says": an
 * appositive too long for the usual reach, set off after a capitalised name, that opens on a determiner and holds a
 * relative "who" (a description of the person, no clause of the sentence). The comma that opens it (index), else -1.
 */
function longAppositiveOpen(tokens: readonly Token[], close: number): number {
  for (let open = close - 1; open > 0 && close - open <= MAX_LONG_APPOSITIVE; open -= 1) {
    if (!/^[,;:.!?]$/.test(tokens[open]?.text ?? '')) continue;
    const inside = tokens.slice(open + 1, close);
    const described = tokens[open]?.text === ',' && isCapitalised(tokens[open - 1]?.text ?? '') && /^(?:the|a|an)$/i.test(inside[0]?.text ?? '');
    return described && inside.some((t) => t.text === 'who') && inside.every((t) => t.word || /^[’'-]$/.test(t.text)) ? open : -1;
  }
  return -1;
}

/** Words after which a determiner opens their object, not a new noun phrase ("at the summit", "of the board"). */
const BEFORE_OBJECT = /^(?:at|in|on|of|for|from|to|with|by|after|before|during|near|into|over|under|about|across|between|since|than|and|or|amid|inside|outside)$/i;

/**
 * "Yesterday at the summit the president said", "After the meeting of the board the chairman said": a phrase fronted
 * with no comma (opening on a time or a preposition) is no part of the subject, which starts at the first determiner
 * that is no preposition's object; `start` when the words open on no such phrase or hold no such determiner.
 */
function pastFrontedPhrase(tokens: readonly Token[], start: number, end: number): number {
  const first = tokens[start]?.text ?? '';
  if (!INTRODUCERS.test(first) && !FRONTED_PREPOSITIONS.test(first)) return start;
  for (let k = start + 1; k < end - 1; k += 1) {
    if (/^(?:the|a|an|his|her|their|its|our)$/i.test(tokens[k]?.text ?? '') && !BEFORE_OBJECT.test(tokens[k - 1]?.text ?? '')) return k;
  }
  return start;
}

/**
 * The capitalised name of one to four words that ends right before the comma at `comma`, opening the sentence or
 * after a word in lower case that is no article nor preposition of place or belonging ("a member from Ohio, who" and
 * "the ranking Democrat on the Senate Intelligence Committee, who" name no person);
 * null otherwise.
 */
function nameBeforeWho(tokens: Token[], comma: number): PrintedPhrase | null {
  let start = comma;
  while (start > 0 && comma - start < 4 && (isCapitalised(tokens[start - 1]?.text ?? '') || (tokens[start - 1]?.text === '.' && start - 1 > 0))) start -= 1;
  if (start === comma || !isCapitalised(tokens[start]?.text ?? '')) return null;
  const before = tokens[start - 1];
  if (before !== undefined && (!before.word || !/^\p{Ll}/u.test(before.text) || /^(?:from|of|in|at|near|outside|on|for|by|into|across|the|a|an)$/.test(before.text))) return null;
  return phraseOf(tokens, start, comma);
}

/** Whether the words before `at` open the sentence with a discourse word or two only ("But", "And then", "But now"). */
function openersOnly(tokens: readonly Token[], at: number): boolean {
  return at >= 1 && at <= 2 && tokens.slice(0, at).every((t) => OPENERS.has(normaliseWord(t.text)));
}

/**
 * Whether the colon at `at` ends a clause, so that a new one opens after it ("... fireworks on Friday: Republicans said
 * ..."): a colon set off by a space after at least three words of the sentence. A label of a word or two ("The Latest:
 * Clinton tells voters ...", "Correction: An earlier version ...", "Q: You said ...") heads a line, and "10:35" is a time.
 */
function colonOpensClause(tokens: readonly Token[], at: number): boolean {
  const colon = tokens[at];
  const next = tokens[at + 1];
  if (colon?.text !== ':' || next === undefined || next.start <= colon.end) return false;
  return tokens.slice(0, at).filter((t) => t.word).length >= 3;
}

/** A person's role in lower case ("singer", "guitarist"). */
const isLowerRole = (token: Token | undefined): boolean => token !== undefined && /^\p{Ll}+$/u.test(token.text) && (PERSON_NOUNS.has(token.text) || isRoleNounWord(token.text));

/**
 * "the singer and guitarist told", "the coach and manager said": two roles joined under one article, before the cue,
 * describe one person (the "and" at `start` - 1, the second role alone from `start` to `end`).
 */
export function rolesUnderOneArticle(tokens: readonly Token[], start: number, end: number): boolean {
  return end === start + 1 && isLowerRole(tokens[start]) && isLowerRole(tokens[start - 2]) && /^the$/i.test(tokens[start - 3]?.text ?? '');
}

/**
 * "White House and Pentagon spokesmen": the "and" at `start` - 1 joins a capitalised word to capitalised words that
 * end, with `end`, on a lower-case plural noun of people.
 */
function jointModifiers(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens.slice(start, end);
  const head = after.at(-1)?.text ?? '';
  return (
    isCapitalised(tokens[start - 2]?.text ?? '') &&
    after.length >= 2 &&
    after.slice(0, -1).every((t) => t.word && isCapitalised(t.text)) &&
    /^\p{Ll}+(?:s|men)$/u.test(head) &&
    (PERSON_NOUNS.has(head) || nounKind(head) === 'person')
  );
}

/** "Norwegian poet and critic Ola Berg": lower-case roles on both sides of the "and" at `start` - 1, then a name to `end`. */
function jointRolesBeforeName(tokens: readonly Token[], start: number, end: number): boolean {
  const name = tokens.slice(start + 1, end);
  return isLowerRole(tokens[start - 2]) && isLowerRole(tokens[start]) && name.length >= 2 && name.every((t) => t.word && isCapitalised(t.text));
}

/** Nouns that, after "the", stand for a speaker in a joint subject ("the mayor and the governor"). */
const JOINT_HEADS = (word: string): boolean => PERSON_NOUNS.has(word) || ORG_NOUNS.has(word);

/**
 * One conjunct of a joint subject from `from` to `to`: a capitalised run of at most four words, titles included
 * ("Mr. Leahy", "Sen. Patrick Leahy"), or a determiner and at most three words ending on a person or a body ("the
 * governor", "the state's attorney general").
 */
function isConjunct(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > 4 || !words.every((t) => t.word)) return false;
  if (words.every((t) => isCapitalised(t.text))) return !words.some((t) => CLAUSE_WORDS.has(normaliseWord(t.text)) || SUBJECT_BREAKERS.has(normaliseWord(t.text)));
  return /^(?:the|a|an)$/i.test(words[0]?.text ?? '') && words.length >= 2 && JOINT_HEADS(normaliseWord(words[words.length - 1]?.text ?? ''));
}

/**
 * The first token of a joint subject whose "and" is at `and` and whose second conjunct runs to `end`, or -1: the first
 * conjunct must open the clause (the sentence, after "But", or after a comma, semicolon or colon), so that "Trump won
 * in Iowa and Clinton said" and "Prices rose and analysts said" stay two clauses, and a list whose first names a
 * comma cut off ("Ann Ode, Ivo Marsh and Tom Lee said") is no subject.
 */
function jointSubjectStart(tokens: readonly Token[], and: number, end: number): number {
  // "Security experts and officials said": two plural descriptions of people, each with no determiner.
  const described = !isConjunct(tokens, and + 1, end) && isDescribedConjunct(tokens.slice(and + 1, end), describesPeople, SUBJECT_BREAKERS);
  if (!described && !isConjunct(tokens, and + 1, end)) return -1;
  for (let first = and - 1; first >= Math.max(0, and - 4); first -= 1) {
    if (described ? !isDescribedConjunct(tokens.slice(first, and), describesPeople, SUBJECT_BREAKERS) : !isConjunct(tokens, first, and)) continue;
    const before = tokens[first - 1];
    const opens = first === 0 || (first === 1 && OPENERS.has(normaliseWord(tokens[0]?.text ?? ''))) || before?.text === ';' || colonOpensClause(tokens, first - 1);
    // "Voters in Alabama, Georgia and Virginia said": after a capitalised word and its comma, the pair ends a list.
    const afterComma = before?.text === ',' && !namesList(tokens, first - 1) && !isCapitalised(tokens[first - 2]?.text ?? '');
    if (opens || afterComma) return first;
  }
  return -1;
}

/** Whether the words before the comma at `comma` are only capitalised names: the start of a list ("Ann Ode, ..."). */
function namesList(tokens: readonly Token[], comma: number): boolean {
  const from = OPENERS.has(normaliseWord(tokens[0]?.text ?? '')) ? 1 : 0;
  const words = tokens.slice(from, comma);
  return words.length > 0 && words.every((t) => t.word && isCapitalised(t.text)) && !INTRODUCERS.test(words[0]?.text ?? '');
}

/**
 * "King, 39, a medical records clerk, said", "But Ann Ode, acting director of Acme, which wrote the letter, said":
 * the name that opens the sentence, when two or more asides set off by commas (an age, a description, a relative
 * clause) stand between it and the cue at `comma` + 1. A list ("Ms. Ode, Mrs. Rao and others said") is no name.
 */
function nameBeforeAsides(tokens: Token[], comma: number): PrintedPhrase | null {
  const from = OPENERS.has(normaliseWord(tokens[0]?.text ?? '')) ? 1 : 0;
  const first = tokens.findIndex((t, k) => k >= from && t.text === ',');
  if (first === -1 || first === comma || comma - first > 30) return null;
  const name = tokens.slice(from, first);
  if (name.length === 0 || name.length > 5 || !name.every((t) => t.word && isCapitalised(t.text)) || INTRODUCERS.test(name[0]?.text ?? '')) return null;
  // "At Boca West, where ..., Jay DiPietro, the club's president, said": a name right before the last aside is the
  // subject the one-aside rule finds.
  const last = tokens.slice(0, comma).map((t) => t.text).lastIndexOf(',');
  const lastAt = tokens.slice(0, last).map((t) => t.text).lastIndexOf(',') + 1;
  const lastName = tokens[lastAt]?.text ?? '';
  if (last > first && isCapitalised(lastName) && !/^(?:A|An|The)$/.test(lastName) && !namesPlaceRegion(tokens, lastAt)) return null;
  const commas = tokens.slice(first + 1, comma).filter((t) => t.text === ',').length;
  // A cue among the asides reports something of its own, unless a relative clause holds it ("which wrote the letter").
  const cueAside = tokens.some((t, k) => k > first && k < comma && STATEMENT_CUES.has(normaliseWord(t.text)) && !/^(?:who|which)$/i.test(tokens[tokens.slice(0, k).map((u) => u.text).lastIndexOf(',') + 1]?.text ?? ''));
  if (commas < 1 || commas > 3 || cueAside) return null;
  // The first aside is a description, an age or a relative clause, not the next name of a list.
  const aside = tokens[first + 1]?.text ?? '';
  if (!/^(?:\p{Ll}|\p{N})/u.test(aside) && !/^(?:A|An|The)$/.test(aside)) return null;
  const next = tokens.findIndex((t, k) => k > first && t.text === ',');
  const subject = phraseOf(tokens, from, first);
  return subject === null ? null : joinPrinted(subject, phraseOf(tokens, first + 1, next));
}

/**
 * Whether the capitalised word at `at` is the region of a place printed before it ("in Aurora, Colorado,", "from
 * Dover, N.H.,"): a place after a preposition and a comma, not a name that opens a clause.
 */
function namesPlaceRegion(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== ',') return false;
  let k = at - 2;
  while (k >= 0 && k > at - 5 && tokens[k]?.word === true && isCapitalised(tokens[k]?.text ?? '')) k -= 1;
  return k < at - 2 && /^(?:in|at|from|near|of|outside)$/.test(tokens[k]?.text ?? '');
}

/**
 * "John Roe, a lawyer at Acme says": a description after the name that opens the sentence, the comma that should close
 * it left out; the name speaks, described.
 */
function nameBeforeDescription(tokens: Token[], start: number, end: number): PrintedPhrase | null {
  if (tokens[start - 1]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[start]?.text ?? '')) return null;
  const from = OPENERS.has(normaliseWord(tokens[0]?.text ?? '')) ? 1 : 0;
  const name = tokens.slice(from, start - 1);
  if (name.length === 0 || name.length > 5 || !name.every((t) => t.word && isCapitalised(t.text)) || INTRODUCERS.test(name[0]?.text ?? '')) return null;
  if (tokens.slice(start, end).some((t) => t.text === ',' || CLAUSE_WORDS.has(normaliseWord(t.text)))) return null;
  const subject = phraseOf(tokens, from, start - 1);
  return subject === null ? null : joinPrinted(subject, phraseOf(tokens, start, end));
}

/**
 * "Ann Ode, who starred in “Harbour Road,” said": a relative clause set off by a comma that ends inside the quote at
 * `at`, the comma printed within its marks.
 */
function quoteEndsRelative(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text.startsWith('§') !== true) return false;
  const open = tokens.slice(Math.max(0, at - 16), at).findLastIndex((t) => t.text === ',');
  return open !== -1 && /^(?:who|which)$/i.test(tokens[Math.max(0, at - 16) + open + 1]?.text ?? '');
}

/**
 * Whether the quote at `at` closes an appositive set off after a name: "Jo Hale, host of ABC’s “Night Desk,” said", a
 * quoted title whose closing comma the mask hides (the comma before the description, a capitalised word before it, a
 * description in lower case or opening on an article after it, no clause word, cue or finite verb between).
 */
export function quoteEndsAppositive(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text.startsWith('§') !== true) return false;
  const from = Math.max(0, at - 12);
  const open = from + tokens.slice(from, at).findLastIndex((t) => t.text === ',');
  if (open < from || open < 1) return false;
  const before = tokens[open - 1]?.text ?? '';
  const aside = tokens[open + 1]?.text ?? '';
  if (!isCapitalised(before) || !(/^\p{Ll}/u.test(aside) || /^(?:A|An|The)$/.test(aside))) return false;
  // "Across Europe, the mood is “grim,” said ...": a verb makes the words a clause, not a description.
  return tokens.slice(open + 1, at).every((t) => (t.word || /^[’'-]$/.test(t.text)) && !CLAUSE_WORDS.has(normaliseWord(t.text)) && !STATEMENT_CUES.has(normaliseWord(t.text)) && !FINITE_BE_HAVE.test(t.text));
}

/** A finite form of "be" or "have", or a modal: a clause's verb, never inside an appositive. */
const FINITE_BE_HAVE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|did)$/;

/** Sources that speak as a group though printed in lower case ("police say", "exit polls suggested"). */
const GROUP_SOURCES = new Set(['police', 'polls', 'surveys']);

/** Adjectives that postmodify a noun of people with a preposition after them ("sources close to", "people familiar with"). */
const POSTMODIFYING_ADJECTIVES = /^(?:close|closest|familiar|loyal|opposed|allied|friendly|sympathetic)$/;

/**
 * Whether a subject in lower case describes people who speak: its head noun (the last word before a preposition, or
 * before an adjective that takes it) is a person or a group ("former members", "the organizer of a rally", "officials
 * in both cities", "sources close to the mayor").
 */
export function describesPeople(words: readonly Token[]): boolean {
  const breaker = words.findIndex((t) => SUBJECT_BREAKERS.has(normaliseWord(t.text)));
  let headAt = (breaker === -1 ? words.length : breaker) - 1;
  // "sources close to the mayor", "people familiar with the talks": an adjective that takes the preposition
  // postmodifies the noun before it, the head.
  if (breaker > 1 && POSTMODIFYING_ADJECTIVES.test(words[headAt]?.text ?? '')) headAt -= 1;
  const head = normaliseWord(words[headAt]?.text ?? '');
  // "But expert says ...": a singular noun with no determiner is headline shorthand.
  const plural = /s$/.test(head) || head === 'people' || GROUP_SOURCES.has(head);
  if (!plural && !/^(?:the|a|an|one|another|his|her|their|its)$/i.test(words[0]?.text ?? '')) return false;
  // "conservatives", "economists", "retirees": a plural that WordNet puts among people names people as well.
  return PERSON_NOUNS.has(head) || PERSON_NOUNS.has(`${head}s`) || GROUP_SOURCES.has(head) || (plural && /^\p{Ll}+s$/u.test(head) && nounKind(head) === 'person');
}

/** Whether a dash printed as two hyphens ("candidate -- Ann Lee") starts at `at`, spaced on both sides. */
function doubleHyphenAt(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (at < 1 || first?.text !== '-' || second?.text !== '-' || first.end !== second.start) return false;
  return (tokens[at - 1]?.end ?? first.start) < first.start && second.end < (tokens[at + 2]?.start ?? second.end + 1);
}

/** A dash between words that sets off a phrase ("Computerworld - Microsoft", "rally—people"), not a hyphen ("Mat-Su"). */
function isSpacedDash(tokens: readonly Token[], at: number): boolean {
  const dash = tokens[at];
  if (dash === undefined || at < 1) return false;
  if (/^[—–]$/.test(dash.text)) return true;
  // "16 - year - old": a compound spelt with spaced hyphens joins words in lower case or numbers.
  const compound = /^[\p{Ll}\p{N}]/u.test(tokens[at - 1]?.text ?? '') && /^[\p{Ll}\p{N}]/u.test(tokens[at + 1]?.text ?? '') && !/^(?:and|but)$/.test(tokens[at + 1]?.text ?? '');
  return dash.text === '-' && (tokens[at - 1]?.end ?? dash.start) < dash.start && !compound;
}

/** "Reuters cited Kremlin spokesman Dmitry Peskov as saying": the one cited speaks, not the outlet. */
export function citedSubject(tokens: Token[], asAt: number): PrintedPhrase | null {
  for (let k = asAt - 1; k >= Math.max(0, asAt - MAX_SUBJECT_WORDS - 1); k -= 1) {
    if (/^(?:cited|quoted|citing|quoting)$/i.test(tokens[k]?.text ?? '')) return k + 1 < asAt ? phraseOf(tokens, k + 1, asAt) : null;
  }
  return null;
}

/** A past form in lower case: "-ed" or an irregular past ("took"). */
const isPastForm = (token: Token | undefined): boolean => {
  if (token === undefined || !token.word || !/^\p{Ll}+$/u.test(token.text)) return false;
  const word = normaliseWord(token.text);
  return /ed$/.test(word) || irregularLemmas(word).some((lemma) => lemma !== word);
};

/**
 * "Phone call disputed LaRue believed no such conversation occurred, saying ...": copy that lost its line breaks glues a
 * crosshead (a few words with no article, a past form) to the sentence after it, whose subject is the name that follows
 * and comes before a past form of its own. The name, not the crosshead's words, is the participle's subject. A subject
 * opening on an article ("The court ordered Jones released") is a sentence's own.
 */
export function subjectAfterCrosshead(tokens: readonly Token[], start: number, end: number, cueAt: number): { start: number; end: number } | null {
  if (end - start > 3 || /^(?:the|a|an)$/i.test(tokens[start]?.text ?? '') || !isCapitalised(tokens[start]?.text ?? '') || !isPastForm(tokens[end])) return null;
  let name = end + 1;
  while (name < cueAt - 1 && tokens[name]?.word === true && isCapitalised(tokens[name]?.text ?? '')) name += 1;
  if (name === end + 1 || name - end - 1 > 3 || !isPastForm(tokens[name])) return null;
  return { start: end + 1, end: name };
}

/** The subject of the main clause for a participle cue ("Trump defended the plan, saying ..."). */
export function mainSubject(tokens: Token[], before: number): PrintedPhrase | null {
  let start = afterDateline(tokens);
  if (OPENERS.has(normaliseWord(tokens[start]?.text ?? ''))) start += 1;
  // "Recently, Russian authorities ...": an introductory word or phrase set off by a comma is not the subject.
  const comma = tokens.findIndex((t, k) => k > start && k < start + 6 && t.text === ',');
  const introduced = INTRODUCERS.test(tokens[start]?.text ?? '') || FRONTED_PREPOSITIONS.test(tokens[start]?.text ?? '') || opensOnParticiple(tokens, start);
  if (introduced) start = afterFronted(tokens, start, before) ?? (comma !== -1 && comma < before ? comma + 1 : start);
  else if (countedTimeOpens(tokens, start)) {
    // "Hours before Tom Lee's best game, coach Ann Roe said ...": the counted time runs to its first comma.
    const ends = tokens.findIndex((t, k) => k > start && k < before && t.text === ',');
    if (ends !== -1) start = ends + 1;
  }
  // "A few minutes later they reversed themselves": a time before the subject is no part of it.
  const time = tokens.findIndex((t, k) => k > start && k < start + 5 && k + 1 < before && /^(?:later|earlier|ago)$/.test(t.text) && TIME_UNITS.test(tokens[k - 1]?.text ?? ''));
  if (time !== -1 && tokens.slice(start, time).every((t) => t.word)) start = time + 1;
  // "The regional director, Jane Roe, reached out ...": a role set off before the name it describes runs on to the name;
  // the name alone when the two are longer than a subject is read.
  const described = describedThenNamed(tokens, start);
  if (described !== -1 && described < before && tokens[described]?.text === ',') {
    const comma = tokens.slice(start, described).map((t) => t.text).lastIndexOf(',') + start;
    return phraseOf(tokens, described - start > MAX_SUBJECT_WORDS ? comma + 1 : start, described);
  }
  let end = start;
  let common = 0;
  while (end < before && end - start < 7) {
    const token = tokens[end];
    if (token === undefined || !token.word) break;
    const word = normaliseWord(token.text);
    if (end === start && PRONOUN.test(word)) return printedTokens([token], token.text);
    if (AUXILIARIES.has(word) || /^\p{Ll}+ed$/u.test(token.text) || IRREGULAR_VERBS.has(word) || /n['’]t$/.test(word)) break;
    // "Trump shot back in a statement, saying": a word before a particle is a phrasal verb, not the subject's noun.
    if (end > start && /^\p{Ll}/u.test(token.text) && PARTICLES.has(normaliseWord(tokens[end + 1]?.text ?? ''))) break;
    // "Mr. Roe hardly helped": an adverb in "-ly" after a name (not after a possessive: "Acme's friendly staff") opens
    // the predicate.
    const previousWord = tokens[end - 1]?.text ?? '';
    if (end > start && /^\p{Ll}+ly$/u.test(token.text) && isCapitalised(previousWord) && !isPossessive(previousWord)) break;
    // "Mrs. Clinton shook her head", "Mr. Trump struck a measured tone": a word in lower case after a name and before
    // a determiner is the verb, whatever its form.
    const functionWord = SUBJECT_BREAKERS.has(word) || CLAUSE_WORDS.has(word) || PRONOUN.test(word) || /ly$/.test(word);
    if (end > start && !functionWord && /^\p{Ll}/u.test(token.text) && isCapitalised(tokens[end - 1]?.text ?? '') && OBJECT_DETERMINERS.test(tokens[end + 1]?.text ?? '')) break;
    // A noun phrase holds one common noun ("Russian authorities", "the Florida senator"), a number aside ("first five
    // questioners"); a second one right before a verb is the head after its adjective ("a familiar voice celebrated").
    const numeral = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third)$/.test(word);
    if (/^\p{Ll}/u.test(token.text) && !/^(?:the|a|an)$/.test(word) && !numeral && (common += 1) > 1) {
      if (!functionWord && isVerbLike(tokens[end + 1])) end += 1;
      break;
    }
    end += 1;
  }
  if (end === start || !tokens.slice(start, end).some((t) => isCapitalised(t.text) || /^(?:the|a|an)$/i.test(t.text))) return null;
  const glued = subjectAfterCrosshead(tokens, start, end, before);
  if (glued !== null) return phraseOf(tokens, glued.start, glued.end);
  // "Yahoo News and former TV network anchor Jane Roe has ...": a role before a name goes on to the name.
  const named = nameAfterRole(tokens, end, before);
  return phraseOf(tokens, start, named === -1 ? end : named);
}

/**
 * "Recalling that night, Ann Roe ... said": a participle in "-ing" opening the sentence before a word in lower case
 * (no verb of its own, no name: "Manning said", "Sterling Brown") fronts a phrase, never the subject.
 */
function opensOnParticiple(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  // "According to the manual, the trainees were told": a cue phrase names a source, no fronted phrase of the subject's.
  if (/^According$/.test(tokens[start]?.text ?? '')) return false;
  return /^\p{Lu}\p{Ll}{2,}ing$/u.test(tokens[start]?.text ?? '') && next?.word === true && /^\p{Ll}/u.test(next.text) && !isVerbLike(next) && !CUE_WORDS.has(normaliseWord(next.text));
}

const TIME_UNITS = /^(?:moments|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/**
 * Whether a time counted from an event opens the sentence at `start` ("Hours before the game, ...", "Two days after
 * the vote, ...", "Minutes into the speech, ..."): a phrase fronted before the main clause, never its subject.
 */
function countedTimeOpens(tokens: readonly Token[], start: number): boolean {
  const numbered = /^(?:\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|just|only)$/iu.test(tokens[start]?.text ?? '');
  const unit = numbered ? start + 1 : start;
  return TIME_UNITS.test(tokens[unit]?.text ?? '') && /^(?:before|after|into|since)$/i.test(tokens[unit + 1]?.text ?? '');
}

/**
 * Where a time counted back from now that ends before `end` starts ("two weeks ago", "less than a month ago", "a few
 * days ago", "about 10 years ago"); `end` when the words before it are no such time.
 */
function agoPhraseStart(tokens: readonly Token[], end: number): number {
  if (normaliseWord(tokens[end - 1]?.text ?? '') !== 'ago' || !TIME_UNITS.test(tokens[end - 2]?.text ?? '')) return end;
  let at = end - 2;
  if (/^(?:\p{N}[\p{N},.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)$/iu.test(tokens[at - 1]?.text ?? '')) at -= 1;
  if (/^few$/i.test(tokens[at]?.text ?? '') && /^a$/i.test(tokens[at - 1]?.text ?? '')) at -= 1;
  if (/^than$/i.test(tokens[at - 1]?.text ?? '') && /^(?:less|more|fewer)$/i.test(tokens[at - 2]?.text ?? '')) at -= 2;
  else if (/^(?:about|nearly|almost|just|some|only|roughly|barely)$/i.test(tokens[at - 1]?.text ?? '')) at -= 1;
  return at;
}
const OBJECT_DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my|this|these|those)$/;

/** A past form, an auxiliary or a verb of saying: the word after a subject. */
function isVerbLike(token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false;
  const word = normaliseWord(token.text);
  return AUXILIARIES.has(word) || /^\p{Ll}+ed$/u.test(token.text) || IRREGULAR_VERBS.has(word) || STATEMENT_CUES.has(word);
}

/** Prepositions that open a phrase fronted before the main clause ("Beyond the footage, the affidavit said"). */
const FRONTED_PREPOSITIONS = /^(?:Beyond|Alongside|Amid|Despite|Following|Throughout|Unlike|Without|Within|Across|Among|Under|Through|Upon|Although|Though|Because|Once|Whereas)$/;

/**
 * Where the main clause starts after a phrase fronted before it and set off by commas ("While celebrating wins in
 * five states Tuesday night, Trump mocked ...", "At a rally in Dover, N.H., on Tuesday, Senator Roe endorsed ..."):
 * after the first comma whose words open on a name, a determiner or a pronoun and run to a verb before any other
 * comma ("N.H.," is the place's, "on Tuesday," the time's), or after a quoted title ending the phrase; null when no
 * comma before `before` does.
 */
function afterFronted(tokens: readonly Token[], start: number, before: number): number | null {
  for (let c = start + 1; c < before; c += 1) {
    // "Speaking Sunday on NBC’s “Morning Hour,” Dalton conceded ...": a quoted title closing the phrase holds its comma
    // inside the marks, masked with the title; the name and verb after it open the main clause all the same.
    if (tokens[c]?.text !== ',' && !/^§+$/.test(tokens[c]?.text ?? '')) continue;
    const first = tokens[c + 1]?.text ?? '';
    if (!(isCapitalised(first) && !INTRODUCERS.test(first) && !FRONTED_PREPOSITIONS.test(first)) && !/^(?:the|a|an|his|her|their|its|he|she|they|it|we|i)$/i.test(first)) continue;
    for (let k = c + 2; k <= before && k - c <= MAX_SUBJECT_WORDS + 1; k += 1) {
      const token = tokens[k];
      if (token === undefined || !token.word) break;
      if (isVerbLike(token)) return c + 1;
    }
  }
  return null;
}

/**
 * Where a sentence starts after its dateline ("WASHINGTON — Sen. Bernie Sanders ...", "PARIS, Aug 31 (Reuters) -
 * France's ..."): a place in capitals, perhaps a date, then a dash; 0 when there is none.
 */
export function afterDateline(tokens: readonly Token[]): number {
  if (!/^\p{Lu}[\p{Lu}.]+$/u.test(tokens[0]?.text ?? '')) return 0;
  const dash = tokens.findIndex((t, k) => k > 0 && k < 8 && /^[—–―-]$/.test(t.text));
  return dash !== -1 && tokens.slice(0, dash).every((t) => !t.word || !/^\p{Ll}/u.test(t.text)) ? dash + 1 : 0;
}

/**
 * The subject of the first verb of a sentence whose cue is a second, coordinated verb ("A spokesman defended the
 * route and said ...", "Trump doubled down on it and said ..."): the subject before the first past-tense verb that
 * has one.
 */
export function coordinatedSubject(tokens: Token[], andAt: number): PrintedPhrase | null {
  // The nearest verb before "and" is the first of the pair ("when Rubio thanked Miami and said": Rubio's, in a clause
  // of its own, so nobody); an -ed word after a determiner is an adjective ("defended the prescribed route and said").
  for (let v = andAt - 1; v >= 1; v -= 1) {
    const word = tokens[v]?.text ?? '';
    if ((!/^\p{Ll}+ed$/u.test(word) && !IRREGULAR_VERBS.has(word)) || /^(?:the|a|an|his|her|their|its|our|this|that)$/i.test(tokens[v - 1]?.text ?? '')) continue;
    const subject = subjectBefore(tokens, v);
    return subject !== null && !/^(?:the|a|an|his|her|their|its)$/i.test(subject.text) ? subject : null;
  }
  return null;
}

/**
 * The subject of a verb pair in the present opening a clause at `from` ("the city’s police deny the charges and say"):
 * the words before the last word in lower case that WordNet knows as a transitive verb and that follows a noun (not a
 * determiner or a possessive, which make it a noun: "the police"); null when no such verb stands before `andAt`.
 */
export function presentPairSubject(tokens: Token[], from: number, andAt: number): PrintedPhrase | null {
  for (let v = andAt - 1; v > from; v -= 1) {
    const word = tokens[v]?.text ?? '';
    const before = tokens[v - 1]?.text ?? '';
    if (tokens[v]?.word !== true || !/^\p{Ll}+$/u.test(word) || !isTransitiveVerb(word)) continue;
    if (/^(?:the|a|an|his|her|their|its|our|this|that|of|to|and)$/i.test(before) || /[’']s$/.test(before) || tokens[v - 1]?.word !== true) continue;
    if (tokens.slice(from, v).some((t) => !t.word || CLAUSE_WORDS.has(normaliseWord(t.text)))) return null;
    return v - from <= 6 ? phraseOf(tokens, from, v) : null;
  }
  return null;
}

/** Whether `words` are capitalised words that end on an organisation's word ("Works Agency", "Geophysics Agency"). */
const endsOrgName = (words: readonly Token[]): boolean =>
  words.length > 0 && words.every((t) => t.word && isCapitalised(t.text)) && ORG_MARKERS.has(normaliseWord(words[words.length - 1]?.text ?? ''));

/** Skip the recipient of "told": "reporters", "the news agency TASS", "CNN", up to "that" when it comes. */
/** The most tokens of a hearer with its place and time before "that" ("an audience at a festival in Leith last week"). */
const MAX_FAR_RECIPIENT = 14;

/**
 * "told an audience at a literary festival in Houston last week that ...": a long hearer, its place and its time (words
 * only, with a preposition and no verb among them) before "that": the index of that "that", else -1.
 */
function farRecipientThat(tokens: readonly Token[], from: number): number {
  const that = tokens.slice(from, from + MAX_FAR_RECIPIENT).findIndex((t) => normaliseWord(t.text) === 'that');
  if (that < 2) return -1;
  const words = tokens.slice(from, from + that);
  const verbLike = (t: Token) => /^(?:will|would|should|could|can|may|might|must|shall|is|are|was|were|be|been|has|have|had|do|does|did)$/i.test(t.text) || /^\p{Ll}+ed$/u.test(t.text) || CLAUSE_WORDS.has(normaliseWord(t.text));
  if (!words.every((t) => t.word) || words.some(verbLike)) return -1;
  // The hearer's head, before its first preposition, is people or a group ("audience", "crowd", "reporters"), not a
  // thing told ("the real story of the night in words that ...").
  const preposition = words.findIndex((t) => /^(?:at|in|on|of|from|during)$/.test(t.text));
  const head = words[preposition - 1]?.text ?? '';
  const people = /^\p{Ll}+$/u.test(head) && /^(?:person|group)$/.test(nounKind(head.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''))) ?? '');
  return preposition > 0 && people ? from + that : -1;
}

export function skipRecipient(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 8); k += 1) {
    const word = normaliseWord(tokens[k]?.text ?? '');
    // "told his father, Creighton coach Greg McDermott, that ...": a recipient's appositive runs to its "that".
    // "tells us you should expect to buy, not rent, ...": words with a verb before the comma are the clause told, not
    // a recipient.
    if (word === ',') {
      const that = appositiveThat(tokens, k + 1);
      if (that !== undefined) return that;
      if (tokens.slice(from, k).some((t) => /^(?:will|would|should|could|can|may|might|must|shall|is|are|was|were|has|have|had|do|does|did)$/i.test(t.text))) break;
      return k;
    }
    if (word === 'that' || word === ':') return k;
  }
  const far = farRecipientThat(tokens, from);
  if (far !== -1) return far;
  const first = tokens[from];
  if (first === undefined) return from;
  if (/^(?:him|her|them|me|us|you|reporters|journalists)$/i.test(first.text)) return from + 1;
  // "told police he ...", "told the court she ...", "told investigators they ...": a hearer in lower case, with or
  // without its determiner, right before the clause's pronoun subject is the recipient, not reported.
  const pronounAt = (k: number) => /^(?:he|she|they|we|i)(?:[’'](?:s|d|ll|re|ve|m))?$/i.test(tokens[k]?.text ?? '');
  if (/^\p{Ll}+$/u.test(first.text) && !CLAUSE_OPENERS.test(first.text) && pronounAt(from + 1)) return from + 1;
  if (/^(?:the|his|her|their)$/i.test(first.text) && /^\p{Ll}+$/u.test(tokens[from + 1]?.text ?? '') && !CLAUSE_OPENERS.test(tokens[from + 1]?.text ?? '') && pronounAt(from + 2)) return from + 2;
  const hearer = hearerPhraseEnd(tokens, from, pronounAt);
  if (hearer !== -1) return hearer;
  // "told the National Post he ...", "told The Star-Ledger of Newark last week she ...", "told ABC’s “Good Morning
  // America” on Monday the tone ...": an outlet named with its article, its place and its show, then when it was told.
  const article = /^the$/i.test(first.text) && isCapitalised(tokens[from + 1]?.text ?? '');
  let k = article ? from + 1 : from;
  while (k < tokens.length && isCapitalised(tokens[k]?.text ?? '')) {
    k += 1;
    if (/^of$/.test(tokens[k]?.text ?? '') && isCapitalised(tokens[k + 1]?.text ?? '')) k += 1;
    if (/[’']s$/.test(tokens[k - 1]?.text ?? '') && tokens[k]?.text.startsWith('§') === true) k += 1;
  }
  // "the AFP news agency": the kind of outlet after its name.
  if (article && /^news$/i.test(tokens[k]?.text ?? '') && OUTLET_NOUNS.test(tokens[k + 1]?.text ?? '')) k += 2;
  else if (article && OUTLET_NOUNS.test(tokens[k]?.text ?? '')) k += 1;
  const end = k + whenTold(tokens, k);
  // "told the Biblical story of ...": a capitalised word before a noun is no outlet when no clause or circumstance
  // follows it; "told The Post and Courier newspaper of Charleston on Saturday that ...": a longer name runs to "that".
  const next = tokens[end]?.text ?? '';
  if (article && /^\p{Ll}/u.test(next) && !CLAUSE_OPENERS.test(next) && !SUBJECT_BREAKERS.has(normaliseWord(next))) {
    const that = tokens.findIndex((t, j) => j > end && j < from + 16 && normaliseWord(t.text) === 'that');
    return that === -1 ? from : that;
  }
  return k > from ? end : k;
}

/** The most words of a hearer's noun phrase before the clause's pronoun ("a Rotary Club lunch in Dayton"). */
const MAX_HEARER_WORDS = 8;
const HEARER_DETERMINERS = /^(?:the|a|an|his|her|their|its|our)$/i;

/**
 * "told a Rotary Club lunch in Dayton she will ...", "told Acme executives he wants ...": a hearer named by a noun
 * phrase whose head is a noun in lower case (after names that modify it, and before a place after "in" or "at"),
 * right before the clause's pronoun subject and its verb in lower case. Where the clause starts, else -1. A phrase
 * that ends on a name ("told the National Post he") is an outlet's, read below.
 */
function hearerPhraseEnd(tokens: readonly Token[], from: number, pronounAt: (k: number) => boolean): number {
  let k = HEARER_DETERMINERS.test(tokens[from]?.text ?? '') ? from + 1 : from;
  let head = '';
  while (k < from + MAX_HEARER_WORDS && !pronounAt(k)) {
    const text = tokens[k]?.text ?? '';
    if (tokens[k]?.word !== true) return -1;
    // "in Dayton", "at Fort Bragg": the place of the hearers, after their noun.
    if (/^(?:in|at)$/.test(text) && head !== '' && isCapitalised(tokens[k + 1]?.text ?? '')) {
      k += 1;
      while (isCapitalised(tokens[k]?.text ?? '') && !pronounAt(k)) k += 1;
      break;
    }
    // "told The Herald before he spoke", "tells the story of how he ...": a preposition or a clause word is no hearer's noun.
    const word = normaliseWord(text);
    if (CLAUSE_OPENERS.test(text) || AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || SUBJECT_BREAKERS.has(word)) return -1;
    head = text;
    k += 1;
  }
  const verb = tokens[k + 1]?.text ?? '';
  return pronounAt(k) && /^\p{Ll}+$/u.test(head) && /^\p{Ll}/u.test(verb) && tokens[k + 1]?.word === true ? k : -1;
}

const OUTLET_NOUNS = /^(?:agency|newspaper|paper|daily|weekly|magazine|network|channel|station|radio|television|website|broadcaster|programme|program|show)$/i;
/** Words that open a clause right after a recipient: a pronoun, a determiner, a quantifier, a number. */
const CLAUSE_OPENERS =
  /^\p{N}|^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|he|she|it|they|we|i|you|there|the|a|an|his|her|its|their|our|my|this|that|these|those|some|many|most|no|none|all|every|each|both|few|several|more|only|nobody|nothing|everyone)$|^(?:he|she|it|they|we|i|you|there)[’'](?:s|re|ll|d|ve|m)$/iu;

/** The words of a time right after a recipient ("on Monday", "last week", "yesterday"): how many, or 0. */
function whenTold(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.text ?? '';
  if (/^(?:yesterday|today|recently|earlier)$/i.test(word)) return 1;
  if (/^(?:last|this)$/i.test(word) && /^(?:week|month|year|night|weekend)$/i.test(tokens[at + 1]?.text ?? '')) return 2;
  return /^on$/i.test(word) && WEEKDAY.test(tokens[at + 1]?.text ?? '') ? 2 : 0;
}

/** The "that" after an appositive of a few words that opens at `from` and ends on a comma, or undefined. */
function appositiveThat(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k < Math.min(tokens.length - 1, from + 7); k += 1) {
    if (tokens[k]?.text === ',') return k > from && normaliseWord(tokens[k + 1]?.text ?? '') === 'that' ? k + 1 : undefined;
    // "told reporters, the plan is dead, that ...": a clause between the commas is no appositive.
    if (tokens[k]?.word !== true || /^(?:that|is|are|was|were|has|have|had|will|would)$/.test(normaliseWord(tokens[k]?.text ?? ''))) return undefined;
  }
  return undefined;
}

/** Prepositions that open a postmodifier of a sentence's subject ("the director of the agency", "a report by the lab"). */
const POSTMODIFIER_PREPOSITIONS = /^(?:of|from|at|with|for|in|on|by|about)$/;
/** The most words a subject with its postmodifiers may run to before its cue. */
const MAX_POSTMODIFIED_WORDS = 20;

/**
 * "Dr. Jo Hale of the State Department of Health and Human Services says ...", "A 2009 report by the Center for Policy
 * Research found that ...", "A report released in May by the National Academy noted that ...": a subject longer than
 * `subjectBefore` reads, that opens the sentence (after a discourse word at most) on a name or a determined noun of at
 * most five words, goes on with a preposition, and runs to the cue with no comma, quote, clause word, cue or finite
 * verb (a participle only right before a preposition: "released in", "issued by"). The whole phrase, else null.
 */
export function postmodifiedSubject(tokens: Token[], cueAt: number): PrintedPhrase | null {
  let end = cueAt;
  while (end > 0 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  const from = OPENERS.has(normaliseWord(tokens[0]?.text ?? '')) && tokens[1]?.word === true ? 1 : 0;
  const words = tokens.slice(from, end);
  if (words.length === 0 || words.length > MAX_POSTMODIFIED_WORDS) return null;
  // The head ends before the first preposition, or before a participle that one follows ("A report released in May").
  const preposition = words.findIndex((t, k) => POSTMODIFIER_PREPOSITIONS.test(t.text) || (/^\p{Ll}+ed$/u.test(t.text) && POSTMODIFIER_PREPOSITIONS.test(words[k + 1]?.text ?? '')));
  if (preposition < 1 || preposition > 5 || preposition === words.length - 1) return null;
  const head = words.slice(0, preposition);
  const first = head[0]?.text ?? '';
  const headNoun = normaliseWord(head[head.length - 1]?.text ?? '');
  // The head names someone or something that speaks: a capitalised name, or a determined noun of a person, a group or a document.
  const names = head.every((t) => isCapitalised(t.text) || /^\p{N}/u.test(t.text)) && isCapitalised(first) && !/^(?:A|An|The)$/.test(first);
  const determined = /^(?:a|an|the|one|another)$/i.test(first) && (PERSON_NOUNS.has(headNoun) || PERSON_NOUNS.has(`${headNoun}s`) || ORG_NOUNS.has(headNoun) || DOCUMENT_NOUNS.has(headNoun) || isCapitalised(head[head.length - 1]?.text ?? ''));
  if (!names && !determined) return null;
  for (let k = 0; k < words.length; k += 1) {
    const token = words[k];
    if (token === undefined || !(token.word || /^[’'.-]$/.test(token.text))) return null;
    const word = normaliseWord(token.text);
    // "of Health and Human Services", "on pollution and health": "and" inside the postmodifier joins its nouns.
    const joins = /^(?:and|or)$/.test(word) && k > preposition && words[k - 1]?.word === true && words[k + 1]?.word === true;
    if ((CLAUSE_WORDS.has(word) && !joins) || STATEMENT_CUES.has(word) || AUXILIARIES.has(word) || WEEKDAY.test(token.text)) return null;
    if (k > preposition && /^\p{Ll}+ed$/u.test(token.text) && !POSTMODIFIER_PREPOSITIONS.test(words[k + 1]?.text ?? '')) return null;
  }
  const named = words.filter((t) => t.word);
  return printedTokens(named, named.map((t) => t.text).join(' '));
}

/** The words from token `from` to `to` as one phrase (at most a subject's length), with where it is printed. */
export function phraseOf(tokens: Token[], from: number, to: number): PrintedPhrase | null {
  const words = tokens.slice(from, Math.min(to, from + MAX_SUBJECT_WORDS)).filter((t) => t.word || t.text === ',');
  if (words.length === 0) return null;
  return printedTokens(words, words.map((t) => t.text).join(' ').replace(/ ,/g, ','));
}

// Words that put the name after them in a place, time or other role than the one a figure is about.
const NAME_GOVERNORS = /^(?:in|on|at|near|across|from|to|into|for|by|with|against|via|outside|inside|throughout|previously|formerly)$/i;
const wordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
/** Whether `short` is `long` or a shorter form of it ("Peskov" of "Dmitry Peskov"). */
const isFormOf = (short: string, long: string) => wordsOf(short).every((w) => wordsOf(long).includes(w));

/**
 * The names around a figure with the one it is about first: the owner printed with it ("users of WhatsApp",
 * "WhatsApp's users"), else the speaker of the quote or statement it sits in, else the first name that no
 * preposition governs and that is no aside or dateline ("Acme reported 500 jobs in Ohio": Acme, not Ohio).
 * Shorter forms of the first are dropped.
 */
export function orderFigureNames(
  sentence: string,
  figure: { start: number; end: number },
  entities: readonly string[],
  speaker: string | null,
): string[] {
  // Where a name is printed, a full stop after any of its words allowed ("Sen Bernie Sanders" of "Sen. Bernie Sanders").
  const at = (name: string) => {
    const words = name.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return [...sentence.matchAll(new RegExp(words.join('\\.?[ \\u00A0]+'), 'g'))].map((m) => m.index);
  };
  const owner = entities.find((name) =>
    at(name).some(
      (i) =>
        /^[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?$/i.test(sentence.slice(figure.end, i)) ||
        ownsInRelativeClause(sentence, figure.end, i, name) ||
        /^['’]s?[ \u00A0]+(?:(?:own|total|some|about|over|nearly|more than|around|roughly)[ \u00A0]+)*$/i.test(sentence.slice(i + name.length, figure.start)),
    ),
  );
  // A name a preposition governs, one in brackets ("(MPA)") and a dateline ("PORT ALDER (MPA) -") are not it.
  const aside = (name: string, i: number) =>
    NAME_GOVERNORS.test(/([\p{L}]+)[ \u00A0]*$/u.exec(sentence.slice(Math.max(0, i - 24), i))?.[1] ?? '') ||
    /\([ \u00A0]*$/.test(sentence.slice(0, i)) ||
    (sentence.slice(0, i).trim() === '' && !/\p{Ll}/u.test(name) && /^[ \u00A0]*(?:\([^)]*\)[ \u00A0]*)?[-–—]/.test(sentence.slice(i + name.length)));
  const free = entities.find((name) => at(name).some((i) => !aside(name, i)));
  const subject = owner ?? speaker ?? free ?? entities[0];
  if (subject === undefined) return [];
  if (opensTally(sentence, figure, subject)) return [subject];
  return [subject, ...entities.filter((name) => name !== subject && !isFormOf(name, subject))];
}

/**
 * "the $12 million that Rival Corp paid", "the 30 points (a career high) that Ann Lee scored": a figure that an object
 * relative clause follows is what the clause's subject, printed at `i`, got, paid or did; that subject is whose it is,
 * whatever name opens the sentence. Only lower-case words between "that" or "which" and the name ("that fellow bidder
 * Rival Corp paid"), a bracketed aside after the figure, and a lower-case verb after the name (not "and", a
 * preposition or a clause break: "the 30 points that Lee and Park shared" stays unread); no passive or preposition
 * or auxiliary between ("the 30 points that were scored against Rival City" names the side that gave them up; in "the
 * two claims that would make Ann Lee liable" the clause's subject is the figure's own noun).
 */
function ownsInRelativeClause(sentence: string, figureEnd: number, i: number, name: string): boolean {
  const between = sentence.slice(figureEnd, i);
  if (!/^(?:[ \u00A0]*\([^()]*\))?\)?[ \u00A0]+(?:that|which)[ \u00A0]+(?:(?!(?:by|against|to|for|from|with|in|on|at|of|is|are|was|were|been|be|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should)[ \u00A0])\p{Ll}[\p{Ll}-]*[ \u00A0]+){0,4}$/u.test(between)) return false;
  return /^[ \u00A0]+(?:(?:has|had|have|will|would|could)[ \u00A0]+)?(?!(?:and|or|of|in|on|at|to|for|with|from|by|as|said|says)\b)\p{Ll}{3,}\b/u.test(sentence.slice(i + name.length));
}

/** Verbs by which a sentence tallies what its subject did ("Lena Park had 12 points", "Ortiz scored 30"). */
const TALLY_VERB = /^[ \u00A0]+(?:had|scored|added|recorded|posted|grabbed|collected|totaled|totalled|tallied|finished with|caught)[ \u00A0]+/i;

/**
 * A stat line in prose: the sentence opens with its subject and a verb that tallies what they did, then only figures
 * up to this one, no other name and no clause break ("Lena Park had four points, 10 assists and a season-high six
 * steals"). The figure is the subject's alone: a name later in the sentence (an opponent, a former team) is not whose
 * it is, so that two players' "10 assists" of one game stay two figures (dedupe's differentSubjects). A verb of
 * saying between ("had said") makes it a report, not a tally.
 */
function opensTally(sentence: string, figure: { start: number }, subject: string): boolean {
  const lead = sentence.length - sentence.trimStart().length;
  if (!sentence.startsWith(subject, lead)) return false;
  const verb = TALLY_VERB.exec(sentence.slice(lead + subject.length, figure.start));
  if (verb === null) return false;
  const between = sentence.slice(lead + subject.length + verb[0].length, figure.start);
  // "State's reviewers had said more than 1,300 emails ...": a report of others' figures, no tally of its own.
  return !/[;:!?"“”()]|\.(?!\d)|\p{Lu}|\b(?:said|told|reported|estimated|claimed)\b/u.test(between);
}
