/** The one way from an article's text to the mentions that are stored: what ingest stores and preview shows. */

import { analyzeText } from './analyzeText.ts';
import { extractFigures } from './extractFigures.ts';
import { extractQuotes } from './extractQuotes.ts';
import { nestedQuotes, nestedStatements } from './nestedSpeech.ts';
import { findRepeatedBlocks, isInside } from './findRepeatedBlocks.ts';
import { findRestatedOpening } from './findRestatedOpening.ts';
import { findCaptions } from './findCaptions.ts';
import { archiveBodyStart } from './findArchiveDeck.ts';
import { openingHeadlineEnd } from './findOpeningHeadline.ts';
import { gluedDeckEnd } from './findGluedDeck.ts';
import { unreadLanguage } from './detectLanguage.ts';
import { withTopic } from './topicEntities.ts';
import { withNamesakes } from './namesakes.ts';
import { withoutCueComplement } from './cueComplement.ts';
import { isNounPhraseOnly } from './nounPhraseOnly.ts';
import { saysOnlyHowPut } from './unsaidNounObjects.ts';
import { withoutFrontedParticiple } from './frontedParticiple.ts';
import { writesForOutlet } from './writesForOutlet.ts';
import type { DropReason, ExtractedMention, MentionExtraction } from './types.ts';

/** Why a dropped mention is not stored, in words. */
export const DROP_REASONS: Readonly<Record<DropReason, string>> = {
  'repeated-paragraph': 'its paragraph repeats an earlier paragraph of the same article, which counts once',
  language: 'the article is in a language whose reporting words and figures claimdesk does not read (it reads English, Russian and Ukrainian): what it found would be guesses',
};

/**
 * The mentions of an article's text, read once (analyzeText) for every extractor: quotes and reported
 * statements with their speakers, then figures, in text order, a figure whose sentence names no one given its
 * subject from its sentence and the story's names, a quote or statement the article's full names of a surname it
 * prints (withNamesakes). A mention inside a paragraph that repeats an earlier one of
 * the same text is dropped, so that a page carrying its wire copy twice counts once. Every mention of a text in
 * a language extraction does not read is dropped: English rules find only junk in Portuguese or Korean.
 */
export function extractMentions(text: string): MentionExtraction {
  const analysis = analyzeText(text);
  // A statement that is only its cue's complement ("warned against the plan") says nothing; one with the complement
  // glued before its "that" is the clause after it; a writer's trade done for an outlet ("reported for the Globe") is
  // a biography; a participle phrase fronted before the clause ("Fuelling speculation that ..., ...") is the writer's.
  const asked: ExtractedMention[] = [];
  const quoted = extractQuotes(analysis, asked).flatMap((m) => {
    const kept = writesForOutlet(m, text) ? null : withoutCueComplement(m, text);
    return kept === null ? [] : [withoutFrontedParticiple(kept, text)];
  });
  // "“Donald Trump says he’s qualified ...,” Clinton said": the clause a quote reports of another person is theirs.
  // "“... and said, 'You weren't in line,'” Compton recalled": a quotation inside a quote is its own speaker's.
  const quotes = [...quoted, ...nestedStatements(quoted, analysis), ...nestedQuotes(quoted, analysis)];
  // An interviewer's question claims nothing, but a figure it reports is still the interviewer's, inside their line.
  const figures = extractFigures(analysis, [...quotes, ...asked]);
  // A headline or deck restated by the lead says nothing the lead does not: its mentions would only repeat.
  const opening = findRestatedOpening(analysis.sentences);
  // A photo's caption describes the picture: nobody claims it.
  const captions = findCaptions(text);
  // An archive export's headline and "ABSTRACT" deck sum up the story its "FULL TEXT" reports; a headline printed
  // in sentence case as the first line heads the story; a deck run into the lede without its stop sums it up.
  const bodyStart = Math.max(opening?.end ?? 0, archiveBodyStart(text), openingHeadlineEnd(text), gluedDeckEnd(text));
  const inCaption = (m: ExtractedMention) => captions.some((c) => c.start <= m.start && m.start < c.end && (c.figuresOnly !== true || m.kind === 'number'));
  // "reported that the air quality", "Later in the piece", "what he called “our arguments”": a statement of a few words
  // with no verb is a topic or a cut clause, and says nothing; nor does "said it best when he blogged", which only says
  // how words printed elsewhere were put.
  const kept = [...quotes, ...figures].filter((m) => m.start >= bodyStart && !inCaption(m) && !(m.kind === 'statement' && (isNounPhraseOnly(m.text) || saysOnlyHowPut(m.text))));
  const found = withNamesakes(withTopic(kept.sort((a, b) => a.start - b.start || a.end - b.end), analysis), analysis);
  if (unreadLanguage(text) !== null) return { mentions: [], dropped: found.map((mention) => ({ mention, reason: 'language' })) };
  const repeated = findRepeatedBlocks(analysis);
  const mentions: ExtractedMention[] = [];
  const dropped: MentionExtraction['dropped'] = [];
  for (const mention of found) {
    if (isInside(repeated, mention.start)) dropped.push({ mention, reason: 'repeated-paragraph' });
    else mentions.push(mention);
  }
  return { mentions, dropped };
}
