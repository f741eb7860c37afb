import { createHash } from 'node:crypto';
import { normalizeText } from './normalizeText.ts';

/** Hash of a text's normalised words: the same article text up to typography and spacing hashes alike. */
export function contentFingerprint(text: string): string {
  return normalizedFingerprint(normalizeText(text));
}

/** contentFingerprint of a text from its normalizeText, when the caller has it (and keeps it for tokenize). */
export function normalizedFingerprint(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex').slice(0, 32);
}
