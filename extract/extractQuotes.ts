/** Quotes with their speakers, cues and sentences, from an article's plain text. */

import { quotesNameAfterNoun } from './unsaidNounObjects.ts';
import { inCredit } from './photoCredits.ts';
import { CUE_WORDS, DOCUMENT_NOUNS, PERSON_NOUNS, normaliseWord } from './cues.ts';
import type { ExtractedMention } from './types.ts';
import type { TextAnalysis } from './analyzeText.ts';
import { maskedTokens, textTokens } from './analyzeText.ts';
import type { SentenceSpan } from './splitSentences.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { findAttribution } from './findAttribution.ts';
import type { Attribution } from './findAttribution.ts';
import { writersGlossEnd } from './writersGloss.ts';
import { deniesOthersClaims, findStatements, imaginesSaying, inFreeRelative, writerSpeaks } from './findStatements.ts';
import { clauseAroundQuote, opensCircumstance } from './clauseAroundQuote.ts';
import { inHeadline, isEmbeddedTitle, isFragment, isMostlyQuoted, isQuote, wordsBefore } from './isMostlyQuoted.ts';
import type { StatementSpan } from './findStatements.ts';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { resolveSpeakers } from './resolveSpeakers.ts';
import { genderReader, roleGender } from './personGender.ts';
import type { ResolvedSpeaker, SpeakerEvent } from './resolveSpeakers.ts';
import { findEntities } from './findEntities.ts';
import { isRoleNounWord } from './wordnetNouns.ts';
import { isTransitiveVerb } from './wordnetVerbs.ts';
import { lookupName } from './buildNameIndex.ts';
import { isCapitalised, isPossessive, stripPossessive } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import { speakerPosition } from './printedPhrase.ts';
import { findTranscriptLines } from './findTranscriptLines.ts';
import { signerOf } from './signedPullQuote.ts';
import { agreedJustBefore } from './agreedJustBefore.ts';
import { characterisedJustBefore } from './characterisedJustBefore.ts';
import { inTitleCaseLine } from './inTitleCaseLine.ts';
import { afterDateline } from './findSubject.ts';
import { withQuotedFragments } from './quotedFragments.ts';
import { predicateBeforeRole } from './predicateBeforeRole.ts';
import { pluralSubjectAt } from './pluralSubject.ts';
import type { TranscriptLine } from './findTranscriptLines.ts';

interface Candidate {
  span: QuoteSpan;
  attribution: Attribution | null;
  event: SpeakerEvent | null;
}

interface StatementCandidate {
  statement: StatementSpan;
  event: SpeakerEvent | null;
}

// "Follow Pam Key on Twitter @pamkeyNEN.", "READ MORE: ...": a link line that copy sometimes leaves inside quote marks.
const LINK_LINE = /^(?:follow\s+[^.!?]{1,60}\s+on\s+(?:twitter|facebook|instagram)\b|read more\s*:)/i;
/** "READ MORE: “Council votes to cut the ferry”": a linked headline, in quote marks after the link's label. */
const LINK_BEFORE = /\b(?:read more|see also|related|watch)\s*:\s*$/i;
/**
 * "An article with the subtitle: “Do you have to be thin to be fit?”", "a story headlined “Ferry to close”": words
 * printed as a headline or a title, which nobody says. ("used her words as its headline: “...”" quotes her, and stays.)
 */
const PRINTED_TITLE_BEFORE = /\b(?:with\s+the\s+(?:sub-?title|sub-?head|headline|title)|sub-?titled|headlined|titled|entitled)\s*[:,]?\s*$/i;
/**
 * "And how about this new headline from the Courier, which hits the mayor where he lives: “Surge in ...”": a quote
 * after a colon whose lead-in, in the same sentence, names a headline with a determiner is that headline, printed;
 * "used her words as its headline: “...”" and "explained the headline by saying: “...”" quote a speaker, and stay.
 */
const HEADLINE_LEAD_IN = /(?<!\bas\s)\b(?:this|that|the|a|an|one|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}headlines?\b(?:(?!\b(?:saying|said|says|told|telling|writing|wrote|adding|added|noting|noted|explaining|explained|replied|replying|responded|responding|tweeted|tweeting|declared|declaring)\b)[^.!?"“”:;]){0,120}:\s*$/iu;
const printedLineBefore = (masked: string, span: QuoteSpan): boolean => {
  const before = masked.slice(Math.max(0, span.open - 30), span.open);
  return LINK_BEFORE.test(before.slice(-16)) || PRINTED_TITLE_BEFORE.test(before) || HEADLINE_LEAD_IN.test(masked.slice(Math.max(0, span.open - 180), span.open));
};

/**
 * "Respondents must disclose: “Where was this person born? ...”", "The poll asked voters, “Do you approve ...?”": a
 * quote that opens on a question, after a lead-in in its sentence that names a survey, a form or those who answer
 * one, is the wording of the survey's question, which asserts nothing.
 */
const SURVEY_LEAD_IN = /\b(?:surveys?|questionnaires?|census|polls?|pollsters?|respondents|forms?|ballots?)\b[^.!?"“”]{0,80}[:,]\s*$/i;
const FIRST_SENTENCE_ASKS = /^[^.!?]{3,200}\?/;
const surveyQuestion = (masked: string, span: QuoteSpan): boolean =>
  FIRST_SENTENCE_ASKS.test(span.text.trim()) && BARE_QUESTION.test(span.text) && SURVEY_LEAD_IN.test(masked.slice(Math.max(0, span.open - 100), span.open));

/** Words that name a line a campaign or a brand prints, not speech: "tagline", "slogan", "motto". */
const SLOGAN = String.raw`(?:tag\s?lines?|slogans?|mottos?|mottoes|catch\s?phrases?)`;
const SLOGAN_BEFORE = new RegExp(String.raw`\b${SLOGAN}\s*[?:,]?\s*$`, 'i');
const SLOGAN_AFTER = new RegExp(String.raw`^[^"“”]{0,100}\b(?:the|its|their|that)\s+(?:same\s+)?${SLOGAN}\b`, 'i');

/**
 * "The tagline? “Rain. We're ready.”", "its slogan, “...”", and a short quote the next words call "the tagline"
 * ("... declaring, “We're ready.” The posters with the tagline ..."): the line a campaign or a brand prints is a
 * title, no claim of anyone who speaks it in an advert.
 */
function quotesSlogan(masked: string, span: QuoteSpan): boolean {
  if (SLOGAN_BEFORE.test(masked.slice(Math.max(0, span.open - 24), span.open))) return true;
  return span.text.trim().split(/\s+/).length <= 6 && SLOGAN_AFTER.test(masked.slice(span.close, span.close + 160));
}
const GENITIVE_CUES = /^(?:по словам|по мнению|за словами)$/i;
/**
 * "Ask yourself: Which town will she win with her “enemy” talk?": a reflexive pronoun after an imperative cue is whom
 * the words are put to, never who speaks, so no clause around a quoted fragment is reported for it.
 */
const REFLEXIVE = /^(?:myself|yourself|yourselves|himself|herself|itself|ourselves|themselves)$/i;
const NO_SPEAKER: ResolvedSpeaker = { speaker: null, speakerType: null, role: null };
const NO_POSITION: Pick<ExtractedMention, 'speakerStart' | 'speakerEnd'> = { speakerStart: null, speakerEnd: null };

/**
 * Every quote (kind 'quote') and reported clause (kind 'statement') in `text`. A split quote ("First," he said,
 * "second.") gives one mention per part, both with the same speaker and `relation`; a partial quote inside
 * reported speech is part of the statement that covers the clause. A transcript's interviewer questions are no
 * claims and are not returned, but pushed onto `asked`: a figure such a line reports is still the interviewer's.
 */
export function extractQuotes(analysis: TextAnalysis, asked: ExtractedMention[] = []): ExtractedMention[] {
  const { text, sentences, masked, quotes: spans, names: index } = analysis;
  const base = mentionBase(analysis);

  const candidates: Candidate[] = spans.map((span) => {
    const attribution = findAttribution(analysis, span);
    return { span, attribution, event: eventOf(analysis, attribution, span.open) };
  });
  const found = findStatements(analysis);
  const direct = found.filter((statement) => isMostlyQuoted(masked, statement, spans));
  const led = new Set(spans.filter((span) => direct.some((statement) => statement.start <= span.open && span.close <= statement.end + 1)));
  const statements: StatementCandidate[] = found
    .filter((statement) => !direct.includes(statement))
    .map((statement) => ({ statement, event: eventOf(analysis, statement.attribution, statement.start) }));
  const absorbed = new Set(spans.filter((span) => statements.some(({ statement }) => statement.start <= span.open && span.close <= statement.end + 1)));
  const events = [
    ...candidates.flatMap((c) => (c.event && !absorbed.has(c.span) ? [c.event] : [])),
    ...statements.flatMap((s) => (s.event ? [s.event] : [])),
    ...sentenceSubjects(analysis),
    ...speakersAfterClauses(analysis, statements),
  ];
  const resolved = resolveSpeakers(events, index, genderReader(analysis.text), masked);

  const mentions: ExtractedMention[] = [];
  let relation = 0;
  let previous: { mention: ExtractedMention; paragraph: number; close: number; cueStart: number | null } | null = null;
  // Questions with the cue "asked": a question put to a source when someone else answers it next.
  const askedCue = new Set<ExtractedMention>();
  // Questions with a cue that names the one asked after them ("“...?” a reporter asked Trump"): put to that source.
  const putTo = new Set<ExtractedMention>();
  const placed: Array<{ mention: ExtractedMention; span: QuoteSpan }> = [];
  // Reported clauses around a quoted fragment ("she found Ms. Sherry “very professional,” and ..."), with their speakers.
  const clauses: ReportedClause[] = [];
  const transcript = findTranscriptLines(text, index, analysis.known).map((line) => ({ line, mention: transcriptMention(analysis, base, line, relation++) }));
  // An interviewer's question is put to the one who answers it: no claim, though it is a line of the transcript.
  mentions.push(...transcript.flatMap(({ line, mention }) => (line.speaker === null || line.asks ? [] : [mention])));
  asked.push(...transcript.flatMap(({ line, mention }) => (line.speaker !== null && line.asks ? [mention] : [])));
  for (const candidate of candidates) {
    const { span, attribution, event } = candidate;
    if (absorbed.has(span)) continue;
    // A transcript line is one mention: the marks some copy wraps it in, and the quotes inside it, are part of it.
    const inLine = transcript.find(({ line }) => span.open < line.end && span.close > line.labelStart);
    if (inLine && inLine.line.speaker !== null) continue;
    // A quoted paragraph with no cue right after a transcript line goes on with that line's speaker, as after any
    // quote; a quote with a cue, or a line whose label names nobody, takes no speaker from before the line.
    const line = transcript.findLast(({ line }) => line.labelStart <= span.open);
    if (line && (previous === null || previous.close < line.line.start)) {
      previous = attribution === null && line.line.speaker !== null && !inLine ? { mention: line.mention, paragraph: line.line.paragraph, close: line.line.end, cueStart: null } : null;
    }
    let speaker = event ? (resolved.get(event) ?? NO_SPEAKER) : NO_SPEAKER;
    let speakerRaw = event?.phrase.raw ?? null;
    let speakerAt = positionOf(text, event, attribution);
    let cue = attribution?.cue ?? null;
    if (!isQuote(span, cue, speaker) || inHeadline(text, span) || isEmbeddedTitle(masked, span) || quotesSlogan(masked, span) || LINK_LINE.test(span.text) || printedLineBefore(masked, span)) continue;
    if (neverSaid(masked, span) || surveyQuestion(masked, span) || quotesNameAfterNoun(masked.slice(Math.max(0, span.open - 40), span.open))) continue;
    // "“...,” it is said.": hearsay nobody the text names said; no speaker before it goes on into it, nor past it.
    if (attribution?.agentless === true) {
      previous = null;
      continue;
    }
    // Quoted words inside a sentence that no cue attributes are a title or scare quotes, not speech.
    if (attribution === null && wordsBefore(masked, sentences, span) >= 2 && !/[:,—–]\s*$/.test(masked.slice(0, span.open))) continue;
    if (attribution === null && headsNextQuote(analysis, span)) continue;
    const cueStart = attribution?.cueStart ?? null;
    const adjacent = previous !== null && span.paragraph - previous.paragraph <= 1 && continues(masked, sentences, previous.close, span.open);
    // A quote with no cue of its own continues the quote just before it (same or previous paragraph).
    // "“...,” Reyes said.\n\nBlake ended the debate by saying he would help. “I am going to ...”": a named person's
    // reported statement in a sentence of its own between the quote before and this one, right before it, gives its
    // speaker ("“...,” she said, adding that ... “...”" goes on with the quote's).
    const previousEnd = previous === null ? 0 : sentenceOf(sentences, { open: previous.close - 1, close: previous.close }).end;
    // A cue with no subject ("Adding, “...”") is no speaker of its own either.
    const stated = speaker.speaker === null && (attribution === null || attribution.subject === null) && previous !== null ? statementJustBefore(analysis, statements, resolved, span, previousEnd) : null;
    // A signed pull quote is its signer's, whoever spoke before it.
    const signer = attribution === null ? signerOf(text, span) : null;
    // "Ana Ruiz agreed. “...”": a sentence in which someone only agrees introduces the quote after it.
    // "Sen. Ana Ruiz ... identified the delays as one reason ... . “...”": so does a sentence in which someone characterises.
    const agreed = attribution === null && signer === null ? (agreedJustBefore(analysis, span.open, previousEnd) ?? characterisedJustBefore(analysis, span.open, previousEnd)) : null;
    const continuation = attribution === null && adjacent && stated === null && signer === null && agreed === null;
    if (signer !== null) {
      speaker = signer;
    } else if (agreed !== null) {
      speaker = agreed;
    } else if (stated !== null) {
      speaker = stated;
    } else if (speaker.speaker === null && previous !== null && (span.paragraph - previous.paragraph <= 1 || onlyLeadInBetween(masked, previous.close, span.open)) && previous.mention.speaker !== null) {
      speaker = { speaker: previous.mention.speaker, speakerType: previous.mention.speakerType, role: previous.mention.role };
      speakerRaw = null;
      speakerAt = NO_POSITION;
      cue = null;
    } else if (speaker.speaker === null && attribution === null) {
      speaker = statementJustBefore(analysis, statements, resolved, span) ?? clauseJustBefore(analysis, clauses, span) ?? speaker;
    } else if (speaker.speaker === null && attribution?.subject === null) {
      // "Lima said the team had trained hard. Adding: “...”" with no quote before it: the statement's speaker goes on.
      speaker = statementJustBefore(analysis, statements, resolved, span) ?? speaker;
    }
    // The parts of a split quote share their cue: one attribution.
    const sameCue = previous !== null && cueStart !== null && previous.cueStart === cueStart;
    const sentence = sentenceOf(sentences, span);
    // A quote that opens mid-sentence in lower case ("called it “a disaster”") is a fragment of reported speech:
    // a statement of the clause around it when it names its speaker, never a direct quote.
    if (isFragment(span.text) && !sameCue && !led.has(span)) {
      const sentenceTokens = maskedTokens(analysis, sentence.start, sentence.end);
      // The writer's own first-person voice around a quoted phrase ("as I always tell my clients: “...”") reports nothing.
      if ((attribution !== null && writerSpeaks(attribution)) || imaginesSaying(sentenceTokens)) continue;
      // "will be, as Apple puts it, “the world's thinnest ...,” coming in at ...": "as X put it" sets off its quoted
      // words alone; the clause around them is the writer's.
      const ownWording = cue !== null && /^puts? it$/i.test(cue);
      const clause = attribution && speaker.speaker !== null && !REFLEXIVE.test(speaker.speaker) && cue !== null && !ownWording ? clauseAroundQuote(analysis, span, attribution) : null;
      if (clause === null || quotedTermOnly(text, span, clause)) continue;
      // "..., both of which Ms. Lee praised “for ...”": a fragment in the writer's aside after a report is not the report's.
      if (writersGlossEnd(sentenceTokens, clause.start, span.open) < span.open) continue;
      const clauseWords = textTokens(analysis, clause.start, clause.end).filter((t) => t.word);
      if (attribution !== null && (deniesOthersClaims(clauseWords, attribution) || inFreeRelative(sentenceTokens, attribution, clauseWords))) continue;
      clauses.push({ start: clause.start, end: clause.end, speaker });
      mentions.push({
        ...base('statement', text.slice(clause.start, clause.end), clause.start, clause.end, sentence),
        speaker: speaker.speaker,
        speakerRaw,
        ...speakerAt,
        speakerType: speaker.speakerType,
        role: speaker.role,
        cue,
        relation: relation++,
      });
      continue;
    }
    if (isLoneWord(masked, spans, span)) continue;
    const mention: ExtractedMention = {
      ...base('quote', span.text, span.start, span.end, sentence),
      speaker: speaker.speaker,
      speakerRaw,
      ...speakerAt,
      speakerType: speaker.speakerType,
      role: speaker.role,
      cue,
      relation: (continuation || sameCue) && previous?.mention.relation !== undefined ? previous.mention.relation : relation++,
    };
    previous = { mention, paragraph: span.paragraph, close: span.close, cueStart };
    // A greeting, or a question put to the subject ("Trump was asked, “...?”"), is not stored, but the quotes after it
    // go on with its speaker.
    if (GREETING.test(span.text) || (questionOnly(span) && putToSource(masked.slice(Math.max(0, span.open - 40), span.open), span.text))) continue;
    // "“Who?”", "“Why not?”": a question of a word or two asks and asserts nothing.
    if (BARE_SHORT_QUESTION.test(span.text.trim())) continue;
    // "“The way I see it,” she said, “...”", "“Let me put it this way”": a lead-in says nothing; what it leads into does.
    if (isLeadInOnly(span.text)) continue;
    if (questionOnly(span) && /^(?:asked|asks)$/i.test(cue ?? '')) askedCue.add(mention);
    if (questionOnly(span) && BARE_QUESTION.test(span.text) && PUT_TO_OBJECT_AFTER.test(masked.slice(span.close, span.close + 100))) putTo.add(mention);
    mentions.push(mention);
    placed.push({ mention, span });
  }
  const answered = new Set(placed.flatMap(({ mention, span }, k) => ((askedCue.has(mention) || putTo.has(mention)) && answeredByOther(mention, span, placed[k + 1], putTo.has(mention)) ? [mention] : [])));
  leadIntoNext(masked, sentences, placed);
  if (answered.size > 0) mentions.splice(0, mentions.length, ...mentions.filter((m) => !answered.has(m)));
  const listed = questionList(placed);
  if (listed.size > 0) mentions.splice(0, mentions.length, ...mentions.filter((m) => !listed.has(m)));
  // The parts of one statement around a parenthetical cue share their attribution.
  const statementRelations = new Map<StatementSpan['attribution'], number>();
  for (const { statement, event } of statements) {
    const speaker = event ? (resolved.get(event) ?? NO_SPEAKER) : NO_SPEAKER;
    // Reported speech counts only when the text names who said it. A "he"/"she"/"they" that no name resolves is not
    // kept with a null speaker: on the labelled articles most such pronouns stand for a person the text names, whom
    // resolution missed, so the item would count as a claim with no speaker (tried in session 29's rec37, dropped).
    // "It was announced on Friday that ...": hearsay with no agent is kept, its speaker nobody the text names.
    if (speaker.speaker === null && statement.attribution.agentless !== true) continue;
    // "I continue to believe that the plan will work": a cue whose subject is "I" outside quotes is the writer's own
    // first-person voice (an op-ed's or a letter's), the article speaking, no reported speech.
    if (writerSpeaks(statement.attribution)) continue;
    // "Senator Reveals Plan To Cut Taxes On Farms.": a line set as a headline sums the story up, as its quotes and
    // figures do; what it reports the story's own sentences report (LABELLING.md: headlines are no claims).
    if (inTitleCaseLine(text, statement.start)) continue;
    // "said that X" and "said X" report the same X: the complementiser is not part of the claim. A capitalised "That"
    // opens a sentence as its subject ("That is not true, according to ..."), and stays.
    const start = statement.start + (/^(?:that|что|чтобы)\s+/u.exec(text.slice(statement.start, statement.end))?.[0].length ?? 0);
    const sentence = sentenceOf(sentences, { open: statement.start, close: statement.end });
    mentions.push({
      ...base('statement', text.slice(start, statement.end), start, statement.end, sentence),
      speaker: speaker.speaker,
      speakerRaw: event?.phrase.raw ?? null,
      ...positionOf(text, event, statement.attribution),
      speakerType: speaker.speakerType,
      role: speaker.role,
      cue: statement.attribution.cue,
      relation: statementRelations.get(statement.attribution) ?? relation,
    });
    if (!statementRelations.has(statement.attribution)) statementRelations.set(statement.attribution, relation++);
  }
  return withQuotedFragments(withoutOverlaps(mentions.sort((a, b) => a.start - b.start)), spans, masked, text);
}

/**
 * "left without saying, “I'm sorry.”", "Why not just say: “We will pay”?", "instead of telling them, “...”": words the
 * writer names as not said, or suggests saying, are nobody's claim.
 */
const UNSAID_BEFORE = /(?:\b(?:without|instead\s+of|rather\s+than)\s+(?:ever\s+|once\s+|even\s+|simply\s+|just\s+)?(?:saying|asking|writing|telling\s+[\p{L}'’]+)|\bwhy\s+(?:not|don[’']t\s+\p{L}+|doesn[’']t\s+\p{L}+)\s+(?:simply\s+|just\s+)?(?:say|ask|write|tell\s+[\p{L}'’]+))\s*[,:]?\s*$/iu;
/**
 * "and then, if you tell people, ‘We have to throw them out!’ it gets worse": a line said by the generic "you" of a
 * case put ("if", "when", "whenever", "every time" and "you" with a verb of saying) is an example, nobody's claim.
 */
const SUPPOSED_BEFORE = /\b(?:if|when|whenever|once|every\s+time)\s+you\s+(?:just\s+|simply\s+|ever\s+)?(?:say|tell|ask|write|shout|yell|post|tweet)(?:\s+(?:\p{L}+))?\s*[,:]?\s*$/iu;
const neverSaid = (masked: string, span: QuoteSpan): boolean => {
  const before = masked.slice(Math.max(0, span.open - 60), span.open);
  return UNSAID_BEFORE.test(before) || SUPPOSED_BEFORE.test(before);
};

/**
 * "Maria Bartiromo asked, “You think the FBI would indict her?”", "Trump was asked, “What's the most dangerous place
 * ...?”": a question put to a source, with nothing asserted in it, is no claim (LABELLING.md). Put to the subject of a
 * passive "was asked", or asked by one speaker and answered in the next quote by another; a speaker's own question
 * ("“Can I give it to James?” she asked", "he asks, “what kind of products ...?”") stays theirs.
 */
/** A question of one or two words ("Who?", "Why not?", "Really ?"). */
const BARE_SHORT_QUESTION = /^[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*\?[\s'’"”]*$/u;

const questionOnly = (span: QuoteSpan): boolean => /\?[\s'’"”]*$/u.test(span.text.trim()) && !/[.!]\s+\p{Lu}/u.test(span.text);
const PUT_TO_SUBJECT = /\b(?:was|were|been|being)\s+asked\s*[,:]?\s*$/i;
/**
 * "But then I ask the people, ‘What do you mean by ...?’", "she asked him, “Why now?”": a bare question (opened by a
 * question word or an auxiliary) after "ask" and the one it is put to (an object pronoun, or "the" and a noun) is put
 * to a source, as after a passive "was asked"; "asking her, “I just want to know, where do we go?”" says something of
 * the asker's first, and stays.
 */
const PUT_TO_OBJECT = /\b(?:ask|asks|asked|asking)\s+(?:him|her|them|me|us|the\s+\p{L}+(?:\s+\p{L}+)?)\s*[,:]\s*$/iu;
const BARE_QUESTION = /^[\s'‘"“]*(?:what|why|how|who|whom|whose|which|where|when|is|are|was|were|do|does|did|can|could|will|would|should|have|has)\b/i;
/**
 * "“Should the pier close?” a reporter asked Brill", "“Why now?” she asked him": the one a question is put to, named
 * (or a pronoun) right after the cue that follows it, answers it when the next quote is another's answer. "“Why now?”
 * she asked.", "asked the crowd" (rhetorical, to an audience), "he asked me" (the writer, who is no source) and an
 * inverted "asked Brill" (the asker) name no source, and the question stays.
 */
const PUT_TO_OBJECT_AFTER =
  /^[\s'’"”,]*[^\n.!?"“”]{0,60}?\p{L}\s+(?:ask|asks|asked|asking)\s+(?:him|her|them|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/u;
const putToSource = (before: string, question: string): boolean =>
  PUT_TO_SUBJECT.test(before) || (PUT_TO_OBJECT.test(before) && BARE_QUESTION.test(question));
/**
 * Whether the quote right after a question (same or next paragraph) is someone else's answer. A question put to a
 * source named after its cue (`namedAsked`) is answered by anyone the text names, even when its asker is nobody it
 * names ("a reporter").
 */
function answeredByOther(question: ExtractedMention, span: QuoteSpan, next: { mention: ExtractedMention; span: QuoteSpan } | undefined, namedAsked = false): boolean {
  if (next === undefined || next.span.paragraph - span.paragraph > 1 || !/^\p{Lu}/u.test(next.span.text.trim())) return false;
  const [asker, answerer] = [question.speaker, next.mention.speaker];
  if (answerer === null) return false;
  if (asker === null) return namedAsked;
  return !asker.includes(answerer) && !answerer.includes(asker);
}

/**
 * A checklist, a questionnaire or a quiz printed as quoted paragraphs ("Here they are: “Has the candidate ever ...?”
 * “Does the candidate ...?” “Would the candidate ...?”"): three or more quotes in a row, each a paragraph of its own
 * holding one question and no cue, list questions for the reader to weigh and assert nothing. One question, or
 * questions between assertions ("“Why do we pay more?” she asked. “Because ...”"), or questions going on in the paragraphs
 * right after a cued quote ("“Why ...?” she asked.", then “Who ...?” “What ...?” “Where ...?”), stay the speaker's.
 */
const LISTED_QUESTIONS = 3;
function questionList(placed: ReadonlyArray<{ mention: ExtractedMention; span: QuoteSpan }>): Set<ExtractedMention> {
  const listed = new Set<ExtractedMention>();
  let run: ExtractedMention[] = [];
  let lastParagraph = Number.NEGATIVE_INFINITY;
  // Whether the run goes on from a cued quote in the paragraph right before it: the speaker asking on.
  let spoken = false;
  let lastCued = false;
  const close = (): void => {
    if (run.length >= LISTED_QUESTIONS && !spoken) for (const m of run) listed.add(m);
    run = [];
  };
  for (const { mention, span } of placed) {
    const alone = questionOnly(span) && mention.cue === null && span.paragraph !== lastParagraph;
    if (!alone || span.paragraph - lastParagraph > 1) close();
    if (alone && run.length === 0) spoken = lastCued && span.paragraph - lastParagraph === 1;
    if (alone) run.push(mention);
    lastCued = mention.cue !== null;
    lastParagraph = span.paragraph;
  }
  close();
  return listed;
}

/**
 * "Happy Cinco de Mayo!", "Merry Christmas, everyone": a greeting on its own wishes, and asserts nothing. The day
 * wished for is capitalised ("Happy to help," "Happy with the result," are answers); words are separated, so that a
 * long unbroken run cannot be split every way.
 */
/**
 * Phrases that only lead into what a speaker goes on to say: a frame of their view ("The way I see it", "As I see it"),
 * an order of points ("First and foremost", "First of all"), a frame of a fact ("The truth is", "Here's the thing"), a
 * filler ("You know", "I mean"), after "Well," or "Look,". Printed alone, before a cue or before a quote that goes on,
 * they assert nothing. ("Let me put it this way" is one too, but the attribution labels count it a direct quote.)
 */
const SPOKEN_LEAD_IN =
  /^(?:(?:well|look|listen|now|so|and|but|ok|okay)\s*,?\s+)?(?:first\s+and\s+foremost|first\s+of\s+all|for\s+starters|to\s+begin\s+with|the\s+way\s+i\s+see\s+it|as\s+i\s+see\s+it|the\s+way\s+i\s+look\s+at\s+it|the\s+(?:truth|fact|thing|reality|bottom\s+line)\s+is|here['’]s\s+the\s+thing|to\s+be\s+(?:honest|frank|fair)|you\s+know|i\s+mean)$/iu;
/** Whether a quote's words, without their closing punctuation, are only a lead-in (SPOKEN_LEAD_IN). */
const isLeadInOnly = (words: string): boolean => SPOKEN_LEAD_IN.test(words.trim().replace(/[\s,.:;!…—–-]+$/u, '').replace(/\s+/g, ' '));

const GREETING = /^(?:[Hh]appy|[Mm]erry)\s+(?!(?:to|with|about|for|that)\b)\p{Lu}[\p{L}'’-]*(?:[\s,]+[\p{L}'’-]+){0,3}[\s,]*!?$/u;

/**
 * "click the icon marked “Enable.”", "the word “Sorry” on a sign": one quoted word that no speech verb introduces is
 * a label or a word mentioned, not speech; unless it opens a sentence the next quote goes on with ("“That,” he
 * added, “promises to ...”"). A shout ("someone shouted, “Cruz,”", "“Never,” Jones answered") is somebody's words.
 */
function isLoneWord(masked: string, spans: readonly QuoteSpan[], span: QuoteSpan): boolean {
  if (span.text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length !== 1) return false;
  const lead = /([\p{L}'’]+)[\s,:]*$/u.exec(masked.slice(Math.max(0, span.open - 30), span.open));
  if (lead !== null && CUE_WORDS.has(normaliseWord(lead[1] ?? ''))) return false;
  // "“Never,” Jones answered.": a speech verb right after the quote, in its sentence (not after “Start.” and a capital).
  const after = masked.slice(span.close);
  const ended = /[.!?]$/.test(span.text.trim()) && /^\s*\p{Lu}/u.test(after);
  const tail = ended ? [] : (/^[^.!?]{0,40}/.exec(after)?.[0].split(/[\s,]+/).slice(0, 5) ?? []);
  if (tail.some((w) => CUE_WORDS.has(normaliseWord(w)))) return false;
  const next = spans[spans.indexOf(span) + 1];
  const between = next === undefined ? '' : masked.slice(span.close, next.open);
  return next === undefined || between.length > 60 || /[.!?]/.test(between) || !/^\p{Ll}/u.test(next.text);
}

/**
 * The mention a transcript line gives: the paragraph's words, said by the person its label names. Its words are
 * not inside quote marks (a mark some copy prints before the label wraps the label too), so it is a statement, as
 * PolNeAR counts such lines: no direct quote.
 */
function transcriptMention(analysis: TextAnalysis, base: ReturnType<typeof mentionBase>, line: TranscriptLine, relation: number): ExtractedMention {
  return {
    ...base('statement', analysis.text.slice(line.start, line.end), line.start, line.end, sentenceOf(analysis.sentences, { open: line.start, close: line.end })),
    speaker: line.speaker,
    speakerRaw: line.label,
    speakerStart: line.labelStart,
    speakerEnd: line.labelEnd,
    speakerType: line.speaker === null ? null : 'person',
    role: line.role,
    cue: ':',
    relation,
  };
}

/** One mention per stretch of text: a statement that overlaps a quote or an earlier statement repeats it. */
function withoutOverlaps(mentions: ExtractedMention[]): ExtractedMention[] {
  const quotes = mentions.filter((m) => m.kind === 'quote');
  const kept: ExtractedMention[] = [];
  for (const m of mentions) {
    const overlaps = (o: ExtractedMention): boolean => o !== m && o.start < m.end && m.start < o.end;
    if (m.kind === 'statement' && (quotes.some(overlaps) || kept.some((k) => k.kind === 'statement' && overlaps(k)))) continue;
    kept.push(m);
  }
  return kept;
}

function eventOf(analysis: TextAnalysis, attribution: Attribution | null, offset: number): SpeakerEvent | null {
  const phrase = attribution?.subject?.text ? parseSpeakerPhrase(attribution.subject.text) : null;
  if (!phrase) return null;
  // "a Defence Ministry statement said": the document that speaks is one its speaker issued, whatever the sentence's prepositions.
  const own = phrase.head !== null && DOCUMENT_NOUNS.has(phrase.head) ? [phrase.head] : [];
  return { offset, phrase, kind: 'attribution', genitive: GENITIVE_CUES.test(attribution?.cue ?? ''), documents: [...new Set([...own, ...documentsAt(analysis, offset)])] };
}

/**
 * The document nouns ("statement", "report") printed outside quotes in the sentence at `offset` as the means of
 * saying ("said in a statement", "wrote on its website"): what its speaker issued. Not one the reported clause gives
 * another ("The Times said Cook provided a written statement": Cook's, not the Times').
 */
function documentsAt(analysis: TextAnalysis, offset: number): string[] {
  const sentence = analysis.sentences.find((s) => s.start <= offset && offset < s.end);
  if (!sentence) return [];
  const words = maskedTokens(analysis, sentence.start, sentence.end).map((t) => normaliseWord(t.text));
  const means = (k: number): boolean => words.slice(Math.max(0, k - 4), k).some((w) => MEANS.has(w));
  return [...new Set(words.flatMap((w, k) => (w === 'site' && words[k - 1] === 'web' && means(k - 1) ? ['website'] : DOCUMENT_NOUNS.has(w) && means(k) ? [w] : [])))];
}

/** Prepositions that make a document the means of saying: "in a statement", "on its website", "via a release". */
const MEANS: ReadonlySet<string> = new Set(['in', 'on', 'via', 'through', 'by', 'from', 'to']);

const ISSUED = /\b(?:issued|released|put out|sent|posted|published|circulated)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(statement|report|release|letter|memo|email|e-mail|announcement|communique|communiqué|notice|tweet)\b/giu;

/** The documents a sentence says its subject issued ("Kraft issued a statement"): what "the statement" later refers to. */
function issuedIn(sentence: string): string[] {
  return [...new Set([...sentence.matchAll(ISSUED)].map((m) => (m[1] ?? '').toLowerCase()))];
}

/** Where the speaker phrase of an event (its attribution's subject) is printed; null offsets when none. */
function positionOf(text: string, event: SpeakerEvent | null, attribution: Attribution | null): Pick<ExtractedMention, 'speakerStart' | 'speakerEnd'> {
  return event && attribution?.subject ? speakerPosition(text, attribution.subject) : NO_POSITION;
}

/** A mention of `kind` with no speaker yet, standing in the sentence range `sentence`, with its names. */
function mentionBase(analysis: TextAnalysis) {
  return (kind: ExtractedMention['kind'], printed: string, start: number, end: number, sentence: { start: number; end: number }): ExtractedMention => ({
    kind,
    text: printed,
    start,
    end,
    speaker: null,
    speakerRaw: null,
    speakerStart: null,
    speakerEnd: null,
    speakerType: null,
    role: null,
    cue: null,
    sentence: analysis.text.slice(sentence.start, sentence.end),
    value: null,
    unit: null,
    qualifier: null,
    entities: findEntities(textTokens(analysis, sentence.start, sentence.end), analysis.known),
  });
}

/**
 * A quoted paragraph with no speaker that comes right before the quote naming one is part of it: "“…”\n\n“…,”
 * Smith said." (a paragraph may open a quotation whose cue comes after it).
 */
function leadIntoNext(masked: string, sentences: SentenceSpan[], placed: Array<{ mention: ExtractedMention; span: QuoteSpan }>): void {
  for (let i = placed.length - 2; i >= 0; i -= 1) {
    const here = placed[i];
    const next = placed[i + 1];
    if (!here || !next || here.mention.speaker !== null || here.mention.cue !== null || next.mention.speaker === null) continue;
    if (next.span.paragraph - here.span.paragraph > 1 || masked.slice(here.span.close, next.span.open).trim() !== '') continue;
    here.mention.speaker = next.mention.speaker;
    here.mention.speakerType = next.mention.speakerType;
    here.mention.role = next.mention.role;
    here.mention.relation = next.mention.relation;
  }
}

/**
 * "Ash argued in his email that the incident shows why ...\n\n“In light of this serious breach ...”": a quote with
 * no cue of its own that follows right after a reported statement (nothing but space between the statement's
 * sentence and the quote) goes on with the statement's speaker, a named person or one who said, confirmed or told
 * it, when no quote just before gives it one.
 */
function statementJustBefore(
  analysis: TextAnalysis,
  statements: readonly StatementCandidate[],
  resolved: ReadonlyMap<SpeakerEvent, ResolvedSpeaker>,
  span: QuoteSpan,
  after = 0,
): ResolvedSpeaker | null {
  const { masked, sentences } = analysis;
  for (const { statement, event } of statements) {
    if (event === null || statement.end > span.open || statement.start < after) continue;
    const end = sentenceOf(sentences, { open: statement.start, close: statement.end }).end;
    const gap = masked.slice(end, span.open);
    // "Lee said the plan “was dead.” Adding, “...”": a participle of saying alone, with no subject, between the two goes
    // on with the statement's speaker as nothing between them does.
    if (end > span.open || !(/^\s*$/.test(gap) || SUBJECTLESS_PARTICIPLE.test(gap)) || (gap.match(/\n/g)?.length ?? 0) > 2) continue;
    // A named person goes on talking; an outlet or a body that "reported" something, or "critics", are not
    // quoted at length, but what a writer "writes" is printed on in its words ("..., the editorial board writes.
    // “...”").
    const speaker = resolved.get(event);
    if (speaker?.speaker && speaker.speakerType === 'person' && /^\p{Lu}/u.test(speaker.speaker)) return speaker;
    if (speaker?.speaker && WRITING_CUES.test(statement.attribution.cue ?? '') && !isPluralDescription(speaker.speaker)) return speaker;
    // Someone who said, confirmed or told it goes on too ("her rep confirms ...", "a ministry statement said"), unless
    // many people said it ("Critics said ...").
    if (speaker?.speaker && SPEAKING_CUES.test(statement.attribution.cue ?? '') && !isPluralDescription(speaker.speaker.toLowerCase())) return speaker;
  }
  return null;
}

/** "Adding,", "Continuing:": a sentence opening on a participle of saying and its comma or colon, right before a quote. */
const SUBJECTLESS_PARTICIPLE = /^\s*(?:Adding|Continuing|Concluding|Noting|Saying|Explaining|Insisting|Arguing|Warning|Writing)\s*[,:]\s*$/u;
const WRITING_CUES = /^(?:writes|wrote|writing)$/i;
const SPEAKING_CUES = /^(?:says|said|confirms|confirmed|told)$/i;
/** "critics", "analysts": many people, none of whom wrote the words that follow. */
const isPluralDescription = (speaker: string): boolean => /(?:^|\s)\p{Ll}+[^su]s$/u.test(speaker) && !/(?:ss|us|is)$/.test(speaker);

interface ReportedClause {
  start: number;
  end: number;
  speaker: ResolvedSpeaker;
}

/**
 * "Back then, Ms. Ripert said, she found Ms. Sherry “very professional,” and also enviable. “At that time, ...”": a
 * quote with no cue right after a reported clause that quotes a fragment goes on with its speaker, as after a
 * reported statement (statementJustBefore).
 */
function clauseJustBefore(analysis: TextAnalysis, clauses: readonly ReportedClause[], span: QuoteSpan): ResolvedSpeaker | null {
  const { masked, sentences } = analysis;
  const clause = clauses.findLast((c) => c.end <= span.open);
  if (clause === undefined) return null;
  const end = sentenceOf(sentences, { open: clause.start, close: clause.end }).end;
  const gap = masked.slice(end, span.open);
  if (end > span.open || !/^\s*$/.test(gap) || (gap.match(/\n/g)?.length ?? 0) > 2) return null;
  const { speaker } = clause;
  return speaker.speaker && speaker.speakerType === 'person' && /^\p{Lu}/u.test(speaker.speaker) ? speaker : null;
}

/**
 * "'Pop, pop, pop' “We heard pop, pop, pop,” smelled gunpowder ...": a few quoted words with no full stop that open
 * their sentence and run straight into another quote on the same line are a crosshead quoting it, as flattened copy
 * prints one.
 */
function headsNextQuote(analysis: TextAnalysis, span: QuoteSpan): boolean {
  const next = analysis.quotes.find((q) => q.open >= span.close);
  const words = span.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const gap = analysis.text.slice(span.close, next?.open ?? span.close);
  const unended = !/[.!?…]$/.test(span.text);
  return next !== undefined && unended && words.length <= 5 && /^[^\S\n]*$/.test(gap) && wordsBefore(analysis.masked, analysis.sentences, span) === 0;
}

/** At most one sentence (the previous quote's attribution, as a rule) stands between two parts of a quote. */
function continues(masked: string, sentences: SentenceSpan[], from: number, to: number): boolean {
  const between = sentences.filter((s) => s.end > from && s.end <= to && masked.slice(Math.max(s.start, from), s.end).replace(/§+/g, '').trim() !== '');
  return between.length <= 1;
}

/**
 * "“...,” Kasich said.\n\nTranscript as follows:\n\n“Tonight we ...”": a paragraph of a few words that ends on a colon
 * and names no one (no capital after its first word) only announces the quoted paragraphs after it, so they go on
 * with the speaker of the quote before it, as a quote in the next paragraph does.
 */
function onlyLeadInBetween(masked: string, from: number, to: number): boolean {
  return LEAD_IN.test(masked.slice(from, to).trim());
}

const LEAD_IN = /^\p{Lu}\p{Ll}*(?: \p{Ll}+){0,5}:$/u;

/** The sentences a span stands in, as one range of the text (the span itself when no sentence holds it). */
function sentenceOf(sentences: SentenceSpan[], span: Pick<QuoteSpan, 'open' | 'close'>): { start: number; end: number } {
  const first = sentences.find((s) => s.start <= span.open && span.open < s.end) ?? sentences.find((s) => s.end > span.open);
  const last = [...sentences].reverse().find((s) => s.start < span.close) ?? first;
  if (!first || !last) return { start: span.open, end: span.close };
  return { start: first.start, end: Math.max(first.end, last.end) };
}

/** The name opening each sentence, so that "he" or "it" can point at a subject that did not speak. */
function sentenceSubjects(analysis: TextAnalysis): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  const { sentences } = analysis;
  const { credits } = analysis;
  for (const sentence of sentences) {
    // A photo credit ("Facebook/Ann Lind.", "Getty.") names whoever took or posted the picture: no subject.
    if (inCredit(credits, sentence.start)) continue;
    // A heading ("Kremlin Response and Regulatory Conditions") has no subject that later text refers to.
    if (!/[.!?…"”’'»:]$/.test(sentence.text)) continue;
    // Nor has a crosshead that ends on a full stop, as a list's entries print them ("John Leguizamo On How U.S.
    // History Makes Latinos Feel “Invisible.”"): its capitalised words are no name that "he" points back at.
    if (inTitleCaseLine(analysis.text, sentence.start)) continue;
    const tokens = maskedTokens(analysis, sentence.start, sentence.end);
    // The subject opening the sentence, and those opening a clause after an introductory phrase or a
    // conjunction ("Three years ago, Reid, who ...", "..., but Tara Reid has ..."): the last one is the latest.
    // A quoted title that closes on its comma ("the cast of “Planet of the Apes,” the network’s anchor ...") ends the
    // introductory phrase as a comma does.
    const endsOnComma = (t: Token) => /^§+$/.test(t.text) && /,\s*\S$/.test(analysis.text.slice(t.start, t.end));
    // A dateline ("WASHINGTON — Ann Lee doesn’t ...") is no subject: the name after its dash is.
    const dateline = afterDateline(tokens);
    // "As for Trump, he said ...": the topic a sentence opens on is whom the text is about, as a subject is.
    const topic = /^as$/i.test(tokens[dateline]?.text ?? '') && /^(?:for|to)$/.test(tokens[dateline + 1]?.text ?? '') ? [dateline + 2] : [];
    const clauseStarts = [dateline, ...tokens.flatMap((t, k) => (k > dateline && (t.text === ',' || endsOnComma(t) || /^(?:but|and|while)$/.test(t.text)) ? [k + 1] : []))];
    // "As usual, it was Trump who drew the attention": the name a cleft puts in focus is whom the text is about.
    const cleft = clauseStarts.flatMap((k) => (/^it$/i.test(tokens[k]?.text ?? '') && /^(?:was|is)$/.test(tokens[k + 1]?.text ?? '') && isCapitalised(tokens[k + 2]?.text ?? '') ? [k + 2] : []));
    const starts = [dateline, ...topic, ...cleft, ...clauseStarts.slice(1)];
    const opening = starts.map((start) => ({ start, phrase: subjectAt(analysis, tokens, start, cleft.includes(start)) }));
    // "A 29-year-old Berlin woman, meanwhile, received ...": an unnamed person the sentence opens on, whose noun tells
    // a gender, is whom "she" next may mean.
    const described = unnamedSubjectAt(analysis, tokens, dateline);
    if (described !== null) opening.unshift({ start: dateline, phrase: described });
    // "Workers objected to ... . They also said ...": a group of people the sentence opens on is whom "they" next means.
    // A plural that opens the sentence may have been read as a name the text prints ("Workers" of "Communications
    // Workers of America"): the group is the subject instead.
    // "McConnell aides acknowledged ...": the name of whose people they are may be the word read, a capital inside it.
    // "Several Cruz associates have said ...": a quantifier and the name of whose people they are, read as one name.
    const plural = (p: { start: number; phrase: SpeakerPhrase | null }) =>
      p.start === dateline && p.phrase !== null && ((/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(p.phrase.raw.trim()) && p.phrase.raw.trim() === tokens[dateline]?.text) || QUANTIFIED_NAME.test(p.phrase.raw.trim()));
    const group = described === null && opening.every((p) => p.phrase === null || plural(p)) ? pluralSubjectAt(tokens, dateline, analysis.names, analysis.text) : null;
    // "McConnell aides acknowledged ...": the name whose people they are stays a subject too, before them, for "he".
    const owned = group !== null && /^\p{Lu}/u.test(group.raw);
    if (group !== null) opening.splice(0, opening.length, ...opening.filter((p) => owned && plural(p)), { start: dateline, phrase: group }, ...opening.filter((p) => !plural(p)));
    // "At a drugstore near the mosque, a middle-aged cashier was shaken ...": after a fronted phrase, an unnamed person
    // whose noun tells no gender is whom a later "the woman" may mean.
    const comma = tokens.findIndex((t, k) => k > dateline && t.text === ',');
    const fronted = described === null && comma !== -1 && opensCircumstance(tokens, dateline) && tokens.slice(dateline, comma).every((t) => t.word) ? comma + 1 : 0;
    const afterFronted = fronted === 0 ? null : unnamedSubjectAt(analysis, tokens, fronted, true);
    if (afterFronted !== null) opening.unshift({ start: fronted, phrase: afterFronted });
    const phrases = opening.filter((p) => p.phrase !== null);
    // A clause's subject after a subordinator only when no name opens a main clause ("Ryan did not answer when
    // Tapper asked": Ryan stays the one written about).
    const subordinate = phrases.length > 0 ? [] : subordinateStarts(tokens).map((start) => ({ start, phrase: subjectAt(analysis, tokens, start) }));
    // "The show featured an interview with Grant, who endorsed the choice. “...,” he says": when no name opens a main
    // clause, a name a relative "who" set off by a comma describes is the person the sentence turns to, as the
    // subject of that clause.
    const relatives = phrases.length > 0 ? [] : relativeAntecedents(tokens).map(([start, end]) => ({ start, phrase: antecedentPhrase(analysis, analysis.text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0)) }));
    for (const { start, phrase } of [...phrases, ...subordinate, ...relatives]) {
      // Counted from the sentence end: a subject only informs the sentences after it; or from the colon that ends its
      // clause before a quotation ("Rhimes declared the need for drive: “...,” she said"), so that a pronoun cue after
      // that quotation points back at it.
      if (phrase) events.push({ offset: colonBeforeQuote(tokens, start) ?? sentence.end, phrase, kind: 'subject', documents: issuedIn(sentence.text) });
    }
  }
  return events;
}

/** A quantifier before one capitalised word ("Several Cruz", "Many Trump"): no person's name, a group's owner. */
const QUANTIFIED_NAME = /^(?:Several|Many|Some|Most|Few|Both|All|Two|Three|Four|Five)\s+\p{Lu}[\p{L}’'-]+$/u;

/**
 * "A 29-year-old Berlin woman, meanwhile, received ...", "An elderly man said": one person the sentence opens on without
 * a name, by an indefinite description whose head is a noun of one gender ("woman", "father"), followed by a comma or
 * a verb; null when the sentence opens otherwise. With `anyPerson`, any noun for a kind of person ("cashier").
 */
function unnamedSubjectAt(analysis: TextAnalysis, tokens: readonly Token[], at: number, anyPerson = false) {
  if (!/^(?:a|an|one)$/i.test(tokens[at]?.text ?? '')) return null;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 8); k += 1) {
    const token = tokens[k];
    if (token === undefined || token.text === ',' || /^§/.test(token.text)) return null;
    if (!/^\p{Ll}+$/u.test(token.text) || (roleGender(token.text) === null && !(anyPerson && isRoleNounWord(token.text)))) continue;
    const next = tokens[k + 1];
    // "One local woman, Karen Robison, pulled ...": a name set beside the description is who the sentence is about.
    if (next?.text === ',' && isCapitalised(tokens[k + 2]?.text ?? '')) return null;
    if (next === undefined || !(next.text === ',' || (next.word && /^\p{Ll}/u.test(next.text) && !NOT_AFTER_SUBJECT.has(next.text)))) return null;
    const phrase = parseSpeakerPhrase(analysis.text.slice(tokens[at]?.start ?? 0, token.end));
    return phrase !== null && phrase.type === 'person' && phrase.refersTo === null && phrase.head === token.text ? phrase : null;
  }
  return null;
}

/**
 * The end of the first colon after token `from` that a quotation (masked) follows at once: where the clause that
 * introduces the quotation ends; null when there is none.
 */
function colonBeforeQuote(tokens: readonly Token[], from: number): number | null {
  for (let k = from + 1; k < tokens.length - 1; k += 1) {
    if (tokens[k]?.text !== ':') continue;
    return /^§+$/.test(tokens[k + 1]?.text ?? '') ? (tokens[k]?.end ?? null) : null;
  }
  return null;
}

/**
 * "Olsen broke a window, said Officer Dan Berg. He said ...": a named speaker whose cue follows the clause it reports is
 * who the text turns to last in that sentence, after the clause's own subject ("Olsen"), so that "he" next is the
 * speaker. So is one whose cue opens it when a clause of the report has a subject of its own ("Berg said Olsen broke a
 * window, while Hale ran. “...,” he said": Hale is what Berg told of, Berg who speaks on). Counted from the end of the
 * sentence holding the cue, after that sentence's subjects; a pronoun speaker ("..., he said") and a description are
 * left as they resolved, and an organisation ("..., the club said") leaves "he" alone.
 */
function speakersAfterClauses(analysis: TextAnalysis, statements: readonly StatementCandidate[]): SpeakerEvent[] {
  return statements.flatMap(({ statement, event }) => {
    if (event === null || event.phrase.refersTo !== null) return [];
    const after = statement.attribution.position === 'after' && event.phrase.type === 'person';
    // A surname alone ("Berg said") is read as a person's where the text names that person in full.
    const before = statement.attribution.position === 'before' && CLAUSE_OF_ITS_OWN.test(analysis.masked.slice(statement.start, statement.end)) && (event.phrase.type === 'person' || namesPerson(analysis, event.phrase));
    if (!after && !before) return [];
    const sentence = analysis.sentences.find((s) => s.start < statement.end && statement.end <= s.end);
    return sentence === undefined ? [] : [{ ...event, offset: sentence.end, kind: 'subject' as const }];
  });
}

/** Whether a speaker printed as one capitalised word is a person the text names in full ("Berg" of "Dan Berg"). */
function namesPerson(analysis: TextAnalysis, phrase: SpeakerPhrase): boolean {
  if (phrase.name === null || !/^\p{Lu}[\p{Ll}’'-]+$/u.test(phrase.name)) return false;
  const entry = lookupName(analysis.names, phrase.name);
  return entry?.person === true && (entry.strongPerson || entry.words.length >= 2);
}

/** A clause of a report with a capitalised subject of its own, after a comma or a conjunction (", while Hale ran"). */
const CLAUSE_OF_ITS_OWN = /(?:,|\b(?:while|whereas|but|and))\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u;

/**
 * "..., after the novelist Jo Walton explained them to me. “...,” she said": the subject of a clause a subordinator
 * opens later in the sentence is someone the text is about as well, whom "she" may point back at.
 */
function subordinateStarts(tokens: readonly Token[]): number[] {
  return tokens.flatMap((t, k) => (k > 1 && /^(?:after|before|when|because|since|until|once|although|though|whereas)$/.test(t.text) ? [k + 1] : []));
}

/** Longest name a relative "who" may follow (relativeAntecedents), in tokens. */
const MAX_ANTECEDENT_TOKENS = 4;

/**
 * Each capitalised name that a relative clause set off by a comma follows (", who praised ..."), after a word in lower
 * case ("an interview with Tom Grant, who"), as its first token and the comma's: the person that clause is about.
 */
function relativeAntecedents(tokens: readonly Token[]): [number, number][] {
  return tokens.flatMap((t, k): [number, number][] => {
    if (t.text !== ',' || normaliseWord(tokens[k + 1]?.text ?? '') !== 'who' || !/^\p{Ll}/u.test(tokens[k + 2]?.text ?? '')) return [];
    let start = k;
    while (start > 0 && k - start < MAX_ANTECEDENT_TOKENS && tokens[start - 1]?.word === true && isCapitalised(tokens[start - 1]?.text ?? '')) start -= 1;
    const before = tokens[start - 1];
    // "for the Wisconsin Republican, who": a description after an article, not a name; "Ganguly of Human Rights
    // Watch, who": a body after a preposition of place or belonging, whom the "who" does not describe.
    if (start === k || before?.word !== true || !/^\p{Ll}/u.test(before.text) || /^(?:the|a|an|his|her|its|their|our|this|that|of|from|in|at|near|outside|on|for|by|into|across)$/.test(before.text)) return [];
    // "The 55-year-old actor will replace Matt Smith, who ...", "He called Smith, who ...": a person the clause opens
    // on, described or by a pronoun, is still whom the sentence is about.
    const opening = tokens.slice(0, start);
    return opening.some((u) => PERSONAL_PRONOUNS.test(u.text) || PERSON_NOUNS.has(normaliseWord(u.text)) || kindOfPerson(u.text)) ? [] : [[start, k]];
  });
}

/** Pronouns that stand for a person as a clause's subject. */
const PERSONAL_PRONOUNS = /^(?:he|she|i|we|they)$/i;

/**
 * A name a relative "who" describes, when the text shows it to be a person's ("Matt Smith" printed in full, "Mr.
 * Obama"); null for a group or a body ("some Democrats, who", "Human Rights Watch, who") and what parses as no name.
 */
function antecedentPhrase(analysis: TextAnalysis, printed: string) {
  const parsed = parseSpeakerPhrase(printed);
  if (!parsed || parsed.name === null || parsed.refersTo !== null || isPossessive(printed)) return null;
  if (parsed.strongPerson === true) return parsed;
  const entry = lookupName(analysis.names, parsed.name.split(/\s+/).pop() ?? '');
  return entry?.person === true && (entry.strongPerson || entry.words.length >= 2) ? { ...parsed, type: 'person' as const, provenPerson: true } : null;
}

/** Words after a name that show it is not a clause's subject: "upstate New York where", "Paris in May". */
const NOT_AFTER_SUBJECT = new Set(['where', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'as', 'than', 'that', 'which']);

/**
 * "the novelist Jo Walton": a noun WordNet files as a kind of person, unless it is also a verb's form ("Hale accused
 * Mora", "the visiting Ames") or a cue.
 */
const kindOfPerson = (word: string): boolean => {
  // "front-runner", "ex-wife": a hyphenated compound is a kind of person when its last part is.
  const head = word.split('-').pop() ?? word;
  return isRoleNounWord(head) && !/(?:ed|ing)$/.test(head) && !CUE_WORDS.has(normaliseWord(word));
};

/** Where a capitalised name starts after lower-case words from `at` that end on a role ("senior communications adviser"), or -1. */
function roleThenName(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k < at + 4 && tokens[k]?.word === true && /^\p{Ll}/u.test(tokens[k]?.text ?? '')) k += 1;
  const isRole = (token: Token | undefined) => token !== undefined && (PERSON_NOUNS.has(normaliseWord(token.text)) || kindOfPerson(token.text));
  const role = k > at && isRole(tokens[k - 1]);
  if (!role || tokens[k]?.word !== true || !isCapitalised(tokens[k]?.text ?? '')) return -1;
  // "a chief Democratic negotiator on the bill", "a senior White House adviser": capitalised words that run straight
  // into another role noun in lower case modify it, they name no one.
  let end = k;
  while (end < tokens.length && tokens[end]?.word === true && isCapitalised(tokens[end]?.text ?? '')) end += 1;
  const after = tokens[end];
  return after?.word === true && /^\p{Ll}/u.test(after.text) && isRole(after) ? -1 : k;
}

/**
 * "A professor of history at Carrisford University, (Nikos Varda, stayed ...)": whether the words before `at` are a
 * description of a person that opens the sentence and ends on a comma, so that the name after it is the subject.
 */
function afterOpeningDescription(tokens: readonly Token[], at: number): boolean {
  const before = tokens.slice(0, at - 1);
  // The person noun comes within a few words of the article, and only a prepositional phrase after it: "The
  // president instead chose an official, L. Patrick Gray, who" is a clause, not a description.
  const noun = before.findIndex((t) => /^\p{Ll}/u.test(t.text) && (PERSON_NOUNS.has(normaliseWord(t.text)) || isRoleNounWord(t.text)));
  const after = before[noun + 1];
  return (
    tokens[at - 1]?.text === ',' &&
    /^(?:a|an|the)$/i.test(before[0]?.text ?? '') &&
    onlyAdjectiveCommas(before, noun) &&
    noun > 0 &&
    noun <= 4 &&
    (after === undefined || /^(?:of|at|for|in|from|with|to)$/.test(after.text))
  );
}

/**
 * "An agreeable, funny woman in her 80s, Jane Starner lives ...": the only commas of an opening description are those
 * between the adjectives before its person noun (at `noun`), never one after it.
 */
function onlyAdjectiveCommas(before: readonly Token[], noun: number): boolean {
  return before.every((t, k) => t.text !== ',' || (k < noun && before[k - 1]?.word === true && /^\p{Ll}/u.test(before[k + 1]?.text ?? '')));
}

/** A preposition (or "as") that may end a verb phrase whose object is the relative pronoun left out. */
const OBJECTLESS_BEFORE = /^(?:as|for|to|in|at|on|into|onto|from|with|by|over|under|after|before|during|since|last|this)$/;

/**
 * "Sondland, a wealthy hotelier Trump tapped as his ambassador, is ...": inside an appositive to a name, a name (ending
 * before `k`) whose verb takes an object but has none before "as" or a preposition is the subject of a relative clause
 * ("a hotelier [whom] Trump tapped"), not the person the appositive describes nor a clause's subject.
 */
function relativeClauseSubject(analysis: TextAnalysis, tokens: readonly Token[], at: number, k: number): boolean {
  const verb = tokens[k];
  // After a name the text prints where no sentence starts ("Later, the writer Jo Walton moved to ..." is no appositive).
  const appositive = tokens[at - 1]?.text === ',' && analysis.known.has(stripPossessive(tokens[at - 2]?.text ?? ''));
  return appositive && verb?.word === true && /^\p{Ll}/u.test(verb.text) && isTransitiveVerb(verb.text) && OBJECTLESS_BEFORE.test(tokens[k + 1]?.text ?? '');
}

/** Where "and" and a second capitalised name after the name ending at `at` end, when a verb follows them; else -1. */
function jointSubjectEnd(tokens: readonly Token[], at: number): number {
  if (normaliseWord(tokens[at]?.text ?? '') !== 'and') return -1;
  let k = at + 1;
  while (k < tokens.length && k < at + 5 && tokens[k]?.word === true && isCapitalised(tokens[k]?.text ?? '')) k += 1;
  const verb = tokens[k];
  return k > at + 1 && verb !== undefined && verb.word && /^\p{Ll}/u.test(verb.text) && !NOT_AFTER_SUBJECT.has(verb.text) ? k : -1;
}

/**
 * Whether "and" at `at` joins people described in the plural to the name before it ("and leaders of the legislature
 * have", "and her aides said"): at most a determiner or adjectives, then a plural noun for a kind of person, then "of"
 * or a verb.
 */
function othersJoined(tokens: readonly Token[], at: number): boolean {
  if (normaliseWord(tokens[at]?.text ?? '') !== 'and') return false;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 5); k += 1) {
    const word = tokens[k]?.text ?? '';
    if (tokens[k]?.word !== true || !/^\p{Ll}/u.test(word)) return false;
    const singular = word.replace(/ies$/, 'y').replace(/s$/, '');
    if (singular === word || !(isRoleNounWord(singular) || PERSON_NOUNS.has(singular))) continue;
    const after = tokens[k + 1];
    return after?.word === true && /^\p{Ll}/u.test(after.text) && (after.text === 'of' || !NOT_AFTER_SUBJECT.has(after.text));
  }
  return false;
}

/** A count of people, as a word ("three economists", "two senators"). */
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|several)$/;

/**
 * "three economists -- Ann Lee at Harbour University, Tom Roe ... and Ivo Brandt ... -- raised ...": a count of people
 * whose names a dash or a colon sets off after it opens a group, named by the first, whom a later "they" points back
 * at; null when the clause at `at` is not so printed.
 */
function namesAfterCount(tokens: readonly Token[], at: number): SpeakerPhrase | null {
  const noun = tokens[at + 1]?.text ?? '';
  const singular = noun.replace(/ies$/, 'y').replace(/s$/, '');
  if (!COUNT_WORDS.test(normaliseWord(tokens[at]?.text ?? '')) || singular === noun || !(isRoleNounWord(singular) || PERSON_NOUNS.has(singular))) return null;
  let k = at + 2;
  while (k < at + 4 && /^(?:-|–|—|:)$/.test(tokens[k]?.text ?? '')) k += 1;
  if (k === at + 2) return null;
  const run: string[] = [];
  while (run.length < 4 && tokens[k]?.word === true && isCapitalised(tokens[k]?.text ?? '')) run.push(tokens[k++]?.text ?? '');
  const parsed = run.length >= 2 ? parseSpeakerPhrase(run.join(' ')) : null;
  if (parsed === null || parsed.name === null || parsed.refersTo !== null) return null;
  return { ...parsed, type: 'person', withOthers: true };
}

/** The name that opens a clause at token `at` and is its subject (a verb or an appositive follows), if any. */
function subjectAt(analysis: TextAnalysis, tokens: readonly Token[], at: number, focused = false) {
  const listed = namesAfterCount(tokens, at);
  if (listed !== null) return listed;
  let k = at;
  const run: string[] = [];
  while (k < tokens.length && k < at + 8 && tokens[k]?.word && isCapitalised(tokens[k]?.text ?? '')) run.push(tokens[k++]?.text ?? '');
  // "Trump senior communications adviser Jason Miller said": a name before a role is its modifier; the subject is
  // the person the role leads to.
  // "After ..., the network’s nightly news anchor Ilia Calderón reacted": a clause may open on a description in
  // lower case that ends on a role before the name.
  if (run.length === 0 && at > 0 && /^(?:the|a|an|his|her|their)$/.test(tokens[at]?.text ?? '') && roleThenName(tokens, at + 1) > at + 1) k = at + 1;
  const role = roleThenName(tokens, k);
  // "Tom Barker met the union leader Ken Lindqvist": a verb and its object after the name, not a role before another.
  const afterRole = (run.length > 0 || k > at) && role > k && !(run.length > 0 && predicateBeforeRole(tokens, k, role - 1));
  if (afterRole) {
    while (k < role) run.push(tokens[k++]?.text ?? '');
    while (k < tokens.length && k < role + 4 && tokens[k]?.word && isCapitalised(tokens[k]?.text ?? '')) run.push(tokens[k++]?.text ?? '');
  }
  // "Professors Foner and Alba suggest ...": joint subjects, whom a later "they" points back at.
  const joined = run.length > 0 ? jointSubjectEnd(tokens, k) : -1;
  if (joined > k) while (k < joined) run.push(tokens[k++]?.text ?? '');
  // The sentence's own opening, after its dateline if it has one ("WASHINGTON — Ann Lee doesn’t ..."); one word there
  // ("SIOUX FALLS – People across the nation ...") is read as mid-sentence words are.
  // A cleft's focus ("it was Ann Lee who ...", `focused`) is read as a sentence's opening.
  const opening = focused || at === 0 || (at === afterDateline(tokens) && run.length >= 2);
  // Mid-sentence, only a name followed by its verb or an appositive: "Reid, who", "Tara Reid has".
  const next = tokens[k];
  const verbLike = (t: Token) => t.word && /^\p{Ll}/u.test(t.text) && !NOT_AFTER_SUBJECT.has(t.text);
  if (!opening && (next === undefined || !(next.text === ',' || verbLike(next)))) return null;
  if (afterRole && relativeClauseSubject(analysis, tokens, at, k)) return null;
  // Run-in headlines in capitals ("RESTRICTIONS ON WHATSAPP Roskomnadzor ...") are not part of the name.
  const allCaps = (w: string | undefined): boolean => /^\p{Lu}{2,}$/u.test(w ?? '');
  while (run.length > 1 && allCaps(run[0]) && run.some((w) => !allCaps(w))) run.shift();
  if (run.length > 1 && /^(?:the|a|an)$/i.test(run[0] ?? '')) run.shift();
  const last = run[run.length - 1] ?? '';
  // Tokenised copy sets a possessive's mark apart ("Gray ’ s older sister, ..."): a modifier all the same.
  const spacedPossessive = /^['’]$/.test(next?.text ?? '') && tokens[k + 1]?.text === 's';
  // A possessive or a nationality is a modifier ("Russia’s regulator", "Russian users"), not the subject.
  // "Peter Lang’s visit ended on Friday.": a person's full name in the possessive opening the sentence is who it is
  // about, whom a later "he" may point back at; only a name the text prints as a person's more than once or with a
  // title ("Following Wednesday’s" is none), and not before a role of someone else's ("Bill Clinton’s former aide").
  if (opening && run.length >= 2 && isPossessive(last) && !spacedPossessive) {
    const owner = parseSpeakerPhrase([...run.slice(0, -1), stripPossessive(last)].join(' '));
    const name = owner?.name ?? '';
    const entry = lookupName(analysis.names, name.split(/\s+/).pop() ?? '');
    // From the word right after the possessive: "President Ana Ruiz’s chief of staff Tom Lee said".
    const roleAfter = tokens.slice(k, k + 5).some((t) => PERSON_NOUNS.has(normaliseWord(t.text)));
    // "Mr. Trump’s theatrical embrace is ...": a courtesy title before the surname of a person printed in full, or of
    // one the text never prints in full but names as a person again and again ("Mr. Trump", "President Trump").
    const alone = entry === null && (analysis.names.get(normaliseWord(name)) ?? []).some((e) => e.name === name && e.strongPerson && e.count >= 2);
    const titledSurname = run.length === 2 && /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(run[0] ?? '') && ((entry?.person === true && entry.words.length >= 2 && entry.words[entry.words.length - 1] === name) || alone);
    const person = owner !== null && owner.type === 'person' && owner.refersTo === null && ((entry?.person === true && entry.name === name && (entry.count >= 2 || entry.strongPerson)) || titledSurname);
    return person && (name.split(/\s+/).length >= 2 || titledSurname) && !roleAfter ? owner : null;
  }
  if (run.length === 0 || spacedPossessive || isPossessive(last) || (run.length === 1 && /(?:ian|ean|ese|ish)$/.test(last))) return null;
  // "Travellers booked ...": a lone capitalised word that opens a sentence is a name only if it is also
  // capitalised where no sentence starts.
  if (run.length === 1 && !analysis.known.has(stripPossessive(last))) return null;
  const parsed = parseSpeakerPhrase(run.join(' '));
  if (!parsed || parsed.name === null || parsed.refersTo !== null) return null;
  // "Hansen, who looked tired, admitted ...": a name "who" describes is a person's, whom "he" may point back at.
  const who = next?.text === ',' && normaliseWord(tokens[k + 1]?.text ?? '') === 'who';
  const described = who && parsed.type !== 'person' ? { ...parsed, type: 'person' as const, provenPerson: true } : parsed;
  // "Gov. Ana Ruiz and leaders of the legislature have avoided ...": a name joined to people described after it opens
  // a group, named by the first, whom a later "they" points back at.
  const phrase = joined === -1 && othersJoined(tokens, k) ? { ...described, withOthers: true } : described;
  // "after the novelist Jo Walton explained": a role noun (WordNet's kind of person) before a name shows a person.
  if (opening || phrase.strongPerson === true || afterRole) return phrase;
  if (run.length >= 2 && afterOpeningDescription(tokens, at)) return phrase;
  // Mid-sentence, a place or a body looks like a name ("upstate New York"): only a person the text shows as
  // one counts, by a title or as the short form of a full name it prints ("Reid" of "Tara Reid").
  const full = lookupName(analysis.names, last);
  if (full !== null && full.name === run.join(' ') && afterFrontedTime(tokens, at)) return phrase;
  return full !== null && full.words.length > run.length ? phrase : null;
}

/** Words of a time phrase fronted before a sentence's subject ("Then, last week,", "On Tuesday,", "Earlier this year,"). */
const FRONTED_TIME_WORDS =
  /^(?:then|now|later|earlier|last|this|next|on|in|at|by|early|late|that|week|month|year|night|morning|afternoon|evening|weekend|day|today|yesterday|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/i;

/**
 * "Then, last week, Tara Reid posted ...": the words before `at` are a time fronted before the subject, so that a
 * person's full name the text knows opens the sentence's clause as it would open the sentence.
 */
function afterFrontedTime(tokens: readonly Token[], at: number): boolean {
  const before = tokens.slice(0, at).filter((t) => t.text !== ',');
  return tokens[at - 1]?.text === ',' && before.length > 0 && before.length <= 5 && before.every((t) => FRONTED_TIME_WORDS.test(t.text));
}

/** Most words a quoted term may have: "the way they say “huge turnout.”" quotes a phrase and reports no clause. */
const MAX_TERM_WORDS = 3;

/**
 * Whether the clause around a quoted fragment is the fragment alone, of a few words: a term mimicked or named. After a
 * cue set off by commas ("There was, she said, “an implicit bargain.”") it ends a clause, and stays.
 */
function quotedTermOnly(text: string, span: QuoteSpan, clause: { start: number; end: number }): boolean {
  const alone = clause.start >= span.open && clause.end <= span.close && !/,\s*$/.test(text.slice(0, span.open));
  return alone && span.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= MAX_TERM_WORDS;
}
