/** RSS 0.9x/1.0/2.0, Atom and JSON Feed to one ParsedFeed, forgiving the usual real-world damage. */
import Parser from 'rss-parser';
import { cleanXml } from './cleanXml.ts';
import { FeedParseError } from './errors.ts';
import { chooseLink } from './chooseLink.ts';
import { attributeOf, isoDate, resolveLink, textOf } from './feedValues.ts';
import { flattenTitles, titleText } from './flattenTitles.ts';
import { keepNewestEntries, newestEntries } from './keepNewestEntries.ts';
import { parseJsonFeed } from './parseJsonFeed.ts';
import { resolveXmlBase } from './resolveXmlBase.ts';
import type { FeedEntry, ParsedFeed } from './types.ts';
import { unprefixFeed } from './unprefixFeed.ts';
import { localName, xmlRoot } from './xmlRoot.ts';

type RawItem = Record<string, unknown>;
type RawFeed = Record<string, unknown> & { items: RawItem[] };

/** Raw nodes we map ourselves, because rss-parser's own mapping drops or mangles them. */
const ITEM_FIELDS: Array<[string, string] | [string, string, { keepArray: boolean }]> = [
  ['content:encoded', 'contentEncoded'],
  ['description', 'descriptionRaw'],
  ['summary', 'summaryRaw'],
  ['content', 'contentRaw'],
  ['guid', 'guidRaw'],
  ['id', 'idRaw'],
  // Every link, not the first: an entry may list its enclosure before its page.
  ['link', 'linkRaw', { keepArray: true }],
  ['atom:link', 'atomLinkRaw', { keepArray: true }],
  ['title', 'titleRaw'],
  ['dc:date', 'dcDate'],
  ['published', 'publishedRaw'],
  ['updated', 'updatedRaw'],
  ['issued', 'issuedRaw'],
  ['modified', 'modifiedRaw'],
  ['created', 'createdRaw'],
];

/** Element names a lenient parse must give back their case, since rss-parser looks them up verbatim. */
const CASED_NAMES = new Map(
  [
    'rdf:RDF',
    'pubDate',
    'lastBuildDate',
    'managingEditor',
    'webMaster',
    'isPermaLink',
    'rdf:about',
    'rdf:resource',
  ].map((name) => [name.toLowerCase(), name]),
);
const restoreCase = (name: string): string => CASED_NAMES.get(name.toLowerCase()) ?? name.toLowerCase();

export interface ParseFeedOptions {
  /** Keep the newest this many entries (see keepNewestEntries); all when absent. */
  maxEntries?: number;
}

/**
 * Parses a decoded feed body; entry links are resolved against `baseUrl` and canonicalised,
 * bad dates become null. With `maxEntries`, only the newest entries are parsed and kept, and
 * `droppedEntries` says how many were not. Throws FeedParseError when the body is no readable feed.
 */
export async function parseFeed(body: string, baseUrl: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const max = options.maxEntries ?? Number.POSITIVE_INFINITY;
  const trimmed = body.replace(/^[\s\uFEFF]+/, '');
  if (trimmed.startsWith('{')) return capped(parseJsonFeed(trimmed, baseUrl), max, 0);

  const prefixedRoot = xmlRoot(trimmed);
  const text = prefixedRoot === null ? trimmed : unprefixFeed(trimmed, prefixedRoot);
  const root = xmlRoot(text);
  if (root === null) throw new FeedParseError(baseUrl, 'no XML root element');
  const rootName = localName(root);
  if (!['rss', 'rdf', 'feed', 'channel'].includes(rootName)) {
    throw new FeedParseError(baseUrl, `the root element <${root}> is not a feed`);
  }
  // Cut before parsing: xml2js builds a tree of every entry (100,000 entries: seconds and hundreds of MB).
  const kept = Number.isFinite(max) ? keepNewestEntries(text, max) : { xml: text, dropped: 0 };
  const xml = prepare(kept.xml, root, baseUrl);
  const raw = await parseXml(xml, baseUrl);
  const feed = rootName === 'feed' ? fromAtom(raw, baseUrl) : fromRss(raw, baseUrl);
  // A download cut short keeps the entries before the cut; one cut before any entry ended is no feed at all.
  if (isCutShort(closeCutTag(kept.xml), root) && !/<\/(?:[\w-]+:)?(?:item|entry)\s*>/i.test(kept.xml)) {
    throw new FeedParseError(baseUrl, `cut short: no closing </${root}> and no whole entry before the end`);
  }
  return capped(feed, max, kept.dropped);
}

/** True when the document ends before its root element is closed (a truncated download). */
function isCutShort(xml: string, root: string): boolean {
  return !new RegExp(`<${escapeRegExp(root)}\\b[^>]*/>`).test(xml) && !xml.includes(`</${root}>`);
}

/** The feed with at most `max` entries (a second cut, for JSON and for XML the first could not delimit). */
function capped(feed: ParsedFeed, max: number, droppedBefore: number): ParsedFeed {
  const entries = newestEntries(feed.entries, max);
  const dropped = droppedBefore + feed.entries.length - entries.length;
  return dropped === 0 ? feed : { ...feed, entries, droppedEntries: dropped };
}

function prepare(text: string, root: string, baseUrl: string): string {
  const rootName = localName(root);
  let xml = flattenTitles(resolveXmlBase(repairEnd(dropBadAtomDates(cleanXml(text)), root), baseUrl));
  if ((rootName === 'rss' || rootName === 'rdf') && !/<(?:[\w-]+:)?channel[\s>/]/.test(xml)) {
    // rss-parser dereferences channel[0]; an empty channel reads as an empty feed instead of a crash.
    const start = new RegExp(`<${escapeRegExp(root)}\\b[^>]*>`).exec(xml);
    if (start && !start[0].endsWith('/>')) {
      const at = start.index + start[0].length;
      xml = `${xml.slice(0, at)}<channel></channel>${xml.slice(at)}`;
    }
  }
  if (rootName === 'channel') {
    // Microsoft CDF spells its elements in capitals (<CHANNEL><ITEM HREF=...>); rss-parser looks them up in lower case.
    if (root !== 'channel')
      xml = xml.replace(
        /<(\/?)([A-Za-z][\w.-]*)/g,
        (_, slash: string, name: string) => `<${slash}${name.toLowerCase()}`,
      );
    // An RSS 0.9x channel without its <rss> wrapper: wrap it so rss-parser recognises it.
    const at = Math.max(0, xml.search(/<channel[\s>]/));
    xml = `${xml.slice(0, at)}<rss version="0.91">${xml.slice(at)}</rss>`;
  }
  return xml;
}

/** A truncated download loses the end: close a cut-off tag and the root so the entries before it survive. */
function repairEnd(xml: string, root: string): string {
  const repaired = closeCutTag(xml);
  return isCutShort(repaired, root) ? `${repaired}</${root}>` : repaired;
}

/** The document with a closing tag cut at its very end completed (`</rss` -> `</rss>`). */
function closeCutTag(xml: string): string {
  const trimmed = xml.trimEnd();
  return /<\/[\w:.-]*$/.test(trimmed) ? `${trimmed}>` : trimmed;
}

/** rss-parser throws on an unparseable Atom date and loses the whole feed; empty such dates instead. */
function dropBadAtomDates(xml: string): string {
  return xml.replace(
    /<(published|updated)(\s[^>]*)?>([^<]*)<\/\1>/g,
    (whole, name: string, attrs: string | undefined, value: string) =>
      Number.isNaN(Date.parse(value.trim())) ? `<${name}${attrs ?? ''}></${name}>` : whole,
  );
}

/** A strict parse first; a lenient one for markup strict XML refuses (unclosed tags, stray `<`). */
async function parseXml(xml: string, baseUrl: string): Promise<RawFeed> {
  const customFields = { item: ITEM_FIELDS, feed: ['subtitle', 'tagline', 'info'] };
  const strict = new Parser<Record<string, unknown>, RawItem>({ defaultRSS: 2, customFields });
  try {
    return (await strict.parseString(xml)) as unknown as RawFeed;
  } catch (strictError) {
    const lenient = new Parser<Record<string, unknown>, RawItem>({
      defaultRSS: 2,
      customFields,
      xml2js: { strict: false, tagNameProcessors: [restoreCase], attrNameProcessors: [restoreCase] },
    });
    try {
      return (await lenient.parseString(xml)) as unknown as RawFeed;
    } catch {
      const detail = strictError instanceof Error ? strictError.message.split('\n')[0] : String(strictError);
      throw new FeedParseError(baseUrl, detail ?? 'invalid XML', { cause: strictError });
    }
  }
}

function fromRss(raw: RawFeed, baseUrl: string): ParsedFeed {
  return {
    title: titleText(textOf(raw.title)),
    link: resolveLink(textOf(raw.link), baseUrl),
    entries: raw.items.map((item): FeedEntry => {
      const ownGuid = textOf(item.guidRaw);
      // A guid is the article's address unless the feed says isPermaLink="false"; an RSS 1.0 item's rdf:about
      // names it (its id) but is no link, as common readers have it.
      const guidIsLink =
        ownGuid !== null && attributeOf(item.guidRaw, 'isPermaLink') !== 'false' && /^https?:/i.test(ownGuid);
      return {
        url: resolveLink(chooseLink(item.linkRaw) ?? chooseLink(item.atomLinkRaw) ?? (guidIsLink ? ownGuid : null), baseUrl),
        guid: ownGuid ?? textOf(item['rdf:about']),
        title: titleText(textOf(item.titleRaw) ?? textOf(item.title)),
        author: textOf(item.creator) ?? textOf(item.author),
        publishedAt: isoDate(item.pubDate, item.dcDate, item.date),
        contentHtml: textOf(item.contentEncoded),
        summary: textOf(item.descriptionRaw),
      };
    }),
  };
}

function fromAtom(raw: RawFeed, baseUrl: string): ParsedFeed {
  return {
    title: titleText(textOf(raw.title)),
    link: resolveLink(textOf(raw.link), baseUrl),
    entries: raw.items.map((item): FeedEntry => ({
      // Our own choice among the links: rss-parser falls back to the first link, an enclosure's (an mp3) included.
      url: resolveLink(chooseLink(item.linkRaw), baseUrl),
      guid: textOf(item.idRaw),
      title: titleText(textOf(item.titleRaw) ?? textOf(item.title)),
      author: textOf(item.author),
      publishedAt: isoDate(
        item.publishedRaw,
        item.issuedRaw,
        item.updatedRaw,
        item.modifiedRaw,
        item.createdRaw,
      ),
      contentHtml: atomContent(item),
      summary: textOf(item.summaryRaw),
    })),
  };
}

/** Inline content only: a `src` reference or an empty element is not the article's text. */
function atomContent(item: RawItem): string | null {
  const node = item.contentRaw;
  if (node === undefined || attributeOf(node, 'src') !== null) return null;
  if (typeof node === 'string' || (typeof node === 'object' && node !== null && '_' in node))
    return textOf(node);
  // xhtml content arrives as child elements; rss-parser serialised them inside a <div> of its own,
  // and RFC 4287 wraps them in an xhtml <div> that is a container, not content.
  if (typeof item.content !== 'string') return null;
  let html = unwrapDiv(item.content);
  if (/^<div\b[^>]*xmlns=["']http:\/\/www\.w3\.org\/1999\/xhtml["']/.test(html)) html = unwrapDiv(html);
  return html === '' ? null : html;
}

function unwrapDiv(html: string): string {
  const inner = /^<div\b[^>]*>([\s\S]*)<\/div>$/.exec(html.trim());
  return (inner?.[1] ?? html).trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
