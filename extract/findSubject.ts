/** The subject of a reporting verb: the noun phrase before it, the one cited, the main clause's, a recipient. */

import { AUXILIARIES, CLAUSE_WORDS, ORG_MARKERS, PARTICLES, STATEMENT_CUES, betweenSubjectAndCue, normaliseWord } from './cues.ts';
import { isCapitalised } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import { joinPrinted, printedTokens } from './printedPhrase.ts';
import { nameAfterRole } from './setOffRole.ts';
import type { PrintedPhrase } from './printedPhrase.ts';

export const MAX_SUBJECT_WORDS = 9;
const PRONOUN = /^(?:he|she|it|they|we|i)$/;
const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|month|year)$/i;
const INTRODUCERS = /^(?:\p{Lu}\p{Ll}+ly|In|On|At|After|Before|During|When|While|Since|Earlier|Later|Meanwhile|Last|Yesterday|Today|Speaking|Asked|However|Still)$/u;
const IRREGULAR_VERBS = new Set([
  'said', 'says', 'told', 'sought', 'took', 'made', 'gave', 'went', 'came', 'got', 'kept', 'left', 'met', 'ran', 'won',
  'lost', 'began', 'spoke', 'wrote', 'held', 'brought', 'thought', 'felt', 'stood', 'led', 'put', 'set', 'hit', 'cut',
]);
// Words that may open a sentence before its subject ("But she said ...").
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'now', 'then', 'however', 'meanwhile', 'also', 'instead']);
/** Words that make a subject a share of a group polled ("47 percent", "half of voters", "two-thirds", "a majority"). */
const SHARE_WORDS = /^(?:percent|half|thirds?|quarters?|two-thirds|three-quarters|majority|plurality)$/i;
/** Words that open a factual clause set before the main one ("While Ramos said ..., he ..."); "if" is a hypothesis. */
export const SUBORDINATORS = /^(?:while|although|though|when|whenever|after|before|because|since|once|whereas)$/i;

/** Whether token `at` is a subordinator opening the sentence, or its clause after "And" or "But". */
export function opensFronted(tokens: readonly Token[], at: number): boolean {
  const open = /^(?:and|but|so)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  return at === open && SUBORDINATORS.test(tokens[at]?.text ?? '');
}
// Prepositions: a subject does not run across them unless it opens with a name ("Rep. Tom Cole of Oklahoma").
export const SUBJECT_BREAKERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'with', 'about', 'by', 'for', 'of', 'into', 'than']);

/**
 * The subject right before the cue, opening the sentence (after a conjunction or an introductory phrase set off
 * by a comma): "Peskov", "But she", "Rep. Tom Cole of Oklahoma, an ally of the leadership,". Returns the subject
 * as printed, with an appositive kept so that it gives the role.
 */
export function subjectBefore(tokens: Token[], cueAt: number): PrintedPhrase | null {
  let end = cueAt;
  while (end > 0 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '')) end -= 1;
  let appositive: [number, number] | null = null;
  if (tokens[end - 1]?.text === ',') {
    // "X, in a statement on Thursday, said" or "X, a Russian official, said".
    let open = end - 2;
    while (open > 0 && end - open < 16 && tokens[open]?.text !== ',') open -= 1;
    if (open <= 0 || tokens[open]?.text !== ',') return null;
    if (!SUBJECT_BREAKERS.has(normaliseWord(tokens[open + 1]?.text ?? ''))) appositive = [open + 1, end - 1];
    end = open;
  }
  let start = end;
  let joined = false;
  while (start > 0 && end - start < MAX_SUBJECT_WORDS) {
    const token = tokens[start - 1];
    if (token === undefined || !(token.word || /^[’'-]$/.test(token.text))) break;
    const word = normaliseWord(token.text);
    if (start === 1 && OPENERS.has(word)) break;
    if (/^(?:and|but)$/.test(word) && tokens[start - 2]?.text === ',') break;
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
    // "While Ramos said ...": the subject of a clause fronted by a subordinator.
    if (opensFronted(tokens, start - 1)) break;
    if (CLAUSE_WORDS.has(word) || STATEMENT_CUES.has(word) || /^\p{Ll}+ed$/u.test(token.text)) return null;
    start -= 1;
  }
  if (start === end) return null;
  const before = tokens[start - 1];
  // "Ms. Toretti, Mrs. Rao and other bundlers said": the end of a list whose first names are cut off is no subject.
  if (joined && before?.text === ',') return null;
  // "..., and Ms. Acosta said": a coordinated clause opens with its own subject.
  const coordinated = /^(?:and|but)$/i.test(before?.text ?? '') && tokens[start - 2]?.text === ',';
  if (start > 0 && !coordinated && !opensFronted(tokens, start - 1) && !(before?.text === ',' || (start === 1 && OPENERS.has(normaliseWord(before?.text ?? ''))))) return null;
  const first = tokens[start];
  const words = tokens.slice(start, end);
  // A share of those asked speaks for them: "47 percent said", "about half of Democratic voters said".
  const share = words.some((t) => SHARE_WORDS.test(t.text));
  // A subject names someone: a capitalised word, a pronoun, or "the spokesman".
  if (!share && !words.some((t) => isCapitalised(t.text)) && !/^(?:the|a|an|he|she|it|they|we|i|his|her|their|its|officials|critics|sources|experts|analysts)$/i.test(first?.text ?? '')) return null;
  if (!share && words.some((t) => SUBJECT_BREAKERS.has(normaliseWord(t.text))) && !isCapitalised(first?.text ?? '')) return null;
  // A dateline in capitals ("CARRISFORD Water company ...") and a time after the name ("... on Monday") are
  // not part of the subject.
  if (end - start > 1 && /^\p{Lu}{2,}$/u.test(tokens[start]?.text ?? '') && !/^\p{Lu}{2,}$/u.test(tokens[start + 1]?.text ?? '')) start += 1;
  while (end - start > 1 && TIME_WORDS.test(tokens[end - 1]?.text ?? '')) {
    end -= 1;
    if (end - start > 1 && /^(?:on|last|this|early|late|in)$/i.test(tokens[end - 1]?.text ?? '')) end -= 1;
  }
  const subject = phraseOf(tokens, start, end);
  if (subject === null || appositive === null) return subject;
  const extra = phraseOf(tokens, appositive[0], appositive[1]);
  return extra === null ? subject : joinPrinted(subject, extra);
}

/** "Reuters cited Kremlin spokesman Dmitry Peskov as saying": the one cited speaks, not the outlet. */
export function citedSubject(tokens: Token[], asAt: number): PrintedPhrase | null {
  for (let k = asAt - 1; k >= Math.max(0, asAt - MAX_SUBJECT_WORDS - 1); k -= 1) {
    if (/^(?:cited|quoted|citing|quoting)$/i.test(tokens[k]?.text ?? '')) return k + 1 < asAt ? phraseOf(tokens, k + 1, asAt) : null;
  }
  return null;
}

/** The subject of the main clause for a participle cue ("Trump defended the plan, saying ..."). */
export function mainSubject(tokens: Token[], before: number): PrintedPhrase | null {
  let start = 0;
  if (OPENERS.has(normaliseWord(tokens[0]?.text ?? ''))) start = 1;
  // "Recently, Russian authorities ...": an introductory word or phrase set off by a comma is not the subject.
  const comma = tokens.findIndex((t, k) => k > start && k < start + 6 && t.text === ',');
  if (comma !== -1 && comma < before && INTRODUCERS.test(tokens[start]?.text ?? '')) start = comma + 1;
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
    // A noun phrase holds one common noun ("Russian authorities", "the Florida senator").
    if (/^\p{Ll}/u.test(token.text) && !/^(?:the|a|an)$/.test(word) && (common += 1) > 1) break;
    end += 1;
  }
  if (end === start || !tokens.slice(start, end).some((t) => isCapitalised(t.text) || /^(?:the|a|an)$/i.test(t.text))) return null;
  // "Yahoo News and former TV network anchor Jane Roe has ...": a role before a name goes on to the name.
  const named = nameAfterRole(tokens, end, before);
  return phraseOf(tokens, start, named === -1 ? end : named);
}

/** Whether `words` are capitalised words that end on an organisation's word ("Works Agency", "Geophysics Agency"). */
const endsOrgName = (words: readonly Token[]): boolean =>
  words.length > 0 && words.every((t) => t.word && isCapitalised(t.text)) && ORG_MARKERS.has(normaliseWord(words[words.length - 1]?.text ?? ''));

/** Skip the recipient of "told": "reporters", "the news agency TASS", "CNN", up to "that" when it comes. */
export function skipRecipient(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 8); k += 1) {
    const word = normaliseWord(tokens[k]?.text ?? '');
    if (word === 'that' || word === ':' || word === ',') return k;
  }
  const first = tokens[from];
  if (first === undefined) return from;
  if (/^(?:him|her|them|me|us|you|reporters|journalists)$/i.test(first.text)) return from + 1;
  let k = from;
  while (k < tokens.length && isCapitalised(tokens[k]?.text ?? '')) k += 1;
  return k;
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
  return [subject, ...entities.filter((name) => name !== subject && !isFormOf(name, subject))];
}
