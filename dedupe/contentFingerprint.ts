import { createHash } from 'node:crypto';
import { normalizeText } from './normalizeText.ts';

/** Hash of a text's normalised words: the same article text up to typography and spacing hashes alike. */
export function contentFingerprint(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex').slice(0, 32);
}
