/**
 * Speech a quote reports of someone else: "“Donald Trump says he’s qualified for president,” Clinton said" quotes
 * Clinton, but the clause after "Donald Trump says" is Trump's. The nested clause is an item of its own, its speaker
 * the person named before its cue inside the quotation.
 */

import type { TextAnalysis } from './analyzeText.ts';
import { PRINTED_PERSON, personPrintedAs, printedPersonWords } from './buildNameIndex.ts';
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
