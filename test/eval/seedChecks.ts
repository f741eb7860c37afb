import { normalizeText } from '../../dedupe/normalizeText.ts';
import { compatibleSpeakers, speakerKey } from '../../dedupe/speakerKey.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';

/** One expectation on the canonical claims of the seed articles, as DESIGN.md and the issues state them. */
export interface SeedCheck {
  name: string;
  /** A gate fails `npm run eval`; the others are reported as figures until their issue lands. */
  gate: boolean;
  pass: boolean;
  detail: string;
}

const seedOf = (url: string) => /\/(\d{3})_[^/]*$/.exec(url)?.[1] ?? url;
const seedsOf = (claim: ClaimRecord) => claim.articles.map((a) => seedOf(a.url));
const has = (claim: ClaimRecord, words: string) => normalizeText(claim.text).includes(normalizeText(words));
const describeClaim = (c: ClaimRecord) => `${c.id} [${c.speaker ?? '-'}] seeds ${seedsOf(c).join(',')}`;

function check(name: string, gate: boolean, found: ClaimRecord[], expectSeeds: string[], expectSpeaker?: string): SeedCheck {
  const full = found.find(
    (c) => expectSeeds.every((s) => seedsOf(c).includes(s)) && (!expectSpeaker || c.speaker === expectSpeaker),
  );
  return {
    name,
    gate,
    pass: full !== undefined,
    detail: full ? describeClaim(full) : found.length ? `split: ${found.map(describeClaim).join(' | ')}` : 'not found',
  };
}

/** The claims whose wordings name speakers that cannot be one person ("Dmitry Peskov" and "WhatsApp"). */
function mixedSpeakers(claims: readonly ClaimRecord[]): ClaimRecord[] {
  return claims.filter((c) => {
    const keys = [...new Set(c.wordings.flatMap((w) => w.speakers).map(speakerKey))];
    return keys.some((a) => keys.some((b) => !compatibleSpeakers(a, b)));
  });
}

/** The claims with a verbatim wording and, from seed 002, reworded ones only. */
const rewordedFrom002 = (claims: readonly ClaimRecord[]) =>
  claims.filter((c) => {
    const from002 = c.wordings.filter((w) => w.articles.some((url) => seedOf(url) === '002'));
    return from002.length > 0 && from002.every((w) => w.kind === 'reworded') && c.wordings.some((w) => w.kind === 'verbatim');
  });
const describeWordings = (claims: readonly ClaimRecord[]) =>
  claims.map((c) => `${describeClaim(c)}: ${c.wordings.map((w) => `${w.kind} ${w.articles.map(seedOf).join(',')}`).join('; ')}`).join(' | ') || 'none';

/** Scores the canonical claims of the five seeds against the foundation's and the merge issue's checks. */
export function checkSeedClaims(claims: readonly ClaimRecord[]): SeedCheck[] {
  const quotes = claims.filter((c) => c.kind !== 'number');
  const whatsapp = quotes.filter((c) => has(c, 'trying to isolate over 100 million users'));
  const peskovTail = quotes.filter((c) => has(c, 'sticks to an uncompromising position'));
  const connected = quotes.filter((c) => has(c, 'do everything we can to keep users connected'));
  const figure = claims.filter((c) => c.kind === 'number' && c.value === 100_000_000 && /^user/i.test(c.unit ?? ''));
  const from004 = quotes.filter((c) => seedsOf(c).includes('004'));
  const peskov003 = quotes.filter((c) => c.speaker === 'Dmitry Peskov' && seedsOf(c).includes('003'));
  const repeatedTexts = new Set(from004.map((c) => normalizeText(c.text)));
  const mixed = mixedSpeakers(quotes);
  return [
    check('WhatsApp "Trying to isolate over 100 million users ..." from 001 and 004, speaker WhatsApp', true, whatsapp, ['001', '004'], 'WhatsApp'),
    check('Peskov "If the corporation (Meta) sticks ..." from 001 and 004, speaker Dmitry Peskov', true, peskovTail, ['001', '004'], 'Dmitry Peskov'),
    {
      name: "004's thrice-repeated copy: each quote in one claim listing 004 once",
      gate: true,
      pass:
        from004.length > 0 &&
        repeatedTexts.size === from004.length &&
        from004.every((c) => seedsOf(c).filter((s) => s === '004').length === 1),
      detail: `${from004.length} quote claims from 004, ${repeatedTexts.size} distinct`,
    },
    check('the figure 100 million users from 000 and 003 in one claim', true, figure, ['000', '003']),
    check('the figure 100 million users from every seed that reports it (000, 001, 003, 004)', true, figure, ['000', '001', '003', '004']),
    check('WhatsApp "We continue to do everything we can ..." from 003 and 004 in one claim', true, connected, ['003', '004'], 'WhatsApp'),
    {
      name: "Peskov's two different statements in 003 kept apart",
      gate: true,
      pass:
        peskov003.some((c) => has(c, 'unwillingness to comply')) &&
        peskov003.some((c) => has(c, 'accessible alternative')) &&
        !peskov003.some((c) => has(c, 'unwillingness to comply') && has(c, 'accessible alternative')),
      detail: peskov003.map(describeClaim).join(' | ') || 'none',
    },
    {
      // 002's other report ("the chances of restoration would be limited" for "then there is no chance") shares too
      // few words of substance with his words to join; 004's own report of his first sentence joins as reworded too.
      name: "002's reworded Peskov statement (\"an agreement could be possible\") joins his quotes of 001 and 004 as a reworded wording",
      gate: true,
      pass: rewordedFrom002(peskovTail).some((c) => ['001', '004'].every((s) => seedsOf(c).includes(s))),
      detail: describeWordings(peskovTail),
    },
    {
      name: 'no claim mixing two speakers',
      gate: true,
      pass: mixed.length === 0,
      detail: mixed.length === 0 ? `${quotes.length} quote claims, each with one speaker` : mixed.map(describeClaim).join(' | '),
    },
  ];
}
