/** What the extraction stage produces: plain records, no I/O. */

/** `quote`: words in quote marks; `statement`: reported speech without quote marks; `number`: a reported figure. */
export type MentionKind = 'quote' | 'statement' | 'number';

export type SpeakerType = 'person' | 'organisation';

/** One occurrence of a claim in one article's text. Offsets are UTF-16 indices into the article text. */
export interface ExtractedMention {
  kind: MentionKind;
  /** The words as printed: inside the quote marks for quotes, the figure phrase for numbers. */
  text: string;
  start: number;
  end: number;
  /** The speaker resolved within the document, full form ("Dmitry Peskov", "WhatsApp"), or null. */
  speaker: string | null;
  /** The attribution as printed next to the quote ("Mr Peskov", "it", "the company"). */
  speakerRaw: string | null;
  /**
   * Where the attribution is printed: offsets of `speakerRaw` in the article text, or of the stretch that holds
   * its words when the rules joined them ("Josh Earnest, the White House spokesman" from "the White House
   * spokesman, Josh Earnest"); null when there is none (a quote that continues the previous one, a figure
   * outside quotes). A figure inside a quote or statement has the positions of that mention's speaker.
   */
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerType: SpeakerType | null;
  /** The speaker's role or title from the document ("Kremlin spokesman"), or null. */
  role: string | null;
  /** The cue verb or phrase ("said", "told", "according to"). */
  cue: string | null;
  /** The sentence the mention stands in. */
  sentence: string;
  /** For figures: the numeric value (100 million -> 100000000), its unit or subject noun, its qualifier. */
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  /** Proper names in the mention's sentence: the subject context of a figure. */
  entities: string[];
  /** For figures: which of several like figures this one is (figureMarks.ts); absent when nothing marks it. */
  marks?: FigureMarks;
  /**
   * Quotes and statements that are parts of one attribution (a split quote around its cue, a quote continued in
   * the next paragraph) share this number; absent for figures.
   */
  relation?: number;
}

/**
 * Which of several like figures a figure is, not what it counts: a key merging reads (two figures both marked, and
 * marked otherwise, stay apart), never printed with the figure's unit. Each field is absent when nothing marks it.
 */
export interface FigureMarks {
  /** The magnitude of the quake the figure's sentence tells of ("a 6.1-magnitude earthquake ... killed four"). */
  quake?: number;
  /** Which of the figures alike in its sentence (one value and unit) it is, in order: "2/2" of two. */
  inSentence?: string;
  /** The side of a bargain it is told as (extract/bargainSide.ts): what one party offered, or what the other asked for. */
  side?: BargainSide;
}

/** A side of a bargain: a sum or term offered ("the club offered $40 million"), or asked for ("his agent asked for $40 million"). */
export type BargainSide = 'offered' | 'asked';

/** An article's text and metadata, as extracted from HTML, a feed entry or a text file. */
export interface Article {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  /** The authors' names joined with ", " ("; " when a name holds a comma), no "By", role or date. */
  byline: string | null;
  /** Each author's name, kept apart; absent when the source does not name them one by one. */
  authors?: string[];
  /** ISO 8601, or null when the document does not say. */
  publishedAt: string | null;
  /** ISO 8601 time of the last update the page declares; absent or null when it does not say. */
  modifiedAt?: string | null;
  siteName: string | null;
  language: string | null;
  /** Main text, paragraphs separated by a blank line ("\n\n"). */
  text: string;
}

/** Why a mention found in an article's text is not stored. */
export type DropReason = 'repeated-paragraph' | 'language';

/** What extraction finds in an article's text (extractMentions). */
export interface MentionExtraction {
  /** The mentions that are stored, in text order. */
  mentions: ExtractedMention[];
  /** The mentions found but left out, each with the reason. */
  dropped: Array<{ mention: ExtractedMention; reason: DropReason }>;
}

/** An article with what extraction finds in it: what ingest would store, and what it would leave out. */
export interface ExtractedDocument extends Article, MentionExtraction {}
