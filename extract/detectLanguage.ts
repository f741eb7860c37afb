/** Language of a text as a two-letter code, from franc-min's trigram model. */

import { franc } from 'franc-min';
import { boundedMemo } from '../boundedMemo.ts';

// ISO 639-3 codes franc-min returns, mapped to the ISO 639-1 codes the rest of claimdesk uses.
const TWO_LETTER: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  pol: 'pl', tur: 'tr', arb: 'ar', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ben: 'bn', urd: 'ur',
  pes: 'fa', ell: 'el', heb: 'he', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da',
  nob: 'no', fin: 'fi', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', bel: 'be', kaz: 'kk', uzn: 'uz',
  ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', tgl: 'tl', swh: 'sw', amh: 'am', tam: 'ta', tel: 'te',
  mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', aze: 'az', azj: 'az', hau: 'ha', yor: 'yo',
  ibo: 'ig', som: 'so', zul: 'zu', xho: 'xh', nep: 'ne', sin: 'si', khm: 'km', mya: 'my', kat: 'ka',
  hye: 'hy', lit: 'lt', lav: 'lv', est: 'et', slv: 'sl', mkd: 'mk', cat: 'ca', glg: 'gl', eus: 'eu',
};

const MIN_LETTERS = 20;
const SAMPLE = 4000;

// Letters that, among Cyrillic languages without ў (Belarusian), only Ukrainian or only Russian uses: trigrams
// alone confuse Ukrainian, Russian and Bulgarian on short, name-heavy news text (ъ is Bulgarian too).
const CYRILLIC = new Set(['rus', 'ukr', 'bul', 'mkd', 'srp', 'bel']);
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/g;
const RUSSIAN_ONLY = /[ыэёЫЭЁ]/g;

/** Detect the language of `text`; null when it is too short or franc cannot tell. */
export function detectLanguage(text: string): string | null {
  return languageOfSample(text.slice(0, SAMPLE));
}

/** How many samples' languages a process remembers (then it starts again): a few hundred pages in flight. */
const SAMPLE_MEMO_LIMIT = 256;

let francRuns = 0;

/** How many times franc has run in this process (tests: a page's text is read once, however often it is asked). */
export const francRunCount = () => francRuns;

/**
 * The language of a text's sample (detectLanguage), remembered by the sample: an article's text is asked when the page
 * is read (extractArticle) and again when its mentions are extracted (extractMentions' unreadLanguage), and franc's
 * trigrams over the sample were a fifth of extraction's CPU (README, the e2e bench).
 */
const languageOfSample = boundedMemo(SAMPLE_MEMO_LIMIT, (sample: string): string | null => {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  francRuns += 1;
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (CYRILLIC.has(code) && !/[ўЎ]/.test(sample)) {
    const ukrainian = sample.match(UKRAINIAN_ONLY)?.length ?? 0;
    const russian = sample.match(RUSSIAN_ONLY)?.length ?? 0;
    if (ukrainian > russian) return 'uk';
    if (russian > ukrainian) return 'ru';
  }
  return TWO_LETTER[code] ?? null;
});

/** The languages whose reporting words, numbers and units extraction reads (extract/cues.ts and its kin). */
const READ_LANGUAGES = new Set(['en', 'ru', 'uk']);
// The commonest English words: their share of a text's words is about a quarter in English news, under a tenth
// in another language that only quotes an English name or title now and then.
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'at', 'by', 'said', 'his', 'be', 'have', 'from', 'has', 'are', 'this', 'not', 'but', 'they', 'who', 'an']);
const ENGLISH_SHARE = 0.12;
// Trigrams tell a language apart reliably only over a few sentences: a line of names ("Gomes drove 120 miles") can
// look French or Portuguese to them.
const MIN_WORDS = 40;

/**
 * The language of a text that extraction cannot read (not English, Russian or Ukrainian), or null: its quotes,
 * cues and figures would be English rules' guesses. A text franc gives another language but whose words are
 * English enough (an English story full of Italian names) is read, and so is a text of fewer than 40 words.
 */
export function unreadLanguage(text: string): string | null {
  const words = text.slice(0, SAMPLE).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  // English enough is read whatever franc says: it is asked only when its answer matters (franc's trigrams over the
  // sample were the largest piece of extraction's CPU, README's e2e bench).
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (english / Math.max(1, words.length) >= ENGLISH_SHARE) return null;
  const language = detectLanguage(text);
  return language === null || READ_LANGUAGES.has(language) ? null : language;
}
