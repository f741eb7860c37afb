/**
 * "Zenith Daily asked, “...” The website noted that ...", "according to a recent Tarnby survey of tenants. The study
 * found that ...": a bare definite description of a publication or of a finding, as the speaker, names again the
 * source that spoke in its sentence or the one before, when that source is of its kind.
 */

import { isFirstName } from './personGender.ts';
import type { Gender } from './personGender.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { sentencesBetween } from './resolveRole.ts';
import type { SpeakerType } from './types.ts';

/** A source that spoke: its name as resolved and where its attribution stands. */
export interface SpokenSource {
  offset: number;
  known: { speaker: string; speakerType: SpeakerType | null; role: string | null };
}

/** What publishes: "the paper" may be "the Harbour Gazette" or "Zenith Daily", which "the website" may be too. */
const PUBLICATIONS: ReadonlySet<string> = new Set([
  'paper', 'newspaper', 'tabloid', 'daily', 'weekly', 'magazine', 'outlet', 'publication', 'website', 'site', 'blog',
]);
/** What finds: "the study" may be "a recent survey of tenants" or the institute that ran it. */
const FINDINGS: ReadonlySet<string> = new Set(['study', 'survey', 'poll', 'analysis', 'research', 'review', 'audit']);

/**
 * The source `phrase` ("the paper", "The study") names again: that of the attribution just before (`last`, in the
 * same sentence or the one before), when its name holds a word of the same kind ("the nationalist Tarnby Times
 * tabloid ... the paper"; "a survey ... the study") or, for a publication, it is an organisation's name (or a
 * capitalised name no gender or first name shows to be a person's); null otherwise: a finding its maker spoke of
 * ("Harbour Polls found") and "the report" are printed as themselves.
 */
export function restatedSource(
  phrase: SpeakerPhrase,
  offset: number,
  last: SpokenSource | null,
  masked: string,
  genderOf: (name: string, role?: string | null) => Gender | null,
): SpokenSource['known'] | null {
  const noun = /^the\s+(\p{Ll}+)$/iu.exec(phrase.raw.trim())?.[1];
  const kind = noun === undefined ? null : PUBLICATIONS.has(noun) ? PUBLICATIONS : FINDINGS.has(noun) ? FINDINGS : null;
  if (kind === null || last === null || last.offset >= offset || sentencesBetween(masked, last.offset, offset) > 1) return null;
  const { speaker, speakerType, role } = last.known;
  const words = speaker.toLowerCase().split(/\s+/);
  if (words.some((w) => kind.has(w))) return last.known;
  // A finding is its maker's only when printed so: "Harbour Polls found ... the poll shows" prints the poll as itself.
  if (kind === FINDINGS) return null;
  // A capitalised name of no other kind may still be the publication; a person is not, nor people ("Ann Lee and her
  // colleagues wrote ... the paper says": their paper, printed as itself).
  const first = speaker.split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}/u.test(speaker) || words.some((w) => PUBLICATIONS.has(w) || FINDINGS.has(w))) return null;
  if (/\s(?:and|&)\s/.test(speaker) || genderOf(speaker, role) !== null || isFirstName(first)) return null;
  return speakerType === 'organisation' || speaker.includes(' ') ? last.known : null;
}
