/** The extraction stage's public surface: pure functions from text or HTML to records. */

export type { Article, ExtractedDocument, ExtractedMention, MentionKind, SpeakerType } from './types.ts';
export type { SentenceSpan } from './splitSentences.ts';
export { splitSentences } from './splitSentences.ts';
export { extractArticle } from './extractArticle.ts';
export { articleFromText } from './articleFromText.ts';
export { detectLanguage } from './detectLanguage.ts';
export { extractQuotes } from './extractQuotes.ts';
export { extractFigures } from './extractFigures.ts';
export { extractMentions } from './extractMentions.ts';
export { extractDocument } from './extractDocument.ts';
