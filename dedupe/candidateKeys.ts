import type { FigureMarks } from '../extract/types.ts';
import { contentStems, isGuardToken } from './compareTexts.ts';
import { hashKey } from './hashKey.ts';
import { isStopWord, stemWord } from './nlp.ts';
import { CLAUSE_BREAK, tokenize } from './normalizeText.ts';

export interface KeyOptions {
  /** Words per shingle. */
  shingle: number;
  /** Shingles per winnowing window: any shared run of shingle + window - 1 words shares a key. */
  window: number;
}

export { KEY_SCHEME } from './keyScheme.ts';

export const DEFAULT_KEY_OPTIONS: KeyOptions = Object.freeze({ shingle: 4, window: 4 });

/**
 * Candidate keys of a quote's words by winnowing hashed word shingles: a quote that repeats, or prints a
 * run of words of substance of, another quote shares at least one key with it, so candidates come from an
 * index lookup. A shingle of function words only ("but this is about") is never a key: such runs are in
 * thousands of unrelated quotes, so they would say nothing and make every lookup read all of those quotes.
 * A shared run of shingle + window - 1 words shares a key unless all of its shingles are function words (two
 * quotes of function words only share their whole-quote key when they are equal). Quotes and statements
 * (reported speech) have the same keys: a statement that carries a quote's words meets the quote.
 */
export function quoteKeys(tokens: readonly string[], options: KeyOptions = DEFAULT_KEY_OPTIONS): number[] {
  const keys = new Set<number>([hashKey(`q|${tokens.join(' ')}`)]);
  const { shingle, window } = options;
  if (tokens.length < shingle) return [...keys];
  const hashes: number[] = [];
  for (let i = 0; i + shingle <= tokens.length; i++) {
    const words = tokens.slice(i, i + shingle);
    hashes.push(words.every(isStopWord) ? Number.POSITIVE_INFINITY : hashKey(`s|${words.join(' ')}`));
  }
  const pick = (from: number[]) => {
    const least = Math.min(...from);
    if (least !== Number.POSITIVE_INFINITY) keys.add(least);
  };
  if (hashes.length <= window) {
    pick(hashes);
    return [...keys];
  }
  for (let i = 0; i + window <= hashes.length; i++) pick(hashes.slice(i, i + window));
  return [...keys];
}

/** How many of a quote's words of substance key it under its speaker (speakerWordKeys). */
const SPEAKER_WORD_KEYS = 6;

/**
 * Keys of a quote under its speaker's surname, one per word of substance (its stem, as sameContent compares them;
 * the longest SPEAKER_WORD_KEYS, figures and negations left out): two printings of one speaker's statement with a few words
 * changed or moved share some, where they need not share a run of words (quoteKeys). Merging decides whether
 * they are one (dedupe/compareTexts.ts sameContent).
 */
export function speakerWordKeys(tokens: readonly string[], surname: string): number[] {
  if (surname === '') return [];
  const stems = [...new Set(contentStems(tokens.filter((t) => !isGuardToken(t))))]
    .filter((stem) => stem.length >= 3)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .slice(0, SPEAKER_WORD_KEYS);
  return stems.map((stem) => hashKey(`w|${surname}|${stem}`));
}

/** Words of a clause's end that key it under its speaker (clauseEndKeys): a quote's shingle. */
const CLAUSE_END_WORDS = DEFAULT_KEY_OPTIONS.shingle;

/**
 * Keys of a text's clause ends under its speaker's surname: the last CLAUSE_END_WORDS words of each clause (split where
 * punctuation or a quotation mark breaks it) that are not function words only. A short stretch a statement quotes
 * ("he was “not quite there yet” on the deal") is a clause of its own, and the whole quote prints it as the end of
 * one ("And I'm just not quite there yet."): they meet, where quoteKeys' winnowing guarantees only a shared run of
 * shingle + window - 1 words. Merging keeps a part that stops inside a clause apart anyway (decideMerge endsAtClause).
 */
export function clauseEndKeys(text: string, surname: string): number[] {
  if (surname === '') return [];
  const keys = new Set<number>();
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = tokenize(clause);
    if (tokens.length < CLAUSE_END_WORDS) continue;
    const end = tokens.slice(-CLAUSE_END_WORDS);
    if (!end.every(isStopWord)) keys.add(hashKey(`e|${surname}|${end.join(' ')}`));
  }
  return [...keys];
}

/**
 * The candidate keys of a quote or statement: its runs of words (quoteKeys), its clause ends under its speaker's
 * surname (clauseEndKeys), and its words of substance under that surname (speakerWordKeys) and under each word of a
 * body its speaker's role names (roleBodyWords: "FBI Director" keys under "fbi"), so that a body's printings ("the
 * FBI said", "police said") and those of one who speaks for it meet in other words too. `bodies`: those words (the
 * speaker's surname among them is keyed once).
 */
export function textKeys(text: string, surname: string, bodies: readonly string[] = []): number[] {
  const tokens = tokenize(text);
  const words = [surname, ...bodies.filter((word) => word !== surname)];
  return [...quoteKeys(tokens), ...clauseEndKeys(text, surname), ...words.flatMap((word) => speakerWordKeys(tokens, word))];
}

/** Words of one meaning in what a figure counts (after stemming): the dead and the killed are one count. */
const SAME_MEASURE = new Map<string, string>([
  ...['kill', 'dead', 'die', 'di', 'death', 'fatal', 'fatalities'].map((w): [string, string] => [w, 'death']),
  ...['injur', 'injuri', 'wound', 'hurt'].map((w): [string, string] => [w, 'injur']),
  ...['arrest', 'detain', 'detent'].map((w): [string, string] => [w, 'arrest']),
  // "$916 million lost" and "a $916 million loss", "$1 billion in losses".
  ...['lost', 'lose'].map((w): [string, string] => [w, 'loss']),
  // "paying $5.4 billion", "a $5.4 billion deal", "the $5.4 billion price": what a buyer pays is the deal's value; and
  // "was paid $3 million", "a $3 million salary", "a $90 million contract", "$90 million guaranteed": what a hire is paid.
  ...['pai', 'paid', 'deal', 'price', 'purchas', 'bui', 'bought', 'acquisit', 'takeov'].map((w): [string, string] => [w, 'price']),
  ...['salari', 'wage', 'contract', 'guarante'].map((w): [string, string] => [w, 'price']),
]);

/**
 * Spellings of one unit: "kilometres", "kilometers" and "km", "websites" and "Web sites"; "people", the plural of
 * "person" that no plural ending gives; and a court's "counts", which are its charges (WordNet 3.1 has no legal
 * sense of "count").
 */
const SAME_UNIT = new Map<string, string>([
  ['kilometre', 'kilometer'], ['km', 'kilometer'], ['metre', 'meter'], ['centimetre', 'centimeter'], ['litre', 'liter'],
  ['website', 'site'], ['people', 'person'], ['count', 'charge'], ['ft', 'foot'], ['feet', 'foot'],
]);

/** A noun's singular, by its plural ending only ("villagers" -> "villager", "cities" -> "city"): unlike a stem, it keeps "villages" and "villagers" apart. */
function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && word.length > 3 && !/(?:is|ss|us)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Words in a comparable form: function words dropped, each made singular (units) or stemmed (what is counted), words of one meaning made one. */
function comparableWords(words: string, form: (word: string) => string): string {
  return words
    .toLowerCase()
    .split(/[\s;]+/)
    .filter((w) => w !== '' && w !== 'web' && (w === '%' || !isStopWord(w))) // "Web sites" and "websites"
    .map((w) => {
      const formed = form(w);
      return SAME_MEASURE.get(formed) ?? SAME_UNIT.get(formed) ?? formed;
    })
    .join(' ');
}

/** The bracketed measure extraction adds to a figure's unit ("people (injured)"). */
const MEASURE = /\s*\(([^)]*)\)\s*$/;

/** A figure's unit as printed without what it counts ("people (injured)" -> "people"): a claim's unit, which all its figures share. */
export function unitWithoutMeasure(unit: string | null): string | null {
  if (unit === null) return null;
  const base = unit.replace(MEASURE, '');
  return base === '' ? null : base;
}

/** A figure's unit without what it counts, comparable: "Users" and "user" agree, "Web sites" and "websites" too. */
export function normalizeUnit(unit: string | null): string {
  return unit === null ? '' : comparableWords(unit.replace(MEASURE, ''), singular);
}

/**
 * A year extraction read as the figure's measure ("staff (in 2015)", extractFigures' yearAfter): it says when the
 * figure held, which of two like figures it is, never what is counted.
 */
const MEASURE_YEAR = /(?:^|;\s*)in\s+((?:19|20)\d\d)\s*(?=;|$)/;

/** What a figure counts, comparable ("people (killed)" and "people (dead)" agree), or '' when its unit does not say. */
export function measureOf(unit: string | null): string {
  const measure = unit === null ? undefined : MEASURE.exec(unit)?.[1];
  return measure === undefined ? '' : comparableWords(measure.replace(MEASURE_YEAR, ' '), stemWord);
}

/** The year a figure's unit says it held in ("$4 million (in 2019)": 2019), or null when it says none. */
export function yearOfUnit(unit: string | null): number | null {
  const year = unit === null ? undefined : MEASURE_YEAR.exec(MEASURE.exec(unit)?.[1] ?? '')?.[1];
  return year === undefined ? null : Number(year);
}

/** Which of several like figures a figure is, as extraction marked it (extract/figureMarks.ts), each null when unmarked. */
export interface FigureMarkKeys {
  /** The magnitude of the quake its sentence tells of (7.6). */
  quake: number | null;
  /** Which of the figures alike in its sentence it is ("2/2"). */
  inSentence: string | null;
  /** The side of a bargain it is told as ("offered", "asked"). */
  side: string | null;
}

/** A figure's marks (its `marks` field, not its unit: they say which figure, not what it counts) as merging compares them. */
export function figureMarksOf(marks: FigureMarks | null | undefined): FigureMarkKeys {
  return { quake: marks?.quake ?? null, inSentence: marks?.inSentence ?? null, side: marks?.side ?? null };
}

/** Stems of the verbs of a criminal case's stages (extract's findStages), as measureOf gives them: "arrest", "charg". */
const STAGE_STEMS: ReadonlySet<string> = new Set(['arrest', 'charg', 'convict', 'indict', 'sentenc', 'acquit', 'dismiss']);

/** What a figure counts (whatIsCounted's stems) less the stages of a criminal case it names, which compatibleMeasures compares. */
export const withoutStages = (words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words].filter((w) => !STAGE_STEMS.has(w)));

/**
 * A comparable measure (measureOf) split into the stages of a criminal case it names and the rest: "charg murder"
 * is { stages: charg, rest: "murder" }; "arrest" is { stages: arrest, rest: "" }.
 */
export function measureStages(measure: string): { stages: Set<string>; rest: string } {
  const words = measure.split(' ').filter((w) => w !== '');
  return { stages: new Set(words.filter((w) => STAGE_STEMS.has(w))), rest: words.filter((w) => !STAGE_STEMS.has(w)).join(' ') };
}

/** The words of a figure's names, each a lock scope with its unit (see figureKeys). */
export const figureSubjectWords = (names: readonly string[]) => [...new Set(names.flatMap((name) => name.split(' ')))];

/**
 * The candidate keys of a figure: its value and unit with each word of its names (the figures of the same
 * value and subject it may join, whatever the wording), and its unit with each word of its names (the
 * figures of its subject with another value: conflicting variants). Two figures of one subject share a word
 * of it ("Peskov" and "Dmitry Peskov" share "peskov"), so they meet; and a key is never one value and unit
 * alone, which thousands of unrelated figures share. `names` are distinctive names as decideMerge's
 * figureNames gives them; a figure without one has no keys (it joins no one: see sameSubject).
 */
export function figureKeys(value: number | null, unit: string | null, names: readonly string[]): number[] {
  const normalized = normalizeUnit(unit);
  const words = figureSubjectWords(names);
  return [
    ...words.map((word) => hashKey(`n|${value ?? ''}|${normalized}|${word}`)),
    ...words.map((word) => hashKey(`s|${normalized}|${word}`)),
  ];
}
