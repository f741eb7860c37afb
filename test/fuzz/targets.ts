/**
 * Fuzz targets: the functions that meet untrusted bytes (feeds, pages, OPML, URLs, charsets) and the pure
 * text stages behind them. Each must return or throw one of its documented errors, never anything else,
 * and never take more than a second on one input.
 */
import fc from 'fast-check';
import { ClaimdeskError } from '../../errors.ts';
import { extractArticle } from '../../extract/extractArticle.ts';
import { extractMentions } from '../../extract/extractMentions.ts';
import { splitSentences } from '../../extract/splitSentences.ts';
import { canonicalizeUrl } from '../../ingest/canonicalizeUrl.ts';
import { decodeBody } from '../../ingest/decodeBody.ts';
import { parseFeed } from '../../ingest/parseFeed.ts';
import { parseOpml } from '../../ingest/parseOpml.ts';
import { sniffKind } from '../../ingest/sniffKind.ts';
import { parseExport, parseSearch } from '../../app/web/params.ts';
import { compareTexts } from '../../dedupe/compareTexts.ts';
import { decodeCursor } from '../../store/search.ts';
import { tokenize } from '../../dedupe/normalizeText.ts';

export const SLOW_MS = 1000;

const TAGS = ['p', 'div', 'article', 'nav', 'script', 'style', 'a', 'span', 'h1', 'li', 'ul', 'table', 'td', 'br', 'img', 'time', 'meta', 'title', 'item', 'entry', 'channel', 'rss', 'feed', 'link', 'guid', 'content:encoded', 'description', 'pubDate', 'outline'];
const ATTRS = ['class', 'id', 'href', 'rel', 'type', 'content', 'property', 'datetime', 'xmlUrl', 'charset', 'lang'];
const PIECES = ['&amp;', '&', '&nbsp;', '&#x0;', '&#99999999;', '&lt;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e "ee">]>', '&e;', '"', '“', '”', '«', '»', '„', '\u0000', '\uFFFD', '\uD800', 'said', 'Mr.', 'U.S.', '100 million', '1.2bn', '—', 'заявил', '\n\n'];

/** Markup-shaped text: tags (balanced or not), attributes, entities, quotes, cues, words. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...PIECES),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.string({ maxLength: 20 })), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attrs, children, close]) => `<${tag}${attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

/** Whole-document wrappers around markup: a feed, a page, an OPML list, or nothing. */
const documents = fc.tuple(fc.constantFrom('rss', 'atom', 'html', 'opml', 'raw'), fc.array(markup, { maxLength: 8 })).map(([shape, parts]) => {
  const body = parts.join('');
  switch (shape) {
    case 'rss':
      return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${body}</channel></rss>`;
    case 'atom':
      return `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${body}</feed>`;
    case 'html':
      return `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
    case 'opml':
      return `<opml version="2.0"><body>${body}</body></opml>`;
    default:
      return body;
  }
});

const prose = fc.array(fc.oneof(fc.constantFrom(...PIECES, 'Peskov', 'the company', 'he added', '.', ', ', ' '), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((p) => p.join(' '));

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
const paramValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.tuple(fc.string({ maxLength: 6 }), control, fc.string({ maxLength: 6 })).map((p) => p.join('')),
  fc.constantFrom('1e308', '5.5', '-1', 'NaN', '99999-01-01', '-271821-04-20', '5.5', '2026-02-30', 'spread', 'recent', 'relevance', 'csv', '1'),
);
/** Cursors of every shape: right and wrong sorts and lengths, values of any type and range. */
const cursor = fc
  .tuple(fc.constantFrom('spread', 'recent', 'relevance', 'x'), fc.array(fc.oneof(fc.double(), fc.integer(), paramValue, fc.constant(null)), { maxLength: 7 }))
  .map(([s, v]) => Buffer.from(JSON.stringify({ s, v })).toString('base64url'));
/** Query strings of the HTTP API: its parameters with hostile values, cursors included. */
const httpQuery = fc
  .dictionary(fc.constantFrom('q', 'speaker', 'outlet', 'kind', 'since', 'until', 'min_outlets', 'has_conflicts', 'sort', 'limit', 'after', 'format', 'mentions'), fc.oneof(paramValue, cursor), { maxKeys: 6 })
  .map((d) => new URLSearchParams(d));

/**
 * The HTTP API's parameters: parsed, they hold no control character, and a cursor they carry decodes to
 * values PostgreSQL takes (whole int4 counts, real ranks, times, ids), or the request is an InputError.
 */
function parseHttpQuery(query: URLSearchParams): void {
  parseExport(query);
  const { filters, options } = parseSearch(query);
  for (const value of [filters.query, filters.speaker, filters.outlet, filters.since, filters.until]) {
    if (value !== undefined && CONTROL.test(value)) throw new Error(`a control character got through: ${JSON.stringify(value)}`);
  }
  if (!options.after) return;
  for (const sort of ['spread', 'recent', 'relevance'] as const) {
    let values: Array<number | string>;
    try {
      values = decodeCursor(options.after, sort);
    } catch (error) {
      if (error instanceof ClaimdeskError) continue;
      throw error;
    }
    for (const v of values) {
      if (typeof v === 'number' && !(Number.isFinite(v) && Math.abs(v) <= 3.5e38)) throw new Error(`cursor value out of range: ${v}`);
      if (typeof v === 'string' && CONTROL.test(v)) throw new Error('a control character got through a cursor');
    }
  }
}

/** Errors a target may throw by design: the typed errors of claimdesk (clear messages for users). */
const expected = (error: unknown) => error instanceof ClaimdeskError;

export interface FuzzTarget {
  name: string;
  arbitrary: fc.Arbitrary<unknown>;
  run(input: unknown): unknown;
}

export const TARGETS: FuzzTarget[] = [
  { name: 'parseFeed', arbitrary: documents, run: (body) => parseFeed(body as string, 'https://example.com/feed') },
  { name: 'parseOpml', arbitrary: documents, run: (body) => parseOpml(body as string) },
  { name: 'sniffKind', arbitrary: fc.tuple(documents, fc.option(fc.string({ maxLength: 30 }))), run: (x) => sniffKind((x as [string, string | null])[0], (x as [string, string | null])[1], 'https://example.com/x') },
  {
    name: 'decodeBody',
    arbitrary: fc.tuple(fc.uint8Array({ maxLength: 400 }), fc.option(fc.oneof(fc.constantFrom('text/html; charset=windows-1251', 'text/xml; charset=koi8-r', 'text/html; charset=bogus', 'text/html; charset=utf-16'), fc.string({ maxLength: 30 })))),
    run: (x) => decodeBody(...(x as [Uint8Array, string | null])),
  },
  { name: 'httpParameters', arbitrary: httpQuery, run: (query) => parseHttpQuery(query as URLSearchParams) },
  { name: 'canonicalizeUrl', arbitrary: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 60 })), run: (u) => canonicalizeUrl(u as string) },
  { name: 'extractArticle', arbitrary: documents, run: (html) => extractArticle(html as string, 'https://example.com/a') },
  { name: 'extractMentions', arbitrary: prose, run: (text) => extractMentions(text as string) },
  { name: 'splitSentences', arbitrary: prose, run: (text) => splitSentences(text as string) },
  {
    name: 'compareTexts',
    arbitrary: fc.tuple(prose, prose),
    run: (pair) => compareTexts(tokenize((pair as [string, string])[0]), tokenize((pair as [string, string])[1]), { threshold: 0.8, minRun: 5 }),
  },
];

/**
 * The property of a target: it returns (or throws a typed claimdesk error) within SLOW_MS of this process's CPU time
 * (a runaway pattern spends CPU; on a machine busy with other work the wall clock also counts the time it waited for a
 * core, and a one-second limit on it failed inputs that took 0.1 s of CPU).
 */
export function property(target: FuzzTarget) {
  return fc.asyncProperty(target.arbitrary, async (input) => {
    const started = process.cpuUsage();
    try {
      await target.run(input);
    } catch (error) {
      if (!expected(error)) throw error;
    }
    const spent = process.cpuUsage(started);
    const ms = (spent.user + spent.system) / 1000;
    if (ms > SLOW_MS) throw new Error(`${target.name} took ${ms.toFixed(0)} ms of CPU on one input`);
  });
}
