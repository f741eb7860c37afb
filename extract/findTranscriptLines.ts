/**
 * The lines of an interview or debate transcript printed in an article ("TAPPER: Do you think ...", "Chris Matthews:
 * Seriously ..."): a speaker label at the start of a paragraph, a name and a colon, attributes the paragraph to
 * that person.
 */

import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { lookupName } from './buildNameIndex.ts';
import { normaliseWord } from './cues.ts';
import { inHeadline } from './isMostlyQuoted.ts';
import { isFirstName } from './personGender.ts';
import { nounKind } from './wordnetNouns.ts';

export interface TranscriptLine {
  /** The label as printed, without its colon ("TAPPER", "Chris Matthews"). */
  label: string;
  labelStart: number;
  labelEnd: number;
  /** The spoken words: the rest of the paragraph, without the marks some copy wraps a line in. */
  start: number;
  end: number;
  /**
   * The person the label names, in the full form the article gives anywhere ("Jake Tapper"); null for a label of
   * the dialogue that names nobody ("VIDEO:"), whose words are nobody's line.
   */
  speaker: string | null;
  /** Their role, when the article prints one beside the full name. */
  role: string | null;
  /** The paragraph's index among the text's non-blank lines, as quote spans count them. */
  paragraph: number;
  /**
   * A question of the interviewer's: every line of its label ends in a question mark while another label answers.
   * It is put to a source, who answers it next, and claims nothing itself (LABELLING.md).
   */
  asks: boolean;
}

// A label: one to three words in capitals ("JAKE TAPPER", "O'REILLY") or capitalised ("Chris Matthews",
// "Seitz-Wald"), after an opening mark that some copy prints before each line, and before a colon. An interview's
// "Q:" and "A:" name nobody: the first word has two letters at least.
const LABEL =
  /^[^\S\n]*["“]?((?:\p{Lu}[\p{Lu}.'’-]+|\p{Lu}[\p{Ll}'’-]+)(?:[^\S\n]\p{Lu}[\p{L}.'’-]*){0,2}):[^\S\n]+(?=["“‘]?[\p{L}\p{N}])/u;
const ALL_CAPS = /^[\p{Lu}\s.'’-]+$/u;
// A capitalised label needs words after it: "Clinton: 547." is a tally, not a line of speech.
const MIN_WORDS = 3;

interface Labelled {
  line: Omit<TranscriptLine, 'speaker' | 'role' | 'asks'>;
  key: string;
  allCaps: boolean;
}

/**
 * The transcript lines of `text`. A label counts only in a run that reads as a dialogue: at least two labelled
 * paragraphs, by at least two speakers, one of whom speaks twice unless every label is in capitals (the
 * transcript's own convention); so that a list ("Sanders: Win in a walk.", "Cruz: Just hang on.") or a dateline
 * is no transcript. A label names a person when the article prints that
 * person's full name; a label in capitals also when it is a full name itself or labels two lines or more (a
 * one-off "VIDEO:" does not), a capitalised one when it labels two lines and the text prints it as a name.
 */
export function findTranscriptLines(
  text: string,
  names: NameIndex,
  capitalisedWords: ReadonlySet<string>,
): TranscriptLine[] {
  const labelled: Labelled[] = [];
  let index = -1;
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    if (paragraph[0].trim() !== '') index += 1;
    const m = LABEL.exec(paragraph[0]);
    const label = m?.[1];
    if (!m || !label || isSalutation(label)) continue;
    const paragraphStart = paragraph.index ?? 0;
    const labelStart = paragraphStart + m[0].indexOf(label);
    const start = paragraphStart + m[0].length;
    const end = paragraphStart + paragraph[0].replace(/\s+$/, '').length;
    const allCaps = ALL_CAPS.test(label);
    const spoken = text.slice(start, end);
    if (!allCaps && (spoken.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) continue;
    // "Cruz: Trump Would Put Liberals On Court": the headline's speaker and words, not a line of a dialogue (a
    // line full of names, "And that’s why Donald Trump is on his way to the White House", can read as title case).
    if (index === 0 && inHeadline(text, { open: labelStart, close: end })) continue;
    // A line printed as `"RAMOS: ...` closes its mark at the end, if at all.
    const opened = /["“]/.test(m[0].slice(0, m[0].indexOf(label)));
    const close = opened && /["”]$/.test(spoken) ? 1 : 0;
    const key = normaliseWord(label.split(/\s+/).pop() ?? label);
    labelled.push({
      line: {
        label,
        labelStart,
        labelEnd: labelStart + label.length,
        start,
        end: end - close,
        paragraph: index,
      },
      key,
      allCaps,
    });
  }
  const counts = new Map<string, number>();
  for (const { key } of labelled) counts.set(key, (counts.get(key) ?? 0) + 1);
  const dialogue =
    labelled.length >= 2 &&
    counts.size >= 2 &&
    ([...counts.values()].some((n) => n >= 2) || labelled.every((l) => l.allCaps));
  if (!dialogue) return interviewLines(text, names);
  const asking = interviewers(text, labelled);
  const lines: TranscriptLine[] = [];
  for (const { line, key, allCaps } of labelled) {
    const known = lookupName(names, key);
    const repeated = (counts.get(key) ?? 0) >= 2;
    // Capitals are the transcript's own convention; a capitalised word ("Photo:", "Source:") needs the article to
    // print it as a name, capitalised away from a sentence's start.
    const last = line.label.split(/\s+/).pop() ?? '';
    // "QUESTION:", "UPDATE:", "EDITOR'S NOTE:" label a kind of line, not a person: a label the article does not
    // print as a name must not be a common noun other than a person's.
    const kind = nounKind(last.replace(/['’]s$/i, ''));
    const nameLike = kind === null || kind === 'person';
    const named =
      known !== null ||
      (nameLike && (allCaps ? repeated || line.label.includes(' ') : repeated && capitalisedWords.has(last)));
    lines.push({
      ...line,
      speaker: named ? speakerOf(key, labelled, known) : null,
      role: known?.role ?? null,
      asks: asking.has(key),
    });
  }
  return lines;
}

/** A line that ends in a question mark, before any closing mark ("Why not debate?", "And the workers’ demands?”"). */
const ENDS_ASKING = /\?[\s"”'’)]*$/u;

/**
 * The labels of a dialogue's interviewers: a label whose every line asks ("REYES: And the workers’ demands?"), when
 * another label's lines answer (at least one line that asks nothing). A guest's line that ends on a rhetorical
 * question stays, so long as any of their lines asserts.
 */
function interviewers(text: string, labelled: readonly Labelled[]): Set<string> {
  const asks = (l: Labelled): boolean => ENDS_ASKING.test(text.slice(l.line.start, l.line.end));
  const keys = new Set(labelled.map((l) => l.key));
  const asking = new Set([...keys].filter((key) => labelled.every((l) => l.key !== key || asks(l))));
  return labelled.some((l) => !asking.has(l.key)) ? asking : new Set();
}

/** An interview's "Q:" or "A:" at the start of a paragraph, before its words. */
const INTERVIEW_LABEL = /^[^\S\n]*(Q|A):[^\S\n]+(?=["“‘]?[\p{L}\p{N}])/u;
/**
 * "QWhere did you grow up?": a question printed with its "Q" glued to its first word, no colon, a capital and then a
 * small letter after it (not "QVC", "Qatar"). It counts only where no question has its colon and the answers print
 * theirs.
 */
const GLUED_QUESTION = /^[^\S\n]*(Q)(?=\p{Lu}[\p{Ll}'’])/u;
/** The fewest words of a paragraph between an answer and the next question that goes on with the answer. */
const MIN_CONTINUED_WORDS = 8;

/**
 * "Q: Where did you grow up?" / "A: In Tucson, where ...": an interview printed as questions and answers (a question
 * may print its "Q" glued to its words, "QWhere ..."), two of each at least, every "A:" after a "Q:", is the words of the one person it interviews, whom the text names before its
 * first question: the only person named there, or the one of them the whole text names most often (on a tie, nobody).
 * Each answer is a line of that person's, and so is each paragraph of some length between an answer and the next
 * question (an answer over several paragraphs); the questions are put to them, nobody's claim ("Q" names nobody).
 */
function interviewLines(text: string, names: NameIndex): TranscriptLine[] {
  const paragraphs: Array<{ label: 'Q' | 'A' | null; labelStart: number; start: number; end: number; index: number }> = [];
  const glued = !/^[^\S\n]*Q:/mu.test(text) && /^[^\S\n]*A:/mu.test(text);
  let index = -1;
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    if (paragraph[0].trim() === '') continue;
    index += 1;
    const at = paragraph.index ?? 0;
    const m = INTERVIEW_LABEL.exec(paragraph[0]) ?? (glued ? GLUED_QUESTION.exec(paragraph[0]) : null);
    const label = m?.[1] === 'Q' || m?.[1] === 'A' ? m[1] : null;
    paragraphs.push({ label, labelStart: at + (m === null ? 0 : m[0].indexOf(m[1] ?? '')), start: at + (m?.[0].length ?? 0), end: at + paragraph[0].replace(/\s+$/, '').length, index });
  }
  const labelled = paragraphs.filter((p) => p.label !== null);
  const questions = labelled.filter((p) => p.label === 'Q').length;
  if (questions < 2 || labelled.length - questions < 2 || labelled.some((p, k) => p.label === 'A' && labelled[k - 1]?.label !== 'Q')) return [];
  const firstQuestion = labelled[0]?.label === 'Q' ? labelled[0].labelStart : -1;
  const speaker = interviewee(names, firstQuestion);
  if (speaker === null) return [];
  const lines: TranscriptLine[] = [];
  let answering = false;
  for (const [k, p] of paragraphs.entries()) {
    if (p.label !== null) answering = p.label === 'A';
    const words = text.slice(p.start, p.end).match(/\p{L}+/gu)?.length ?? 0;
    // A paragraph after an answer goes on with it only up to the next question: after the last answer the writer speaks.
    const continued = p.label === null && answering && words >= MIN_CONTINUED_WORDS && paragraphs.slice(k + 1).some((q) => q.label === 'Q');
    if ((p.label === 'A' && words >= MIN_WORDS && !namesOnly(text.slice(p.start, p.end))) || continued) {
      lines.push({ label: p.label ?? 'A', labelStart: p.labelStart, labelEnd: p.label === null ? p.labelStart : p.labelStart + 1, start: p.start, end: p.end, paragraph: p.index, speaker: speaker.name, role: speaker.role, asks: false });
    }
  }
  return lines;
}

/**
 * "A: Bob Marley, Bruno Mars, The Eagles", "A: Tie between Istanbul and Cape Town": an answer whose words are mostly
 * capitalised names things (a favourite, a list), and asserts nothing.
 */
function namesOnly(words: string): boolean {
  // The first word is capitalised as any sentence's, "I" as a pronoun ("Not yet, I will.").
  const rest = (words.match(/\p{L}[\p{L}'’-]*/gu) ?? []).slice(1);
  return rest.filter((w) => /^\p{Lu}/u.test(w) && w !== 'I').length * 2 >= rest.length;
}

/**
 * The person an interview printed from `firstQuestion` on is with (see `interviewLines`): a name whose last word is no
 * thing's noun, or whose first word is a first name and no noun ("Laura Bush").
 */
function interviewee(names: NameIndex, firstQuestion: number): KnownName | null {
  if (firstQuestion < 0) return null;
  // "Harbor Books" has a person's shape, but its last word is a common noun of a thing: a firm, no one interviewed.
  // A first name that is no noun as well ("Laura", not "Harbor") opens a person's name whatever its last word.
  const personal = (n: KnownName): boolean =>
    [null, 'person'].includes(nounKind(n.words.at(-1) ?? '')) || (isFirstName(n.words[0] ?? '') && nounKind(n.words[0] ?? '') === null);
  const people = [...new Set([...names.values()].flat())].filter((n) => n.person && n.words.length >= 2 && n.first < firstQuestion && personal(n));
  const [top, next] = people.sort((a, b) => b.count - a.count);
  return top !== undefined && (next === undefined || next.count < top.count) ? top : null;
}

/**
 * "DEAR ABBY:", "Dear Editor:": a letter's salutation names who it is written to, not who speaks, so an advice
 * column's letters and answers are no dialogue.
 */
function isSalutation(label: string): boolean {
  return /^dear\s/i.test(label);
}

/** The full name a label stands for: the article's person with that last word, a longer label, else the label. */
function speakerOf(key: string, labelled: readonly Labelled[], known: KnownName | null): string | null {
  if (known) return known.name;
  const longest = labelled
    .filter((other) => other.key === key)
    .map((other) => other.line.label)
    .sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0];
  return longest ? titleCase(longest) : null;
}

/** "JAKE TAPPER" -> "Jake Tapper"; a label printed in lower case keeps its case. */
function titleCase(label: string): string {
  if (!ALL_CAPS.test(label)) return label;
  return label
    .toLowerCase()
    .replace(
      /(^|[\s-]|['’](?!s\b))(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
