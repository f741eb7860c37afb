/**
 * Speech a quote reports of someone else: "“Donald Trump says he’s qualified for president,” Clinton said" quotes
 * Clinton, but the clause after "Donald Trump says" is Trump's. The nested clause is an item of its own, its speaker
 * the person named before its cue inside the quotation.
 */

import type { TextAnalysis } from './analyzeText.ts';
import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { PRINTED_PERSON, lookupName, personPrintedAs, printedPersonWords } from './buildNameIndex.ts';
import { PERSON_NOUNS, normaliseWord } from './cues.ts';
import type { Gender } from './personGender.ts';
import { genderReader, isFirstName } from './personGender.ts';
import type { ExtractedMention } from './types.ts';

/** A cue in the present or past tense that reports a clause; "told" takes its hearer ("told reporters"). */
const NESTED_CUE = String.raw`(?:says|said|claims|claimed|insists|insisted|argues|argued|tells\s+\p{Ll}+|told\s+\p{Ll}+)`;

/**
 * A name opening the quotation or one of its sentences (at most one courtesy title and four capitalised words), its
 * cue and the clause up to the sentence's end, shown to be one by "that" or by a pronoun as its subject ("says he’s
 * qualified"; not "says the things people want to say", a noun phrase, nor "said when he was talking").
 */
const NESTED = new RegExp(
  String.raw`(?:^|[.!?]\s+)(${PRINTED_PERSON})\s+(${NESTED_CUE})\s+(?:that\s+|(?=(?:he|she|they|we|it|I)(?:[’']\p{Ll}+)?\s))([^.!?;:“”"‘]+)`,
  'gu',
);

/** Words that open a sentence in capitals but name no one ("He says", "They said", "The president says"). */
const NOT_A_NAME =
  /^(?:I|We|You|He|She|They|It|This|That|The|A|An|Everybody|Everyone|Nobody|Somebody|Someone|People)$/;

/**
 * The clauses that quotes report of another person named in the text, each an extracted statement of that person;
 * none where a mention already has those bounds.
 */
export function nestedStatements(
  mentions: readonly ExtractedMention[],
  analysis: TextAnalysis,
): ExtractedMention[] {
  const taken = new Set(mentions.map((m) => `${m.start}|${m.end}`));
  const out: ExtractedMention[] = [];
  for (const quote of mentions) {
    if (quote.kind !== 'quote') continue;
    for (const match of quote.text.matchAll(NESTED)) {
      const [, printed = '', cue = '', clause = ''] = match;
      if (NOT_A_NAME.test(printedPersonWords(printed)[0] ?? '') || clause.trim().split(/\s+/).length < 3)
        continue;
      // Only a person the text names in full, printed here by that name, its surname or its first and last names
      // ("Donald Trump" of "Donald J. Trump").
      const full = personPrintedAs(analysis.names, printed, true);
      if (full === null) continue;
      if (full.name === quote.speaker) continue;
      const trimmed = clause.replace(/[\s,]+$/u, '');
      const start = quote.start + (match.index ?? 0) + match[0].lastIndexOf(clause);
      const end = start + trimmed.length;
      if (taken.has(`${start}|${end}`)) continue;
      taken.add(`${start}|${end}`);
      const { relation: _relation, ...rest } = quote;
      const nameStart = quote.start + (match.index ?? 0) + match[0].indexOf(printed);
      out.push({
        ...rest,
        kind: 'statement',
        text: trimmed,
        start,
        end,
        speaker: full.name,
        speakerRaw: printed,
        speakerStart: nameStart,
        speakerEnd: nameStart + printed.length,
        speakerType: 'person',
        role: full.role,
        cue: cue.split(/\s+/)[0] ?? cue,
      });
    }
  }
  return out;
}

/** Familiar names of kin and close relations ("my mom", "her partner") that PERSON_NOUNS, the rest of them, lacks. */
const FAMILIAR_PERSON_NOUNS = /^(?:mom|mum|dad|parent|grandma|grandpa|boss|partner|fiancee?|kids?|children)$/;

/** A capitalised word that opens a clause before a name ("When Donald Trump says"), with its space. */
const OPENING_WORD = /^(?:When|Whenever|If|And|But|As|So|Then|While|Because|Even|Once|Until|Unless|Though|Although|After|Before|Since|Where|Yes|No|Well|Oh)\s+/;

/** Words that report a quoted utterance inside a quote ("and said, '...'", "yelled back: '...'", "was like, '...'"). */
const INNER_CUE = String.raw`(?:said|says|asked|asks|yelled|shouted|replied|told\s+(?:me|us|him|her|them)|(?:was|were|is|are)(?:\s+\p{Ll}+,?)?\s+like,?)(?:\s+(?:back|out))?`;

/**
 * A quotation inside a quote, set off by single marks after its own speaker and cue: "Barbara Bush looked at me and
 * said, 'You weren't in line'", "my mom was always, like, 'Oh, you have citizenship'". The speaker is a name, a
 * possessive description ("my mom") or "he"/"she" ("When I turn the tape off, he says, '...'"); up to five words and
 * "and" may stand between it and the cue, and a circumstance of up to four words with its comma after the cue ("as
 * Erica said the other day, '...'"). The inner words run
 * to a single closing mark not followed by a letter (an apostrophe is: "weren't"), or to the end of the quote; a full
 * stop, question or exclamation mark closing them is theirs, as it is an outer quote's, a comma is not.
 */
const NESTED_QUOTE = new RegExp(
  String.raw`(?:^|(?<=[\s,;:.!?]))(?:(${PRINTED_PERSON})|((?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+\p{Ll}+)|(he|she))(?:(?:\s+\p{Ll}+){1,5}\s+and)?\s+${INNER_CUE}(?:(?:\s+\p{Ll}+){1,4}(?=,))?\s*[,:]?\s*['‘]((?:[^'‘’]|['’](?=\p{L}))+?[.!?]?)(?:,?['’](?!\p{L})|$)`,
  'gdu',
);

/**
 * The quotations that quotes carry of another speaker, each a quote of its own with that speaker: a person the text
 * names (by the name as printed when the index has it only there), or the description of a person as printed ("my mom"); none
 * where the inner speaker is the quote's own or a mention already has those bounds.
 */
export function nestedQuotes(mentions: readonly ExtractedMention[], analysis: TextAnalysis): ExtractedMention[] {
  const taken = new Set(mentions.map((m) => `${m.start}|${m.end}`));
  const out: ExtractedMention[] = [];
  for (const quote of mentions) {
    if (quote.kind !== 'quote') continue;
    for (const match of quote.text.matchAll(NESTED_QUOTE)) {
      const [, named, described, lower, inner = ''] = match;
      // "He says, '...'" opening a sentence of the quote is the pronoun, no name.
      const pronoun = lower ?? (named === 'He' || named === 'She' ? named.toLowerCase() : undefined);
      const printed = pronoun === undefined ? named : undefined;
      const at = match.indices?.[4];
      if (at === undefined || inner.trim().split(/\s+/).length < 2) continue;
      let speaker: { name: string; role: string | null } | null = null;
      if (printed !== undefined) {
        // "When Donald Trump says '...'": a capitalised subordinator opening the quote is no part of the name.
        const name = printed.replace(OPENING_WORD, '');
        if (NOT_A_NAME.test(printedPersonWords(name)[0] ?? '')) continue;
        const full = personPrintedAs(analysis.names, name, true) ?? personByFirstName(analysis.names, name);
        if (full !== null) speaker = { name: full.name, role: full.role };
        else if (name === printed && printedPersonWords(name).length >= 2) speaker = { name, role: null };
      } else if (pronoun !== undefined) {
        // Only inside a quote whose own speaker is known: "he" in a quote of no known speaker may be that speaker.
        if (quote.speaker === null) continue;
        const full = pronounAntecedent(analysis, quote, quote.start + (match.index ?? 0), pronoun === 'he' ? 'male' : 'female');
        if (full !== null) speaker = { name: full.name, role: full.role };
      } else if (described !== undefined) {
        // "my mom", "his partner": a person; "put his hand on his shoulder and said" names a body part, no speaker.
        const noun = described.split(/\s+/)[1] ?? '';
        if (!FAMILIAR_PERSON_NOUNS.test(noun) && !PERSON_NOUNS.has(noun)) continue;
        speaker = { name: described, role: null };
      }
      if (speaker === null || speaker.name === quote.speaker) continue;
      const trimmed = inner.replace(/[\s,]+$/u, '');
      const start = quote.start + at[0];
      const end = start + trimmed.length;
      if (taken.has(`${start}|${end}`)) continue;
      taken.add(`${start}|${end}`);
      const speakerAt = match.indices?.[named !== undefined ? 1 : described !== undefined ? 2 : 3];
      const { relation: _relation, ...rest } = quote;
      out.push({
        ...rest,
        text: trimmed,
        start,
        end,
        speaker: speaker.name,
        speakerRaw: printed ?? described ?? pronoun ?? null,
        speakerStart: speakerAt === undefined ? null : quote.start + speakerAt[0],
        speakerEnd: speakerAt === undefined ? null : quote.start + speakerAt[1],
        speakerType: 'person',
        role: speaker.role,
      });
    }
  }
  return out;
}

/**
 * "Erica" of "as Erica said the other day": a single capitalised word that is the first name of exactly one person the
 * text names in full ("Erica Smegielski"), and no surname the text knows.
 */
function personByFirstName(index: NameIndex, word: string): KnownName | null {
  if (!isFirstName(word) || index.has(normaliseWord(word))) return null;
  const found = new Map<string, KnownName>();
  for (const list of index.values()) for (const entry of list) if (entry.person && entry.words.length >= 2 && entry.words[0] === word) found.set(entry.name, entry);
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}

/** How far before a quote its inner "he"/"she" looks for the person it stands for. */
const ANTECEDENT_REACH = 600;

/**
 * Whom "he" or "she" at `offset` inside `quote` stands for: the last person of that gender printed (in full or by
 * surname) between the stretch before the quote (within its paragraph, or the one before when the quote opens its
 * own, and ANTECEDENT_REACH) and the pronoun, other
 * than the quote's own speaker; null when none is, or a person whose gender nothing tells is printed after it.
 */
function pronounAntecedent(analysis: TextAnalysis, quote: ExtractedMention, offset: number, wanted: Gender): KnownName | null {
  const text = analysis.text;
  let paragraph = text.lastIndexOf('\n\n', quote.start);
  // A quote that opens its paragraph ("“In our first talk, he said, '...'”") goes on from the paragraph before, where
  // its speaker set the scene ("Ann Roe said she met Tom Lee in 2011.").
  if (paragraph > 0 && /^[\s"“‘']*$/u.test(text.slice(paragraph, quote.start))) paragraph = text.lastIndexOf('\n\n', paragraph - 1);
  const from = Math.max(0, quote.start - ANTECEDENT_REACH, paragraph);
  const stretch = text.slice(from, offset);
  const genderOf = genderReader(text);
  let last: KnownName | null = null;
  // "McConnell", "DeSantis": capitals inside a name are part of it.
  for (const match of stretch.matchAll(/(?<![\p{L}’'])\p{Lu}[\p{L}’'-]+/gu)) {
    const entry = lookupName(analysis.names, match[0]);
    if (entry === null || entry.name === quote.speaker) continue;
    const gender = genderOf(entry.name, entry.role);
    // A person of the other gender is passed over; one whose gender nothing tells may be the one meant.
    if (gender === wanted) last = entry;
    else if (gender === null) last = null;
  }
  return last;
}
