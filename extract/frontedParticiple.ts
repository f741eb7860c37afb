/**
 * "Fuelling speculation that the talks had failed, the envoy returned home on Friday, his aide said": a participle
 * phrase with a "that" clause of what is feared or believed, fronted before the reported clause, is the writer's
 * comment on it, not the source's words. The statement is the clause after the phrase's comma.
 */
import { synsetOffsets } from '../wordnet.ts';
import { FINITE } from './cueComplement.ts';
import type { ExtractedMention } from './types.ts';

/** "During", "According", "Nothing": words in "-ing" that are no participle. */
const NOT_PARTICIPLES = /^(?:during|according|nothing|something|anything|everything|notwithstanding|morning|evening|being)$/i;

/** Stems of a word in "-ing": "fuelling" is "fuel", "making" "make", "running" "run". */
function stems(word: string): string[] {
  const base = word.slice(0, -3);
  return [base, `${base}e`, base.replace(/(\p{L})\1$/u, '$1')];
}

/** Whether a capitalised word in "-ing" opens a participle: its stem is a verb. */
const isParticiple = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+ing$/u.test(word) && !NOT_PARTICIPLES.test(word) && stems(word.toLowerCase()).some((s) => synsetOffsets('verb', s).length > 0);

/** The fewest words of the clause after the comma: a subject and its verb at least. */
const MIN_CLAUSE_WORDS = 3;

/**
 * The statement without a fronted participle phrase when its cue follows it ("..., his spokesman said"), or the
 * mention unchanged. A gerund subject ("Raising taxes would hurt") has no comma before its verb; a list of gerunds
 * ("Raising taxes, cutting ...") goes on with another "-ing" or "and" after the comma, and stays.
 */
export function withoutFrontedParticiple(mention: ExtractedMention, text: string): ExtractedMention {
  if (mention.kind !== 'statement' || mention.speakerStart === null || mention.speakerStart < mention.end) return mention;
  const first = /^\p{L}+/u.exec(mention.text)?.[0] ?? '';
  if (!isParticiple(first)) return mention;
  const comma = /,\s+/.exec(mention.text.replace(/[“"‘][^”"’]*[”"’]/gu, (q) => ' '.repeat(q.length)));
  if (comma === null) return mention;
  // "Rioting youths attacked a station, ...", "Ranking Democrat Ann Roe is waiting ...": a participle before the
  // subject's noun, and the clause's own verb before the comma. A "that" clause inside the phrase has verbs of its own.
  // A phrase without a "that" clause of what is believed ("Responding to a distress call, ...", "Following the new
  // model, ...") tells the circumstance the source itself gives, and stays.
  const [phrase = '', belief] = mention.text.slice(0, comma.index).split(/\sthat\s/);
  if (belief === undefined || phrase.split(/\s+/).slice(1).some((w) => FINITE.test(w) || /^\p{Ll}+ed$/u.test(w))) return mention;
  const rest = mention.text.slice(comma.index + comma[0].length);
  if (/^(?:and|or|but|\p{Ll}+ing)\b/u.test(rest) || rest.split(/\s+/).length < MIN_CLAUSE_WORDS) return mention;
  const start = mention.start + comma.index + comma[0].length;
  return { ...mention, start, text: text.slice(start, mention.end) };
}
