/** Quotes with their speakers, cues and sentences, from an article's plain text. */

import type { ExtractedMention } from './types.ts';
import { splitSentences } from './splitSentences.ts';
import type { SentenceSpan } from './splitSentences.ts';
import { findQuoteSpans } from './findQuoteSpans.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { findAttribution } from './findAttribution.ts';
import type { Attribution } from './findAttribution.ts';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.ts';
import { resolveSpeakers } from './resolveSpeakers.ts';
import type { ResolvedSpeaker, SpeakerEvent } from './resolveSpeakers.ts';
import { buildNameIndex } from './buildNameIndex.ts';
import { collectKnownNames, findEntities } from './findEntities.ts';
import { NAMING_CUES, normaliseWord } from './cues.ts';
import { isCapitalised, isPossessive, stripPossessive, tokenize } from './tokenize.ts';

interface Candidate {
  span: QuoteSpan;
  attribution: Attribution | null;
  event: SpeakerEvent | null;
}

const GENITIVE_CUES = /^(?:по словам|по мнению|за словами)$/i;
const NO_SPEAKER: ResolvedSpeaker = { speaker: null, speakerType: null, role: null };

/**
 * Every quote in `text` (kind 'quote'); a split quote ("First," he said, "second.") gives one
 * mention per part, both with the same speaker.
 */
export function extractQuotes(text: string): ExtractedMention[] {
  const sentences = splitSentences(text);
  const spans = findQuoteSpans(text);
  const masked = maskQuotes(text, spans);
  const index = buildNameIndex(text);
  const known = collectKnownNames(text, sentences);

  const candidates: Candidate[] = spans.map((span) => {
    const attribution = findAttribution(masked, sentences, span);
    const phrase = attribution?.subject ? parseSpeakerPhrase(attribution.subject) : null;
    const event: SpeakerEvent | null = phrase
      ? { offset: span.open, phrase, kind: 'attribution', genitive: GENITIVE_CUES.test(attribution?.cue ?? '') }
      : null;
    return { span, attribution, event };
  });
  const events = [...candidates.flatMap((c) => (c.event ? [c.event] : [])), ...sentenceSubjects(masked, sentences)];
  const resolved = resolveSpeakers(events, index);

  const mentions: ExtractedMention[] = [];
  let previous: { mention: ExtractedMention; paragraph: number } | null = null;
  for (const candidate of candidates) {
    const { span, attribution, event } = candidate;
    let speaker = event ? (resolved.get(event) ?? NO_SPEAKER) : NO_SPEAKER;
    let speakerRaw = event?.phrase.raw ?? null;
    let cue = attribution?.cue ?? null;
    if (!isQuote(span, cue, speaker)) continue;
    // A quote with no cue of its own continues the quote just before it (same or previous paragraph).
    if (speaker.speaker === null && previous !== null && span.paragraph - previous.paragraph <= 1 && previous.mention.speaker !== null) {
      speaker = { speaker: previous.mention.speaker, speakerType: previous.mention.speakerType, role: previous.mention.role };
      speakerRaw = null;
      cue = null;
    }
    const sentence = sentenceOf(text, sentences, span);
    const mention: ExtractedMention = {
      kind: 'quote',
      text: span.text,
      start: span.start,
      end: span.end,
      speaker: speaker.speaker,
      speakerRaw,
      speakerType: speaker.speakerType,
      role: speaker.role,
      cue,
      sentence,
      value: null,
      unit: null,
      qualifier: null,
      entities: findEntities(sentence, known),
    };
    mentions.push(mention);
    previous = { mention, paragraph: span.paragraph };
  }
  return mentions;
}

/** Short fragments ("Max", scare quotes) count only when a speech cue attributes them to someone. */
function isQuote(span: QuoteSpan, cue: string | null, speaker: ResolvedSpeaker): boolean {
  const words = span.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return false;
  if (words.length > 2) return true;
  return cue !== null && !NAMING_CUES.has(normaliseWord(cue)) && speaker.speaker !== null;
}

function maskQuotes(text: string, spans: QuoteSpan[]): string {
  const chars = [...text.split('')];
  for (const span of spans) {
    for (let i = span.open; i < span.close; i += 1) if (chars[i] !== '\n') chars[i] = '§';
  }
  return chars.join('');
}

function sentenceOf(text: string, sentences: SentenceSpan[], span: QuoteSpan): string {
  const first = sentences.find((s) => s.start <= span.open && span.open < s.end) ?? sentences.find((s) => s.end > span.open);
  const last = [...sentences].reverse().find((s) => s.start < span.close) ?? first;
  if (!first || !last) return span.text;
  return text.slice(first.start, Math.max(first.end, last.end));
}

/** The name opening each sentence, so that "he" or "it" can point at a subject that did not speak. */
function sentenceSubjects(masked: string, sentences: SentenceSpan[]): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  // "Travellers booked ...": a lone capitalised word that opens a sentence is a name only if it is also
  // capitalised where no sentence starts.
  const known = collectKnownNames(masked, sentences);
  for (const sentence of sentences) {
    const tokens = tokenize(masked.slice(sentence.start, sentence.end)).slice(0, 8);
    let k = 0;
    const run: string[] = [];
    while (k < tokens.length && tokens[k]?.word && isCapitalised(tokens[k]?.text ?? '')) run.push(tokens[k++]?.text ?? '');
    // Run-in headlines in capitals ("RESTRICTIONS ON WHATSAPP Roskomnadzor ...") are not part of the name.
    const allCaps = (w: string | undefined): boolean => /^\p{Lu}{2,}$/u.test(w ?? '');
    while (run.length > 1 && allCaps(run[0]) && run.some((w) => !allCaps(w))) run.shift();
    if (run.length > 1 && /^(?:the|a|an)$/i.test(run[0] ?? '')) run.shift();
    const last = run[run.length - 1] ?? '';
    // A possessive or a nationality is a modifier ("Russia’s regulator", "Russian users"), not the subject.
    if (run.length === 0 || isPossessive(last) || (run.length === 1 && /(?:ian|ean|ese|ish)$/.test(last))) continue;
    if (run.length === 1 && !known.has(stripPossessive(last))) continue;
    const phrase = parseSpeakerPhrase(run.join(' '));
    // Counted from the sentence end: a subject only informs the sentences after it.
    if (phrase && phrase.name !== null && phrase.refersTo === null) events.push({ offset: sentence.end, phrase, kind: 'subject' });
  }
  return events;
}
