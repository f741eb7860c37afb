/**
 * `npm run bench:nlp`: the field's taggers (compromise, wink-nlp with its English lite model) against the
 * hand-written reading of a speaker phrase (extract/parseSpeakerPhrase.ts, names completed by
 * extract/buildNameIndex.ts), on the labelled set's tune split only (never tune on held-out), with their CPU per
 * document and what extraction's speed against readability.js on jsdom would become with a tagger on the path.
 * Issue 15 item 5: keep whichever reads the speaker more accurately at acceptable speed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText } from '../extract/analyzeText.ts';
import type { TextAnalysis } from '../extract/analyzeText.ts';
import { lookupName } from '../extract/buildNameIndex.ts';
import type { NameIndex } from '../extract/buildNameIndex.ts';
import { extractArticle } from '../extract/extractArticle.ts';
import { extractMentions } from '../extract/extractMentions.ts';
import { parseSpeakerPhrase } from '../extract/parseSpeakerPhrase.ts';
import type { ExtractedMention } from '../extract/types.ts';
import { sharedDir } from '../test/eval/runSeeds.ts';
import { readBenchmarkPages } from '../test/eval/scoreArticles.ts';
import type { AttributionLabel } from '../test/eval/scoreLabels.ts';
import { documentTexts, readJsonl, sameSpeaker, splitOf } from '../test/eval/scoreLabels.ts';
import { table } from './printTable.ts';
import { readabilityText } from '../test/eval/readabilityText.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const wink = winkNLP(model);

/** One speaker phrase as printed, with what the label says and the pipeline gave. */
interface Case {
  raw: string;
  gold: string | null;
  goldType: AttributionLabel['speaker_type'];
  pipeline: string | null;
  pipelineType: ExtractedMention['speakerType'];
  names: NameIndex;
  /** The document's text. */
  text: string;
  /** The sentence the phrase stands in, and the phrase's offsets in it. */
  sentence: string;
  at: { start: number; end: number };
}

/** A reading of a speaker phrase: the name (or description) it gives and whether it is a person. */
interface Reading {
  name: string | null;
  person: boolean | null;
}
type Reader = (raw: string, c?: Case) => Reading;

const handReader: Reader = (raw) => {
  const phrase = parseSpeakerPhrase(raw);
  return {
    name: phrase?.name ?? null,
    person: phrase?.type === undefined || phrase.type === null ? null : phrase.type === 'person',
  };
};

// compromise's named entities: the last person it finds, else an organisation, else no proper name.
const compromiseReader: Reader = (raw) => {
  const doc = nlp(raw);
  const person = doc.people().out('array') as string[];
  if (person.length > 0) return { name: person[person.length - 1] ?? null, person: true };
  const org = doc.organizations().out('array') as string[];
  if (org.length > 0) return { name: org[org.length - 1] ?? null, person: false };
  return { name: null, person: null };
};

// compromise reading the whole sentence, which gives it the verb and context a phrase alone lacks: the person
// whose words overlap the printed speaker phrase.
const compromiseInSentence: Reader = (raw, c) => {
  if (!c) return compromiseReader(raw);
  const people = nlp(c.sentence).people().json({ offset: true }) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  const inPhrase = people.find(
    (p) => p.offset.start < c.at.end && p.offset.start + p.offset.length > c.at.start,
  );
  return inPhrase
    ? { name: inPhrase.text.replace(/[,.;:]+$/, ''), person: true }
    : { name: null, person: null };
};

// The lite model has no person entities: its reading is the trailing run of proper nouns (PROPN).
const winkReader: Reader = (raw) => {
  const tokens = wink.readDoc(raw).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(wink.its.pos) as string[];
  let start = tags.length;
  while (start > 0 && tags[start - 1] === 'PROPN') start -= 1;
  return start === tags.length
    ? { name: null, person: null }
    : { name: words.slice(start).join(' '), person: null };
};

// What would be wired in: the library's person name where it finds one, the hand rules for everything else.
const hybrid =
  (library: Reader): Reader =>
  (raw, c) => {
    const read = library(raw, c);
    return read.person === true ? read : handReader(raw);
  };

/** A reading completed as extraction completes it: a lone surname becomes the document's full name for it. */
function completed(reading: Reading, names: NameIndex): string | null {
  const name = reading.name;
  if (name === null || /\s/.test(name.trim())) return name;
  return lookupName(names, name)?.name ?? name;
}

function collectCases(): { cases: Case[]; texts: Map<string, string> } {
  const shared = sharedDir();
  const labels = readJsonl<AttributionLabel>(
    path.join(here, '..', 'test', 'eval', 'labels', 'attributions.jsonl'),
  ).filter((l) => splitOf(l.doc) === 'tune');
  const texts = documentTexts(
    shared,
    labels.map((l) => l.doc),
  );
  const cases: Case[] = [];
  const perDoc = new Map<string, { mentions: ExtractedMention[]; analysis: TextAnalysis }>();
  for (const label of labels) {
    const text = texts.get(label.doc) ?? '';
    let doc = perDoc.get(label.doc);
    if (!doc)
      perDoc.set(
        label.doc,
        (doc = {
          mentions: extractMentions(text).mentions.filter((m) => m.kind !== 'number'),
          analysis: analyzeText(text),
        }),
      );
    const found = bestOverlap(doc.mentions, label);
    if (!found || found.speakerRaw === null || found.speakerStart === null || found.speakerEnd === null)
      continue;
    const { speakerStart: start, speakerEnd: end } = found;
    const sentence = doc.analysis.sentences.find((s) => s.start <= start && start < s.end) ?? {
      start,
      end,
      text: text.slice(start, end),
    };
    cases.push({
      raw: found.speakerRaw,
      gold: label.speaker,
      goldType: label.speaker_type,
      pipeline: found.speaker,
      pipelineType: found.speakerType,
      names: doc.analysis.names,
      text,
      sentence: text.slice(sentence.start, sentence.end),
      at: { start: start - sentence.start, end: end - sentence.start },
    });
  }
  return { cases, texts };
}

// The labels section's matching: an overlap of at least half the longer span.
function bestOverlap(
  mentions: readonly ExtractedMention[],
  span: { start: number; end: number },
): ExtractedMention | undefined {
  const shared = (m: ExtractedMention) =>
    Math.max(0, Math.min(m.end, span.end) - Math.max(m.start, span.start));
  return mentions
    .filter((m) => shared(m) * 2 >= Math.max(m.end - m.start, span.end - span.start))
    .sort((a, b) => shared(b) - shared(a))[0];
}

const wordsOf = (s: string): string[] => [...s.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
/** The phrase prints the labelled speaker's name (its last word): the cases a reading of the phrase can get right. */
const namesGold = (c: Case): boolean =>
  c.gold !== null && wordsOf(c.raw).includes(wordsOf(c.gold).pop() ?? '');

const right = (predicted: string | null, gold: string | null): boolean =>
  gold === null ? predicted === null : predicted !== null && sameSpeaker(predicted, gold);

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

/** CPU milliseconds per call of `work` over `inputs` (the process's user+system time, after a warm-up). */
function cpuMsPer<T>(inputs: readonly T[], work: (input: T) => unknown, rounds = 3): number {
  for (const input of inputs.slice(0, 3)) work(input);
  const before = process.cpuUsage();
  for (let r = 0; r < rounds; r += 1) for (const input of inputs) work(input);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (inputs.length * rounds);
}

const READERS: Array<[string, Reader]> = [
  ['hand (parseSpeakerPhrase)', handReader],
  ['compromise 14.17.0', compromiseReader],
  ['wink-nlp 2.4.0 + lite model (PROPN run)', winkReader],
  ['compromise in its sentence', compromiseInSentence],
  ['compromise person, else hand', hybrid(compromiseReader)],
];

function accuracy(cases: readonly Case[]): void {
  const named = cases.filter(namesGold);
  const typed = named.filter((c) => c.goldType === 'person' || c.goldType === 'organisation');
  console.log(
    `tune split: ${cases.length} labelled attributions found with a printed speaker phrase, ${named.length} of them print the gold name`,
  );
  const rows = READERS.map(([label, read]) => {
    const nameRight = named.filter((c) => right(completed(read(c.raw, c), c.names), c.gold)).length;
    const allRight = cases.filter((c) => right(completed(read(c.raw, c), c.names), c.gold)).length;
    const typeRead = typed.map((c) => ({ c, person: read(c.raw, c).person }));
    const decided = typeRead.filter((t) => t.person !== null);
    const typeRight = decided.filter((t) => t.person === (t.c.goldType === 'person')).length;
    return [
      label,
      `${nameRight}/${named.length} (${pct(nameRight, named.length)})`,
      `${allRight}/${cases.length} (${pct(allRight, cases.length)})`,
      `${typeRight}/${decided.length} of ${typed.length} (${pct(typeRight, decided.length)})`,
    ];
  });
  console.log(
    table(
      [
        'reading of the speaker phrase',
        'name right, phrase prints it',
        'name right, all phrases',
        'person vs organisation right (decided)',
      ],
      rows,
    ),
  );
  const pipelineRight = cases.filter((c) => right(c.pipeline, c.gold)).length;
  finalType(typed);
  console.log(
    `for reference, the whole pipeline (resolution of pronouns and roles included) on the same ${cases.length}: ${pipelineRight} (${pct(pipelineRight, cases.length)})`,
  );
  disagreements(named);
}

// The type extraction ends with (after the name index and resolution), and the same with compromise's "person"
// taking over: the sub-decision person vs organisation as the product makes it.
function finalType(typed: readonly Case[]): void {
  const isRight = (person: boolean | null, c: Case) =>
    person !== null && person === (c.goldType === 'person');
  const pipelinePerson = (c: Case) => (c.pipelineType === null ? null : c.pipelineType === 'person');
  const pipeline = typed.filter((c) => isRight(pipelinePerson(c), c)).length;
  // compromise's person or organisation where it finds one, the pipeline's type elsewhere.
  const withLibrary = (c: Case) => isRight(compromiseReader(c.raw).person ?? pipelinePerson(c), c);
  const overridden = typed.filter(withLibrary).length;
  const gained = typed.filter((c) => withLibrary(c) && !isRight(pipelinePerson(c), c)).length;
  for (const c of typed.filter((c) => !isRight(pipelinePerson(c), c))) {
    console.log(
      `  type wrong: "${c.raw}" gold ${c.goldType}, pipeline ${c.pipelineType}, compromise ${JSON.stringify(compromiseReader(c.raw))}`,
    );
  }
  console.log(
    `person vs organisation as extraction ends (speakerType), same ${typed.length}: pipeline ${pipeline} (${pct(pipeline, typed.length)}), with compromise's reading taking over where it has one ${overridden} (${pct(overridden, typed.length)}; ${gained} gained, ${pipeline + gained - overridden} lost)`,
  );
}

// Where compromise's person and the hand rules part, and who is right: what wiring it in would gain and lose.
function disagreements(named: readonly Case[]): void {
  const hybridReader = hybrid(compromiseReader);
  let gained = 0;
  let lost = 0;
  for (const c of named) {
    const hand = right(completed(handReader(c.raw), c.names), c.gold);
    const withLibrary = right(completed(hybridReader(c.raw, c), c.names), c.gold);
    if (hand === withLibrary) continue;
    if (withLibrary) gained += 1;
    else lost += 1;
    console.log(
      `  ${withLibrary ? 'gained' : 'lost'}: "${c.raw}" gold ${JSON.stringify(c.gold)}, hand ${JSON.stringify(handReader(c.raw).name)}, compromise ${JSON.stringify(compromiseReader(c.raw).name)}`,
    );
  }
  const missed = named.filter((c) => compromiseReader(c.raw).name === null).length;
  console.log(
    `compromise's person in place of the hand reading: ${gained} gained, ${lost} lost; it finds no name in ${missed} of ${named.length} phrases (lone surnames, descriptions)`,
  );
}

async function speed(cases: readonly Case[], texts: ReadonlyMap<string, string>): Promise<void> {
  const docs = [...texts.values()];
  const perDoc: Array<[string, number]> = [
    ['extractMentions (all of extraction)', cpuMsPer(docs, (t) => extractMentions(t))],
    ['analyzeText (tokens, sentences, quotes, buildNameIndex)', cpuMsPer(docs, (t) => analyzeText(t))],
    ['compromise: whole text, people()', cpuMsPer(docs, (t) => nlp(t).people().out('array'))],
    ['wink-nlp: whole text, POS', cpuMsPer(docs, (t) => wink.readDoc(t).tokens().out(wink.its.pos))],
  ];
  const perPhrase: Array<[string, number]> = READERS.map(([label, read]) => [
    label,
    cpuMsPer(cases, (c) => read(c.raw, c)),
  ]);
  console.log(`\nCPU per document (${docs.length} tune documents) and per speaker phrase (${cases.length}):`);
  console.log(
    table(
      ['work', 'CPU ms'],
      [...perDoc, ...perPhrase.map(([l, ms]): [string, number] => [`${l}, per phrase`, ms])].map(
        ([l, ms]) => [l, ms.toFixed(3)],
      ),
    ),
  );

  // The article section's ratio, on a third of its pages to keep the bench short on a shared machine.
  const pages = (
    await readBenchmarkPages(path.join(sharedDir(), 'eval', 'article-extraction-benchmark'))
  ).filter((_, i) => i % 3 === 0);
  const readability = cpuMsPer(pages, readabilityText, 1);
  const bodies = pages.map((p) => extractArticle(p.html, p.url).text);
  const ours = cpuMsPer(pages, (p) => extractMentions(extractArticle(p.html, p.url).text), 1);
  const withCompromise = cpuMsPer(bodies, (t) => nlp(t).people().out('array'), 1);
  const withWink = cpuMsPer(bodies, (t) => wink.readDoc(t).tokens().out(wink.its.pos), 1);
  const speakerPhrases =
    pages.length === 0
      ? 0
      : bodies
          .map((t) => extractMentions(t).mentions.filter((m) => m.speakerRaw !== null).length)
          .reduce((a, b) => a + b, 0) / pages.length;
  const phraseCost = (perPhrase.find(([l]) => l.startsWith('compromise person'))?.[1] ?? 0) * speakerPhrases;
  console.log(
    `\nextraction speed against readability.js on jsdom (${pages.length} benchmark pages, CPU ms per page: readability ${readability.toFixed(1)}, claimdesk ${ours.toFixed(1)}):`,
  );
  console.log(
    table(
      ['extraction', 'CPU ms/page', 'x readability'],
      [
        ['today (hand rules)', ours],
        ['+ compromise on each speaker phrase', ours + phraseCost],
        ['+ compromise on the whole text', ours + withCompromise],
        ['+ wink-nlp on the whole text', ours + withWink],
      ].map(([l, ms]) => [
        String(l),
        (ms as number).toFixed(1),
        `${(readability / (ms as number)).toFixed(1)}x`,
      ]),
    ),
  );
}

/** Full names of a document keyed by their last word, most printed first: what a lone surname completes to. */
type FullNames = (text: string) => Map<string, string[]>;

function byLastWord(names: readonly string[]): Map<string, string[]> {
  const counts = new Map<string, number>();
  for (const name of names) if (wordsOf(name).length >= 2) counts.set(name, (counts.get(name) ?? 0) + 1);
  const index = new Map<string, string[]>();
  for (const [name] of [...counts].sort((a, b) => b[1] - a[1])) {
    const key = wordsOf(name).pop() ?? '';
    index.set(key, [...(index.get(key) ?? []), name]);
  }
  return index;
}

const compromiseNames: FullNames = (text) => byLastWord(nlp(text).people().out('array') as string[]);

// Runs of two or more proper nouns (PROPN) in the lite model's tagging.
const winkNames: FullNames = (text) => {
  const tokens = wink.readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(wink.its.pos) as string[];
  const runs: string[] = [];
  let run: string[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'PROPN') run.push(words[i] ?? '');
    else {
      if (run.length >= 2) runs.push(run.join(' '));
      run = [];
    }
  });
  if (run.length >= 2) runs.push(run.join(' '));
  return byLastWord(runs);
};

/**
 * buildNameIndex's part: a speaker printed as a lone surname ("Pickell") completed to the full name the document
 * prints elsewhere ("Robert Pickell"), scored by the exact words of the gold name (titles aside).
 */
function completion(cases: readonly Case[]): void {
  const lone = cases.filter((c) => {
    const name = handReader(c.raw).name;
    return (
      c.gold !== null &&
      name !== null &&
      wordsOf(name).length === 1 &&
      wordsOf(c.gold).length >= 2 &&
      wordsOf(c.gold).pop() === wordsOf(name)[0]
    );
  });
  const exact = (predicted: string | undefined, gold: string | null) =>
    predicted !== undefined && gold !== null && words(predicted) === words(gold);
  const handRight = (c: Case) => exact(lookupName(c.names, handReader(c.raw).name ?? '')?.name, c.gold);
  const hand = lone.filter(handRight).length;
  const library = (names: FullNames): string => {
    const cache = new Map<string, Map<string, string[]>>();
    const right = lone.filter((c) => {
      let index = cache.get(c.text);
      if (!index) cache.set(c.text, (index = names(c.text)));
      return exact(index.get(wordsOf(c.raw).pop() ?? '')?.[0], c.gold);
    });
    for (const c of right.filter((c) => !handRight(c)))
      console.log(
        `  library only: "${c.raw}" gold ${JSON.stringify(c.gold)}, buildNameIndex ${JSON.stringify(lookupName(c.names, handReader(c.raw).name ?? '')?.name ?? null)}`,
      );
    return `${right.length} (${pct(right.length, lone.length)}; right where buildNameIndex is wrong: ${right.filter((c) => !handRight(c)).length})`;
  };
  console.log(
    `a lone surname completed to the document's full name (${lone.length} tune cases): buildNameIndex ${hand} (${pct(hand, lone.length)}), ` +
      `compromise people() over the text ${library(compromiseNames)}, wink PROPN runs over the text ${library(winkNames)}`,
  );
}
const TITLE_WORDS = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|const|sheriff|president)$/;
const words = (name: string): string =>
  wordsOf(name.replace(/['’]s$/, ''))
    .filter((w) => !TITLE_WORDS.test(w))
    .join(' ');

const { cases, texts } = collectCases();
accuracy(cases);
completion(cases);
if (!process.argv.includes('--no-speed')) await speed(cases, texts);
