/**
 * Scores extraction against the project's own labelled real-news sets (test/eval/labels/, rules in its
 * README): speaker accuracy on attributions labelled from the articles, and the share of extracted items
 * that are not claims. Documents are real news from ../shared/eval (PolNeAR texts, ECB+ documents, benchmark pages).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMentions } from '../../extract/extractMentions.ts';
import type { ExtractedMention } from '../../extract/types.ts';
import { htmlText, readabilityArticleText } from './htmlText.ts';

/**
 * A labelled attribution: where the quoted or reported words stand in the document (no text of it is kept
 * here: `check` is the start of the words' SHA-1, to catch a changed source), and who said them as
 * LABELLING.md defines it.
 */
export interface AttributionLabel {
  doc: string;
  start: number;
  end: number;
  check: string;
  type: 'direct' | 'indirect';
  speaker: string | null;
  speaker_type: 'person' | 'organisation' | 'unnamed' | 'none';
  role: string | null;
}

/** A judged extracted item (its kind and span when judged): is it a claim, and for a quote or statement, who said it. */
export interface ClaimLabel {
  doc: string;
  start: number;
  end: number;
  kind: string;
  check: string;
  claim: boolean;
  why?: string;
  /** The speaker per LABELLING.md, null when nobody is identifiable; absent for figures and non-claims. */
  speaker?: string | null;
}

/** A third of the documents, chosen by a hash of their id, is held out: rules are never tuned on them. */
export type Split = 'tune' | 'held-out';
export const splitOf = (doc: string): Split => (parseInt(createHash('sha1').update(doc).digest('hex').slice(0, 2), 16) % 3 === 0 ? 'held-out' : 'tune');

export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

/**
 * The raw text of a labelled document id: `polnear/<split>/<file>.txt`, `ecbplus/<doc_id>`, `aeb/<id>` (the
 * `articleBody` of an article-extraction-benchmark page: 2019 news from outlets neither other corpus has),
 * `readability/<folder>` (the `expected.html` article of a readability-dev page, laid out by `htmlText`) or
 * `trafilatura/<file>` (a trafilatura-dev page's article as the pinned @mozilla/readability extracts it, laid out the
 * same way: `readabilityArticleText`).
 */
export function documentTexts(shared: string, ids: Iterable<string>): Map<string, string> {
  const texts = new Map<string, string>();
  const wanted = new Set(ids);
  for (const id of wanted) {
    const [corpus, split, file] = id.split('/');
    if (corpus === 'polnear' && split && file) texts.set(id, readFileSync(join(shared, 'eval', 'polnear', 'data', split, 'text', file), 'utf8'));
  }
  if ([...wanted].some((id) => id.startsWith('ecbplus/'))) {
    for (const doc of readJsonl<{ doc_id: string; text: string }>(join(shared, 'eval', 'ecbplus', 'documents.jsonl'))) {
      const id = `ecbplus/${doc.doc_id}`;
      if (wanted.has(id)) texts.set(id, doc.text);
    }
  }
  if ([...wanted].some((id) => id.startsWith('aeb/'))) {
    const truth = JSON.parse(readFileSync(join(shared, 'eval', 'article-extraction-benchmark', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    for (const [key, page] of Object.entries(truth)) if (wanted.has(`aeb/${key}`)) texts.set(`aeb/${key}`, page.articleBody);
  }
  for (const id of wanted) {
    const [corpus, name, ...rest] = id.split('/');
    if (corpus === 'readability' && name && rest.length === 0)
      texts.set(id, htmlText(readFileSync(join(shared, 'eval', 'readability-dev', name, 'expected.html'), 'utf8')));
  }
  if ([...wanted].some((id) => id.startsWith('trafilatura/'))) {
    const dir = join(shared, 'eval', 'trafilatura-dev');
    const pages = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
    for (const [key, page] of Object.entries(pages)) {
      const id = `trafilatura/${page.file}`;
      if (!wanted.has(id)) continue;
      const file = [join(dir, 'cache', page.file), join(dir, 'eval', page.file)].find((f) => existsSync(f));
      // A few keys are ids ('hard::...'), not URLs: Readability still needs a base URL.
      const url = /^https?:\/\//.test(key) ? key : `https://example.invalid/${encodeURIComponent(page.file)}`;
      if (file) texts.set(id, readabilityArticleText(readFileSync(file), url));
    }
  }
  const missing = [...wanted].filter((id) => !texts.has(id));
  if (missing.length > 0) throw new Error(`labelled documents not found: ${missing.slice(0, 3).join(', ')}`);
  return texts;
}

/** The start of the SHA-1 of a labelled stretch of text: a label holds only for the text it was made on. */
export const checkOf = (words: string): string => createHash('sha1').update(words).digest('hex').slice(0, 10);

function assertSameText(label: { doc: string; start: number; end: number; check: string }, text: string): void {
  if (checkOf(text.slice(label.start, label.end)) !== label.check) throw new Error(`label ${label.doc} ${label.start}-${label.end}: the document's text differs from the one labelled`);
}

const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|rev|sir|dame|lord|president|senator|judge)\.?$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
/** A name's comparable words: no case, possessives, determiners or titles (unless it is only a title: "her rep"). */
function words(name: string): string[] {
  const all = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !DETERMINERS.has(w));
  const untitled = all.filter((w) => !TITLES.test(w));
  return untitled.length > 0 ? untitled : all;
}

/**
 * Whether a predicted speaker names the labelled one: the same words, a shorter or longer form of one
 * person's name (the same last word, and first names that agree where both give one, initials included; a
 * full name with words before it), or an unnamed source's description contained in the other's.
 */
export function sameSpeaker(predicted: string, gold: string): boolean {
  if (spells(predicted, gold) || spells(gold, predicted)) return true;
  const p = words(predicted);
  const g = words(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  // A full name with the role printed before it ("Sheriff Robert Pickell" for "Robert Pickell") is its longer form.
  const [shorter, longer] = p.length <= g.length ? [p, g] : [g, p];
  if (shorter.length >= 2 && longer.slice(-shorter.length).join(' ') === shorter.join(' ')) return true;
  if (p.at(-1) !== g.at(-1)) return ` ${p.join(' ')} `.includes(` ${g.join(' ')} `) || ` ${g.join(' ')} `.includes(` ${p.join(' ')} `);
  const [pf, gf] = [p.length > 1 ? p[0] : undefined, g.length > 1 ? g[0] : undefined];
  return pf === undefined || gf === undefined || pf === gf || (pf.length === 1 && gf.startsWith(pf)) || (gf.length === 1 && pf.startsWith(gf));
}

/** An organisation's initialism and its name ("NRDC", "Natural Resources Defense Council"; "THR", "The Hollywood Reporter"). */
function spells(initialism: string, name: string): boolean {
  const short = initialism.trim();
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const capitalised = name.split(/[^\p{L}\p{N}]+/u).filter((w) => /^\p{Lu}/u.test(w));
  const initials = capitalised.map((w) => w[0] ?? '').join('');
  return capitalised.length >= 2 && (initials === short || (/^the$/i.test(capitalised[0] ?? '') && initials.slice(1) === short));
}

export interface AttributionScore {
  labelled: number;
  /** Labels an extracted quote or statement covers (overlap of at least half the longer span). */
  found: number;
  right: number;
  wrong: number;
  /** The label names someone, the extraction nobody. */
  missing: number;
  /** Right speakers printed with more words than the labelled name: a role glued to it ("Sheriff Robert Pickell"). */
  roleInName: number;
  /** Examples of wrong and missing speakers: the label's words, the gold and the predicted speaker. */
  errors: Array<{ doc: string; content: string; gold: string | null; predicted: string | null }>;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Speaker accuracy on the attributions of `labels`, extraction run on `texts`. */
export function scoreAttributions(labels: readonly AttributionLabel[], texts: ReadonlyMap<string, string>, mentionsOf: (text: string) => ExtractedMention[]): AttributionScore {
  const score: AttributionScore = { labelled: 0, found: 0, right: 0, wrong: 0, missing: 0, roleInName: 0, errors: [] };
  const cache = new Map<string, ExtractedMention[]>();
  for (const label of labels) {
    const text = texts.get(label.doc) ?? '';
    assertSameText(label, text);
    const span = { start: label.start, end: label.end };
    score.labelled += 1;
    let mentions = cache.get(label.doc);
    if (!mentions) cache.set(label.doc, (mentions = mentionsOf(text).filter((m) => m.kind !== 'number')));
    const best = mentions
      .map((m) => ({ m, shared: overlap(m, span) }))
      .filter(({ m, shared }) => shared * 2 >= Math.max(m.end - m.start, span.end - span.start))
      // Of items sharing as much of the label, the tightest: a clause nested in a quote ("“Ann Lee says she won,” Tom
      // Roe said") is the item labelled, not the quote around it.
      .sort((a, b) => b.shared - a.shared || a.m.end - a.m.start - (b.m.end - b.m.start))[0]?.m;
    if (!best) continue;
    score.found += 1;
    const predicted = best.speaker;
    const ok = label.speaker === null ? predicted === null : predicted !== null && sameSpeaker(predicted, label.speaker);
    if (ok && predicted !== null && label.speaker !== null && words(predicted).length > words(label.speaker).length) score.roleInName += 1;
    if (ok) score.right += 1;
    else if (predicted === null) score.missing += 1;
    else score.wrong += 1;
    if (!ok) score.errors.push({ doc: label.doc, content: text.slice(span.start, span.end), gold: label.speaker, predicted });
  }
  return score;
}

export interface ClaimScore {
  /** Items extracted now that were judged (the same kind and span as when judged). */
  judged: number;
  notClaims: number;
  /** Items extracted now from the judged documents that no label covers (the extraction changed). */
  unjudged: number;
  speakerRight: number;
  speakerJudged: number;
  reasons: Map<string, number>;
}

/** The share of extracted items that are not claims, and speaker accuracy on the claims, on judged documents. */
export function scoreClaims(labels: readonly ClaimLabel[], texts: ReadonlyMap<string, string>, mentionsOf: (text: string) => ExtractedMention[]): ClaimScore {
  const score: ClaimScore = { judged: 0, notClaims: 0, unjudged: 0, speakerRight: 0, speakerJudged: 0, reasons: new Map() };
  const byKey = new Map(labels.map((l) => [`${l.doc}|${l.kind}|${l.start}|${l.end}`, l]));
  for (const label of labels) assertSameText(label, texts.get(label.doc) ?? '');
  for (const doc of new Set(labels.map((l) => l.doc))) {
    for (const m of mentionsOf(texts.get(doc) ?? '')) {
      const label = byKey.get(`${doc}|${m.kind}|${m.start}|${m.end}`);
      if (!label) {
        score.unjudged += 1;
        continue;
      }
      score.judged += 1;
      if (!label.claim) {
        score.notClaims += 1;
        const why = (label.why ?? 'other').split(/[:(]/)[0]?.trim() ?? 'other';
        score.reasons.set(why, (score.reasons.get(why) ?? 0) + 1);
      }
      if (label.claim && label.speaker !== undefined) {
        score.speakerJudged += 1;
        const gold = label.speaker;
        if (gold === null ? m.speaker === null : m.speaker !== null && sameSpeaker(m.speaker, gold)) score.speakerRight += 1;
      }
    }
  }
  return score;
}

/** Extraction as ingest stores it. */
export const storedMentions = (text: string): ExtractedMention[] => extractMentions(text).mentions;
